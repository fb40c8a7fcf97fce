using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using System.Xml.Linq;
using NUnit.Framework;

namespace Wassist.Build.Tests;

/// <summary>
/// The Wassist.Client.Testing package: every framework, its dependencies, and the README's FakeWassist tests run in a
/// fresh test project that installs it from a local folder.
/// </summary>
public class TestingPackageTests
{
    internal const string ReadmeSection = "## Testing your code against FakeWassist";

    private string _feed = null!;

    [OneTimeSetUp]
    public async Task Pack()
    {
        _feed = Directory.CreateTempSubdirectory("wassist-testing-package-").FullName;
        await Repository.PackAsync(Path.Combine(_feed, "feed"), "src/Wassist.Client/Wassist.Client.csproj", "src/Wassist.Client.Testing/Wassist.Client.Testing.csproj");
    }

    [OneTimeTearDown]
    public void CleanUp() => Directory.Delete(_feed, recursive: true);

    [Test]
    public void It_holds_every_framework_and_depends_on_the_client_and_Newtonsoft_Json()
    {
        var (entries, dependencies) = Nupkg.Read(PackagePath());

        Assert.That(entries, Does.Contain("README.md"));
        foreach (var framework in new[] { "netstandard2.0", "net8.0", "net10.0" })
        {
            Assert.That(entries, Does.Contain($"lib/{framework}/Wassist.Client.Testing.dll"));
        }

        Assert.That(dependencies, Is.EqualTo(new[] { "Newtonsoft.Json", "Wassist.Client" }));
    }

    [Test]
    public async Task The_readme_tests_pass_in_a_fresh_project_that_installs_the_package()
    {
        var project = Path.Combine(_feed, "onboarding-tests");
        Directory.CreateDirectory(project);
        var version = Regex.Match(Path.GetFileName(PackagePath()), @"^Wassist\.Client\.Testing\.(.+)\.nupkg$").Groups[1].Value;
        await File.WriteAllTextAsync(Path.Combine(project, "OnboardingTests.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <ImplicitUsings>enable</ImplicitUsings>
                <Nullable>enable</Nullable>
                <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
                <RestoreAdditionalProjectSources>{Path.Combine(_feed, "feed")}</RestoreAdditionalProjectSources>
                <RestorePackagesPath>{Path.Combine(_feed, "packages")}</RestorePackagesPath>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="Wassist.Client.Testing" Version="[{version}]" />
                <PackageReference Include="Microsoft.NET.Test.Sdk" Version="{CentralVersion("Microsoft.NET.Test.Sdk")}" />
                <PackageReference Include="NUnit" Version="{CentralVersion("NUnit")}" />
                <PackageReference Include="NUnit3TestAdapter" Version="{CentralVersion("NUnit3TestAdapter")}" />
              </ItemGroup>
            </Project>
            """);
        var readme = ReadmeBlocks.Section(await File.ReadAllTextAsync(Repository.PathOf("README.md")), ReadmeSection);
        await File.WriteAllTextAsync(Path.Combine(project, "OnboardingTests.cs"), ReadmeBlocks.CSharp(readme).Single());
        // Keep the repository's build settings (central versions, warnings) out of the user's project.
        await File.WriteAllTextAsync(Path.Combine(project, "Directory.Build.props"), "<Project />");
        await File.WriteAllTextAsync(Path.Combine(project, "Directory.Packages.props"), "<Project />");

        var (exitCode, output) = await DotnetCli.RunAsync(project, null, "test", project);

        Assert.That(exitCode, Is.Zero, output);
        Assert.That(output, Does.Match(@"Failed:\s+0, Passed:\s+2,"));
    }

    private string PackagePath() => Directory.GetFiles(Path.Combine(_feed, "feed"), "Wassist.Client.Testing.*.nupkg").Single(f => !f.EndsWith(".snupkg"));

    /// <summary>The version Directory.Packages.props pins, so the fresh project restores what this machine's feed serves.</summary>
    private static string CentralVersion(string package) =>
        (string)XDocument.Load(Repository.PathOf("Directory.Packages.props")).Descendants("PackageVersion")
            .Single(e => (string?)e.Attribute("Include") == package).Attribute("Version")!;
}
