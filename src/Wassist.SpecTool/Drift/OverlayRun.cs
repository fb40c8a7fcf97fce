using System.Collections.Generic;
using System.Linq;
using Newtonsoft.Json.Linq;

namespace Wassist.SpecTool.Drift;

/// <summary>
/// The overlays applied to a published description one action at a time, noting each action that is no longer
/// needed instead of stopping at the first: redundant ones (the description already says what the update says) and
/// stale ones (the target matches nothing). The build itself applies overlays strictly (<see cref="EffectiveSpec"/>).
/// </summary>
public sealed class OverlayRun
{
    private OverlayRun(JObject effective, IReadOnlyList<OverlayAction> redundant, IReadOnlyList<OverlayAction> stale, IReadOnlyList<string> unnamed)
    {
        Effective = effective;
        Redundant = redundant;
        Stale = stale;
        UnnamedOperations = unnamed;
    }

    /// <summary>The description with every action applied that is still needed and still matches.</summary>
    public JObject Effective { get; }

    public IReadOnlyList<OverlayAction> Redundant { get; }

    public IReadOnlyList<OverlayAction> Stale { get; }

    /// <summary>One message per operation the naming overlay leaves without a Resource_Method name.</summary>
    public IReadOnlyList<string> UnnamedOperations { get; }

    public static OverlayRun Apply(JObject published, IEnumerable<Overlay> overlays)
    {
        var document = (JObject)published.DeepClone();
        var redundant = new List<OverlayAction>();
        var stale = new List<OverlayAction>();
        foreach (var action in overlays.SelectMany(o => o.Actions))
        {
            var targets = OverlayApplier.Targets(document, action);
            if (targets.Length == 0)
            {
                stale.Add(action);
            }
            else if (action.Update is { } update && targets.All(t => Contains(t, update)))
            {
                redundant.Add(action);
            }
            else
            {
                OverlayApplier.Apply(document, action);
            }
        }

        var unnamed = OperationNames.Problems(OpenApiOperation.All(document), EffectiveSpec.NamingOverlayFile);
        return new OverlayRun(document, redundant, stale, unnamed);
    }

    /// <summary>Whether the target already holds everything the update would merge into it.</summary>
    private static bool Contains(JToken target, JToken update) => (target, update) switch
    {
        (JObject targetObject, JObject updateObject) => updateObject.Properties().All(p => targetObject[p.Name] is { } value && Contains(value, p.Value)),
        (JArray targetArray, JArray updateArray) => updateArray.All(u => targetArray.Any(t => JToken.DeepEquals(t, u))),
        (JArray targetArray, _) => targetArray.Any(t => JToken.DeepEquals(t, update)),
        _ => JToken.DeepEquals(target, update),
    };
}
