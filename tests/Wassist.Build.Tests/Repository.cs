using System.IO;
using System.Reflection;
using System.Threading.Tasks;
using NUnit.Framework;

namespace Wassist.Build.Tests;

/// <summary>Where the repository is, and the configuration these tests were built in.</summary>
internal static class Repository
{
    internal static string Root => Wassist.Tests.Shared.RepositoryRoot.Path;

    internal static string Configuration { get; } =
        typeof(Repository).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()!.Configuration;

    internal static string PathOf(string relative) => Path.Combine(Root, relative);

    /// <summary>Packs the projects (paths from the root) as built into <paramref name="feed"/>, failing the test when one does not pack.</summary>
    internal static async Task PackAsync(string feed, params string[] projects)
    {
        foreach (var project in projects)
        {
            var (exitCode, output) = await DotnetCli.RunAsync(Root, null, "pack", PathOf(project), "--no-build", "-c", Configuration, "-o", feed);
            Assert.That(exitCode, Is.Zero, output);
        }
    }
}
