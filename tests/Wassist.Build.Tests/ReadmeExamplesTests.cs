using System.IO;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using NUnit.Framework;

namespace Wassist.Build.Tests;

/// <summary>
/// Every C# example in the README compiles against the current client and DI package: the quickstart as the program,
/// each later block as the body of a method that supplies the names the prose assumes (wassist, builder, app, ...).
/// </summary>
public class ReadmeExamplesTests
{
    /// <summary>Parameters the examples may use, by the heading they sit under: one entry per block, the last reused.</summary>
    private static readonly (string Heading, string[] Parameters)[] Contexts =
    [
        ("### Errors", ["WassistClient wassist"]),
        ("### Retries and timeouts", ["", "WassistClientOptions options"]),
        ("### Paging", ["WassistClient wassist, Guid agentId, CancellationToken cancellationToken"]),
        ("### Dependency injection", ["WebApplicationBuilder builder, WebApplication app"]),
        ("### Webhooks", ["WebApplicationBuilder builder, WebApplication app"]),
    ];

    [Test]
    public async Task Every_csharp_example_compiles()
    {
        var readme = File.ReadAllText(Repository.PathOf("README.md"));
        var program = new StringBuilder();
        var quickstart = readme[readme.IndexOf("## Quickstart", System.StringComparison.Ordinal)..];
        program.AppendLine(Blocks(quickstart).First());

        var examples = 0;
        foreach (var (heading, parameters) in Contexts)
        {
            var start = readme.IndexOf(heading + "\n", System.StringComparison.Ordinal);
            Assert.That(start, Is.GreaterThanOrEqualTo(0), $"README has no '{heading}' section");
            var end = readme.IndexOf("\n#", start + heading.Length, System.StringComparison.Ordinal);
            var section = end < 0 ? readme[start..] : readme[start..end];
            var blocks = Blocks(section);
            for (var i = 0; i < blocks.Length; i++)
            {
                // Blocks of one section may redeclare a name, so each gets its own method.
                var declared = parameters[System.Math.Min(i, parameters.Length - 1)];
                program.AppendLine($"static async Task Example{examples++}({declared}) {{ await Task.CompletedTask;\n{blocks[i]}\n}}");
            }
        }

        var dir = Directory.CreateTempSubdirectory("wassist-readme-").FullName;
        try
        {
            await File.WriteAllTextAsync(Path.Combine(dir, "ReadmeExamples.csproj"), $"""
                <Project Sdk="Microsoft.NET.Sdk.Web">
                  <PropertyGroup>
                    <TargetFramework>net10.0</TargetFramework>
                    <ImplicitUsings>enable</ImplicitUsings>
                    <Nullable>enable</Nullable>
                    <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
                    <!-- The examples are declared, not called. -->
                    <NoWarn>CS8321</NoWarn>
                  </PropertyGroup>
                  <ItemGroup>
                    <ProjectReference Include="{Repository.PathOf("src/Wassist.Client/Wassist.Client.csproj")}" />
                    <ProjectReference Include="{Repository.PathOf("src/Wassist.Client.DependencyInjection/Wassist.Client.DependencyInjection.csproj")}" />
                  </ItemGroup>
                </Project>
                """);
            await File.WriteAllTextAsync(Path.Combine(dir, "Program.cs"), program.ToString());
            await File.WriteAllTextAsync(Path.Combine(dir, "Directory.Build.props"), "<Project />");
            await File.WriteAllTextAsync(Path.Combine(dir, "Directory.Packages.props"), "<Project />");

            var (exitCode, output) = await DotnetCli.RunAsync(dir, null, "build", "-c", Repository.Configuration, "-p:RepoRoot=" + Repository.Root + "/");

            Assert.That(examples, Is.GreaterThanOrEqualTo(Contexts.Length));
            Assert.That(exitCode, Is.Zero, program + "\n" + output);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    private static string[] Blocks(string markdown) =>
        Regex.Matches(markdown, "```csharp\n(.*?)```", RegexOptions.Singleline).Select(m => m.Groups[1].Value).ToArray();
}
