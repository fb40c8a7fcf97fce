using System.Linq;
using System.Text.RegularExpressions;

namespace Wassist.Build.Tests;

/// <summary>The C# examples of a README, as a reader copies them.</summary>
internal static class ReadmeBlocks
{
    /// <summary>The README from its Quickstart heading on: the quickstart is the first C# block.</summary>
    internal static string FromQuickstart(string readme) => readme[readme.IndexOf("## Quickstart", System.StringComparison.Ordinal)..];

    internal static string[] CSharp(string markdown) =>
        Regex.Matches(markdown, "```csharp\n(.*?)```", RegexOptions.Singleline).Select(m => m.Groups[1].Value).ToArray();
}
