using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using System.Xml.Linq;
using NUnit.Framework;

namespace Wassist.Build.Tests;

/// <summary>
/// The package as a user gets it: packed from the build, installed from a local folder into a fresh console project
/// that runs the README quickstart against a loopback server. A broken package fails here (ReadmeExamplesTests
/// compiles the other README examples against the sources).
/// </summary>
public class PackageTests
{
    private const string ApiKey = "wsk_test_package_0123456789";

    private string _workDir = null!;
    private string _feed = null!;

    [OneTimeSetUp]
    public async Task Pack()
    {
        _workDir = Directory.CreateTempSubdirectory("wassist-package-").FullName;
        _feed = Path.Combine(_workDir, "feed");
        await Repository.PackAsync(_feed, "src/Wassist.Client/Wassist.Client.csproj");
    }

    [OneTimeTearDown]
    public void CleanUp() => Directory.Delete(_workDir, recursive: true);

    private string PackagePath(string extension) => Directory.GetFiles(_feed, "Wassist.Client.*." + extension).Single();

    [Test]
    public void The_package_holds_every_framework_with_xml_docs_and_the_readme()
    {
        using var package = ZipFile.OpenRead(PackagePath("nupkg"));
        var entries = package.Entries.Select(e => e.FullName).ToHashSet();

        Assert.That(entries, Does.Contain("README.md"));
        foreach (var framework in new[] { "netstandard2.0", "net8.0", "net10.0" })
        {
            Assert.That(entries, Does.Contain($"lib/{framework}/Wassist.Client.dll"));
            Assert.That(entries, Does.Contain($"lib/{framework}/Wassist.Client.xml"));
        }
    }

    [Test]
    public void The_package_depends_on_Newtonsoft_Json_only()
    {
        using var package = ZipFile.OpenRead(PackagePath("nupkg"));
        using var nuspec = package.Entries.Single(e => e.FullName.EndsWith(".nuspec")).Open();
        var dependencies = XDocument.Load(nuspec).Descendants().Where(e => e.Name.LocalName == "dependency")
            .Select(e => (string)e.Attribute("id")!).Distinct();

        Assert.That(dependencies, Is.EqualTo(new[] { "Newtonsoft.Json" }));
    }

    [Test]
    public void A_symbols_package_carries_the_pdbs()
    {
        using var symbols = ZipFile.OpenRead(PackagePath("snupkg"));

        Assert.That(symbols.Entries.Count(e => e.FullName.EndsWith("/Wassist.Client.pdb")), Is.EqualTo(3));
    }

    [Test]
    public async Task The_readme_quickstart_runs_from_the_installed_package()
    {
        var app = Path.Combine(_workDir, "quickstart");
        Directory.CreateDirectory(app);
        var version = Regex.Match(Path.GetFileName(PackagePath("nupkg")), @"^Wassist\.Client\.(.+)\.nupkg$").Groups[1].Value;
        await File.WriteAllTextAsync(Path.Combine(app, "Quickstart.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <ImplicitUsings>enable</ImplicitUsings>
                <Nullable>enable</Nullable>
                <RestoreAdditionalProjectSources>{_feed}</RestoreAdditionalProjectSources>
                <RestorePackagesPath>{Path.Combine(_workDir, "packages")}</RestorePackagesPath>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="Wassist.Client" Version="[{version}]" />
              </ItemGroup>
            </Project>
            """);
        await File.WriteAllTextAsync(Path.Combine(app, "Program.cs"), ReadmeQuickstart());
        // Keep the repository's build settings (central versions, warnings as errors) out of the user's project.
        await File.WriteAllTextAsync(Path.Combine(app, "Directory.Build.props"), "<Project />");
        await File.WriteAllTextAsync(Path.Combine(app, "Directory.Packages.props"), "<Project />");

        using var server = new LoopbackWassist(ApiKey, await File.ReadAllTextAsync(Path.Combine(TestContext.CurrentContext.TestDirectory, "fixtures", "conversation.open.json")));
        var environment = new Dictionary<string, string> { ["WASSIST_API_KEY"] = ApiKey, ["WASSIST_BASE_URL"] = server.BaseUrl };
        var (exitCode, output) = await DotnetCli.RunAsync(app, environment, "run", "--project", app);

        Assert.That(exitCode, Is.Zero, output);
        Assert.That(output, Does.Contain("Conversation 5f1c2a9e-8b7d-4c3e-a1f2-0e9d8c7b6a51 with 447700900123: active=True, 86134s left in the reply window, agent Order Helper"));
        Assert.That(server.Received, Is.EqualTo(new[]
        {
            """POST /api/v1/conversations/ key-matched=True {"toNumber":"+447700900123","agentId":"7d3b8f0e-2c41-4a8e-9f6d-1b2c3d4e5f60","message":{"type":"template","template":{"name":"order_update","variables":{"body":["Alex","#1042"]}}}}""",
        }));
    }

    /// <summary>The first C# block under the README's Quickstart heading, exactly as a reader copies it.</summary>
    private static string ReadmeQuickstart() => ReadmeBlocks.CSharp(ReadmeBlocks.FromQuickstart(File.ReadAllText(Repository.PathOf("README.md"))))[0];
}
