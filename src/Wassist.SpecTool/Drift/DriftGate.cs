using System.Collections.Generic;
using System.IO;
using System.Linq;
using Newtonsoft.Json.Linq;

namespace Wassist.SpecTool.Drift;

/// <summary>
/// The CI check: the current published description against the baseline of the last release, with our overlays.
/// It passes when every breaking change is accepted and the overlays fit the current description.
/// </summary>
public static class DriftGate
{
    /// <returns>The report, and what fails the gate, each with the MSBuild error code to print it with.</returns>
    public static (DriftReport Report, IReadOnlyList<(string Code, string Message)> Problems) Check(RepositoryLayout layout)
    {
        var report = DriftReport.Create(LoadBaseline(layout), EffectiveSpec.Load(layout.Spec), EffectiveSpec.LoadOverlays(layout.Overlays));
        var problems = report.OverlayFailures.Select(m => (SpecToolException.SpecProblem, m))
            .Concat(AcceptedChanges.Problems(report, AcceptedChanges.Load(layout.AcceptedChanges), layout.Relative(layout.AcceptedChanges))
                .Select(m => (SpecToolException.BreakingChange, m)))
            .ToList();
        return (report, problems);
    }

    /// <summary>The published description of the last release; its absence is an error that says what to put there.</summary>
    public static JObject LoadBaseline(RepositoryLayout layout) =>
        File.Exists(layout.BaselineSpec)
            ? EffectiveSpec.Load(layout.BaselineSpec)
            : throw new SpecToolException($"{layout.Relative(layout.BaselineSpec)} is missing: copy the published description of the last release there (before the first release, the current {layout.Relative(layout.Spec)}).");
}
