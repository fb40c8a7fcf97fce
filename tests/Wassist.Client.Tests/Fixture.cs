using System;
using System.IO;

namespace Wassist.Client.Tests;

/// <summary>Reads the recorded fixtures under tests/fixtures, copied beside the test assembly.</summary>
internal static class Fixture
{
    internal static string Directory => Path.Combine(AppContext.BaseDirectory, "fixtures");

    /// <summary>The fixture's text; a request fixture is the exact body, so nothing is trimmed.</summary>
    internal static string Read(string relativePath) => File.ReadAllText(Path.Combine(Directory, relativePath));
}
