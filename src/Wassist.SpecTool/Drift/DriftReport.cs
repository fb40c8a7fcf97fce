using System.Collections.Generic;
using System.Linq;
using System.Text;
using Newtonsoft.Json.Linq;

namespace Wassist.SpecTool.Drift;

/// <summary>
/// What a new published description means for the client: breaking and additive changes between the two effective
/// descriptions (both with our overlays), and the state of our overlays against the new one.
/// </summary>
public sealed class DriftReport
{
    private DriftReport(IReadOnlyList<DriftChange> changes, OverlayRun overlays)
    {
        Breaking = changes.Where(c => c.IsBreaking).ToList();
        Additive = changes.Where(c => !c.IsBreaking).ToList();
        Overlays = overlays;
    }

    public IReadOnlyList<DriftChange> Breaking { get; }

    public IReadOnlyList<DriftChange> Additive { get; }

    /// <summary>The overlays applied to the new description: redundant and stale actions, unnamed operations.</summary>
    public OverlayRun Overlays { get; }

    /// <summary>Stale actions and unnamed operations: the build fails on them until the overlays are fixed.</summary>
    public IEnumerable<string> OverlayFailures =>
        Overlays.Stale.Select(a => $"stale: {a.DisplayName} matches nothing in the new description. " +
                                   (a.Remove ? "The description no longer has it: drop the action." : "Fix its target, or drop it if the correction is no longer needed."))
            .Concat(Overlays.UnnamedOperations);

    public bool IsEmpty => Breaking.Count == 0 && Additive.Count == 0 && Overlays.Redundant.Count == 0 && !OverlayFailures.Any();

    public static DriftReport Create(JObject oldPublished, JObject newPublished, IEnumerable<Overlay> overlays)
    {
        var overlayList = overlays.ToList();
        var before = OverlayRun.Apply(oldPublished, overlayList);
        var after = OverlayRun.Apply(newPublished, overlayList);
        return new DriftReport(SpecDiff.Compare(oldPublished, before.Effective, newPublished, after.Effective), after);
    }

    public string ToText(string title)
    {
        var text = new StringBuilder().Append("Drift report: ").AppendLine(title);
        if (IsEmpty)
        {
            return text.AppendLine("  no changes for the client, and the overlays are all still needed.").ToString();
        }

        Section(text, "Breaking changes", Breaking.Select(c => c.ToString()));
        Section(text, "Additive changes", Additive.Select(c => c.ToString()));
        Section(text, "Redundant overlay actions (the published description already says this: drop them)", Overlays.Redundant.Select(a => a.DisplayName));
        Section(text, "Overlay failures (the build fails until they are fixed)", OverlayFailures);
        return text.ToString();
    }

    private static void Section(StringBuilder text, string heading, IEnumerable<string> lines)
    {
        var items = lines.ToList();
        if (items.Count == 0)
        {
            return;
        }

        text.AppendLine($"{heading} ({items.Count}):");
        foreach (var line in items)
        {
            text.Append("  ").AppendLine(line);
        }
    }

    public JObject ToJson() => new()
    {
        ["breaking"] = new JArray(Breaking.Select(c => c.ToJson())),
        ["additive"] = new JArray(Additive.Select(c => c.ToJson())),
        ["overlays"] = new JObject
        {
            ["redundant"] = new JArray(Overlays.Redundant.Select(a => a.DisplayName)),
            ["stale"] = new JArray(Overlays.Stale.Select(a => a.DisplayName)),
            ["unnamedOperations"] = new JArray(Overlays.UnnamedOperations),
        },
    };
}
