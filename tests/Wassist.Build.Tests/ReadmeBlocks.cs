using System.Linq;
using System.Text.RegularExpressions;

namespace Wassist.Build.Tests;

/// <summary>The C# examples of a README, as a reader copies them.</summary>
internal static class ReadmeBlocks
{
    /// <summary>The README from its Quickstart heading on: the quickstart is the first C# block.</summary>
    internal static string FromQuickstart(string readme) => readme[readme.IndexOf("## Quickstart", System.StringComparison.Ordinal)..];

    /// <summary>One <c>## </c> section of a README, from its heading to the next one.</summary>
    internal static string Section(string readme, string heading)
    {
        var start = readme.IndexOf(heading + "\n", System.StringComparison.Ordinal);
        var end = readme.IndexOf("\n## ", start + heading.Length, System.StringComparison.Ordinal);
        return readme[start..(end < 0 ? readme.Length : end + 1)];
    }

    /// <summary>The README without one of its <c>## </c> sections.</summary>
    internal static string WithoutSection(string readme, string heading) => readme.Replace(Section(readme, heading), "");

    internal static string[] CSharp(string markdown) =>
        Regex.Matches(markdown, "```csharp\n(.*?)```", RegexOptions.Singleline).Select(m => m.Groups[1].Value).ToArray();
}
