using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;

namespace Wassist.Build.Tests.Workflows;

/// <summary>
/// One call of the build scripts, as written in the README or a workflow: the script, its target and the options
/// it passes (file arguments left out, since they differ from one place to the next).
/// </summary>
internal sealed record BuildCommand(string Script, string Target, string Options)
{
    // A call runs until the end of the line, a closing backtick or a comment.
    private static readonly Regex Call = new(@"\./build\.(sh|ps1)((?:[ \t]+[^\s`#;|&>]+)*)");

    /// <summary>Every build script call in a text.</summary>
    public static IEnumerable<BuildCommand> In(string text) =>
        Call.Matches(text).Select(m =>
        {
            var words = m.Groups[2].Value.Split([' ', '\t'], System.StringSplitOptions.RemoveEmptyEntries);
            var target = words.FirstOrDefault(w => !w.StartsWith('-')) is { } first && !first.Contains('/') && !first.Contains('"') ? first : "all";
            var options = string.Join(" ", words.Where(w => w.StartsWith('-')).OrderBy(w => w));
            return new BuildCommand("build." + m.Groups[1].Value, target, options);
        });

    public override string ToString() => $"./{Script} {Target} {Options}".TrimEnd();
}
