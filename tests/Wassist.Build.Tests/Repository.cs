using System.IO;
using System.Reflection;
using NUnit.Framework;

namespace Wassist.Build.Tests;

/// <summary>Where the repository is, and the configuration these tests were built in.</summary>
internal static class Repository
{
    internal static string Root => Wassist.Tests.Shared.RepositoryRoot.Path;

    internal static string Configuration { get; } =
        typeof(Repository).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()!.Configuration;

    internal static string PathOf(string relative) => Path.Combine(Root, relative);
}
