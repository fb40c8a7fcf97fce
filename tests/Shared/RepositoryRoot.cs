using System;
using System.IO;

namespace Wassist.Tests.Shared;

/// <summary>The repository the tests run in: the folder above the test output that holds the solution file.</summary>
internal static class RepositoryRoot
{
    internal static string Path { get; } = Find();

    private static string Find()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(System.IO.Path.Combine(dir.FullName, "Wassist.Generated.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new DirectoryNotFoundException("Wassist.Generated.sln not found above the test directory.");
    }
}
