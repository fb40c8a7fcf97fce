using System;
using System.IO;
using Wassist.SpecTool.Drift;

namespace Wassist.SpecTool.Commands;

/// <summary>
/// <c>drift [--json] [--since &lt;file&gt;]</c>: the CI drift gate from the command line, the current description
/// against the baseline. With <c>--since</c>, the report of an older published description (such as the last
/// release's) against the current one, for release notes: a report only, without the gate.
/// </summary>
internal static class DriftCommand
{
    public const string Usage = "drift [--json] [--since <older openapi.json>] [--repo <folder>]";

    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        var arguments = new Arguments("drift", args, ["--repo", "--since"], ["--json"]);
        var layout = arguments.Repository();
        if (arguments.Value("--since") is { } since)
        {
            var report = DriftReport.Create(UpdateSpecCommand.LoadPublished("drift --since", since), EffectiveSpec.Load(layout.Spec), EffectiveSpec.LoadOverlays(layout.Overlays));
            Print(output, arguments, report, $"{since} -> {layout.Relative(layout.Spec)}");
            return 0;
        }

        var (gateReport, problems) = DriftGate.Check(layout);
        Print(output, arguments, gateReport, $"{layout.Relative(layout.BaselineSpec)} -> {layout.Relative(layout.Spec)}");
        foreach (var (code, message) in problems)
        {
            ErrorOutput.Write(error, code, message);
        }

        return problems.Count == 0 ? 0 : 1;
    }

    private static void Print(TextWriter output, Arguments arguments, DriftReport report, string title) =>
        output.Write(arguments.Flag("--json") ? report.ToJson() + Environment.NewLine : report.ToText(title));
}
