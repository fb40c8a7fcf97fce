using System;
using Wassist.SpecTool.Drift;

namespace Wassist.SpecTool.Commands;

/// <summary><c>drift [--json]</c>: the CI drift gate from the command line, the current description against the baseline.</summary>
internal static class DriftCommand
{
    public const string Usage = "drift [--json] [--repo <folder>]";

    public static int Run(string[] args)
    {
        var arguments = new Arguments("drift", args, ["--repo"], ["--json"]);
        var layout = arguments.Repository();
        var (report, problems) = DriftGate.Check(layout);
        Console.Write(arguments.Flag("--json")
            ? report.ToJson() + Environment.NewLine
            : report.ToText($"{layout.Relative(layout.BaselineSpec)} -> {layout.Relative(layout.Spec)}"));
        foreach (var (code, message) in problems)
        {
            ErrorOutput.Write(code, message);
        }

        return problems.Count == 0 ? 0 : 1;
    }
}
