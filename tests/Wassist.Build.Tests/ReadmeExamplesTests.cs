using System.IO;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using NUnit.Framework;

namespace Wassist.Build.Tests;

/// <summary>
/// Every C# example in the READMEs compiles against the current sources. In the repository README, the quickstart is
/// the program and each later block is the body of a method given the names the prose assumes (a client, a
/// conversation id, an agent id), using Wassist.Client alone. The DI package's README blocks are method bodies given
/// an ASP.NET Core builder and app. The section on FakeWassist is a test project of its own, run by
/// <see cref="TestingPackageTests"/>.
/// </summary>
public class ReadmeExamplesTests
{
    private const string CoreParameters = "WassistClient wassist, Guid conversationId, Guid agentId";
    private const string WebParameters = "WebApplicationBuilder builder, WebApplication app";

    [Test]
    public async Task Every_csharp_example_of_the_readme_compiles_with_the_client_alone()
    {
        var readme = ReadmeBlocks.WithoutSection(File.ReadAllText(Repository.PathOf("README.md")), TestingPackageTests.ReadmeSection);
        var blocks = ReadmeBlocks.CSharp(ReadmeBlocks.FromQuickstart(readme));
        Assert.That(blocks, Has.Length.GreaterThanOrEqualTo(5), "the README shows each feature in an example");

        await AssertCompilesAsync("Microsoft.NET.Sdk", blocks[0], blocks.Skip(1), CoreParameters, "src/Wassist.Client/Wassist.Client.csproj");
    }

    [Test]
    public async Task Every_csharp_example_of_the_dependency_injection_readme_compiles()
    {
        var blocks = ReadmeBlocks.CSharp(File.ReadAllText(Repository.PathOf("src/Wassist.Client.DependencyInjection/README.md")));
        Assert.That(blocks, Is.Not.Empty);

        await AssertCompilesAsync("Microsoft.NET.Sdk.Web", "", blocks, WebParameters,
            "src/Wassist.Client/Wassist.Client.csproj", "src/Wassist.Client.DependencyInjection/Wassist.Client.DependencyInjection.csproj");
    }

    private static async Task AssertCompilesAsync(string sdk, string program, System.Collections.Generic.IEnumerable<string> bodies, string parameters, params string[] projects)
    {
        // The namespaces the README names for its examples: Wassist, and Wassist.Apps for the Wassist App section.
        var code = new StringBuilder("using Wassist;\nusing Wassist.Apps;\n").AppendLine(program);
        var index = 0;
        foreach (var body in bodies)
        {
            code.AppendLine($"static async Task Example{index++}({parameters})\n{{\nawait Task.CompletedTask;\n{body}\n}}");
        }

        var dir = Directory.CreateTempSubdirectory("wassist-readme-").FullName;
        try
        {
            var references = string.Concat(projects.Select(p => $"<ProjectReference Include=\"{Repository.PathOf(p)}\" />"));
            await File.WriteAllTextAsync(Path.Combine(dir, "ReadmeExamples.csproj"), $"""
                <Project Sdk="{sdk}">
                  <PropertyGroup>
                    <OutputType>Exe</OutputType>
                    <TargetFramework>net10.0</TargetFramework>
                    <ImplicitUsings>enable</ImplicitUsings>
                    <Nullable>enable</Nullable>
                    <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
                    <!-- The examples are declared, not called; the quickstart's usings may repeat the one added here. -->
                    <NoWarn>CS8321;CS0105</NoWarn>
                  </PropertyGroup>
                  <ItemGroup>{references}</ItemGroup>
                </Project>
                """);
            await File.WriteAllTextAsync(Path.Combine(dir, "Program.cs"), code.ToString());
            await File.WriteAllTextAsync(Path.Combine(dir, "Directory.Build.props"), "<Project />");
            await File.WriteAllTextAsync(Path.Combine(dir, "Directory.Packages.props"), "<Project />");

            var (exitCode, output) = await DotnetCli.RunAsync(dir, null, "build", "-c", Repository.Configuration);

            Assert.That(exitCode, Is.Zero, code + "\n" + output);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }
}
