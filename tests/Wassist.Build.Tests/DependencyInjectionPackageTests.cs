using System.IO;
using System.Linq;
using System.Threading.Tasks;
using NUnit.Framework;

namespace Wassist.Build.Tests;

/// <summary>The Wassist.Client.DependencyInjection package: every framework, and the Microsoft.Extensions dependencies kept out of the core package.</summary>
public class DependencyInjectionPackageTests
{
    private string _feed = null!;

    [OneTimeSetUp]
    public async Task Pack()
    {
        _feed = Directory.CreateTempSubdirectory("wassist-di-package-").FullName;
        await Repository.PackAsync(_feed, "src/Wassist.Client.DependencyInjection/Wassist.Client.DependencyInjection.csproj");
    }

    [OneTimeTearDown]
    public void CleanUp() => Directory.Delete(_feed, recursive: true);

    [Test]
    public void It_holds_every_framework_and_depends_on_the_client_and_Microsoft_Extensions()
    {
        var (entries, dependencies) = Nupkg.Read(Directory.GetFiles(_feed, "Wassist.Client.DependencyInjection.*.nupkg").Single(f => !f.EndsWith(".snupkg")));

        Assert.That(entries, Does.Contain("README.md"));
        foreach (var framework in new[] { "netstandard2.0", "net8.0", "net10.0" })
        {
            Assert.That(entries, Does.Contain($"lib/{framework}/Wassist.Client.DependencyInjection.dll"));
        }

        Assert.That(dependencies, Is.EqualTo(new[] { "Microsoft.Extensions.Http", "Microsoft.Extensions.Options.ConfigurationExtensions", "Wassist.Client" }));
    }
}
