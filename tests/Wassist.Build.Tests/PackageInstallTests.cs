using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using NUnit.Framework;

namespace Wassist.Build.Tests;

/// <summary>
/// The packages installed together into a fresh project, as a user of dependency injection does: the client comes
/// in through the DI package's dependency and resolves from a service provider, and talks to FakeWassist from the
/// Testing package over its loopback listener. The packages come from the folder
/// named by <c>WASSIST_PACKAGES</c> when it is set (CI's pack job points it at the packages it uploads), otherwise
/// they are packed from this build.
/// </summary>
public class PackageInstallTests
{
    /// <summary>The folder of already-packed packages to install instead of packing them here.</summary>
    public const string PackagesVariable = "WASSIST_PACKAGES";

    private string _workDir = null!;
    private string _feed = null!;

    [OneTimeSetUp]
    public async Task FindOrPackThePackages()
    {
        _workDir = Directory.CreateTempSubdirectory("wassist-install-").FullName;
        if (Environment.GetEnvironmentVariable(PackagesVariable) is { Length: > 0 } packed)
        {
            _feed = Path.GetFullPath(packed);
            return;
        }

        _feed = Path.Combine(_workDir, "feed");
        await Repository.PackAsync(_feed, "src/Wassist.Client/Wassist.Client.csproj", "src/Wassist.Client.DependencyInjection/Wassist.Client.DependencyInjection.csproj", "src/Wassist.Client.Testing/Wassist.Client.Testing.csproj");
    }

    [OneTimeTearDown]
    public void CleanUp() => Directory.Delete(_workDir, recursive: true);

    [Test]
    public async Task The_DI_package_brings_in_the_client_and_registers_it()
    {
        var version = PackageVersion("Wassist.Client.DependencyInjection");
        Assert.That(PackageVersion("Wassist.Client"), Is.EqualTo(version), "the packages are versioned together");
        Assert.That(PackageVersion("Wassist.Client.Testing"), Is.EqualTo(version), "the packages are versioned together");
        var app = Path.Combine(_workDir, "app");
        Directory.CreateDirectory(app);
        await File.WriteAllTextAsync(Path.Combine(app, "App.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <RestoreAdditionalProjectSources>{_feed}</RestoreAdditionalProjectSources>
                <RestorePackagesPath>{Path.Combine(_workDir, "packages")}</RestorePackagesPath>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="Wassist.Client.DependencyInjection" Version="[{version}]" />
                <PackageReference Include="Wassist.Client.Testing" Version="[{version}]" />
                <PackageReference Include="Microsoft.Extensions.DependencyInjection" Version="10.0.13" />
              </ItemGroup>
            </Project>
            """);
        await File.WriteAllTextAsync(Path.Combine(app, "Program.cs"), """
            using System;
            using System.Reflection;
            using Microsoft.Extensions.DependencyInjection;
            using Wassist;
            using Wassist.Testing;

            using var fake = new FakeWassist();
            using var listener = fake.Listen();
            var services = new ServiceCollection();
            services.AddWassistClient(o => { o.ApiKey = "wsk_test_install_0123456789"; o.BaseUrl = listener.BaseUrl.ToString(); });
            using var provider = services.BuildServiceProvider();
            var client = provider.GetRequiredService<WassistClient>();
            var agent = await client.Agents.CreateAsync(new CreateAgentInput { Name = "Installed" });
            Console.WriteLine($"resolved {client.GetType().FullName} {typeof(WassistClient).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()!.InformationalVersion}");
            Console.WriteLine($"fake answered {(await client.Agents.GetAsync(agent.Id!.Value)).Name} at {fake.Calls.Count} calls");
            """);
        // Keep the repository's build settings (central versions, warnings as errors) out of the user's project.
        await File.WriteAllTextAsync(Path.Combine(app, "Directory.Build.props"), "<Project />");
        await File.WriteAllTextAsync(Path.Combine(app, "Directory.Build.targets"), "<Project />");
        await File.WriteAllTextAsync(Path.Combine(app, "Directory.Packages.props"), "<Project />");

        var (exitCode, output) = await DotnetCli.RunAsync(app, null, "run", "--project", app);

        Assert.That(exitCode, Is.Zero, output);
        Assert.That(output, Does.Contain($"resolved Wassist.WassistClient {version}"));
        Assert.That(output, Does.Contain("fake answered Installed at 2 calls"));
    }

    /// <summary>The version of the one package with this id in the feed.</summary>
    private string PackageVersion(string id)
    {
        var pattern = new Regex($@"^{Regex.Escape(id)}\.(\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?)\.nupkg$");
        var versions = Directory.GetFiles(_feed, "*.nupkg").Select(f => pattern.Match(Path.GetFileName(f))).Where(m => m.Success).Select(m => m.Groups[1].Value).ToList();
        Assert.That(versions, Has.Count.EqualTo(1), $"one {id} package in {_feed}");
        return versions[0];
    }
}
