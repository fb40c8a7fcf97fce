using System.IO;
using System.Reflection;
using NUnit.Framework;

namespace Wassist.Build.Tests;

/// <summary>Where the repository is, and the configuration these tests were built in.</summary>
internal static class Repository
{
    internal static string Root { get; } = FindRoot();

    internal static string Configuration { get; } =
        typeof(Repository).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()!.Configuration;

    internal static string PathOf(string relative) => Path.Combine(Root, relative);

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(TestContext.CurrentContext.TestDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Wassist.Generated.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new DirectoryNotFoundException("Wassist.Generated.sln not found above the test directory.");
    }
}
