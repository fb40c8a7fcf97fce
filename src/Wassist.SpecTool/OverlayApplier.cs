using System.Linq;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Wassist.SpecTool;

/// <summary>
/// Applies overlay actions in order. Object updates merge recursively (arrays inside them are appended to, as the
/// Overlay spec appends to a targeted array); an action whose target matches nothing stops the build.
/// </summary>
public static class OverlayApplier
{
    private static readonly JsonMergeSettings MergeSettings = new()
    {
        MergeArrayHandling = MergeArrayHandling.Concat,
        MergeNullValueHandling = MergeNullValueHandling.Merge,
    };

    public static void Apply(JObject document, Overlay overlay)
    {
        foreach (var action in overlay.Actions)
        {
            Apply(document, action);
        }
    }

    public static void Apply(JObject document, OverlayAction action)
    {
        if (!TryApply(document, action))
        {
            throw new SpecToolException($"{action.DisplayName}: the target matches nothing in the description. Fix the target, or drop the action if the published spec no longer needs it.");
        }
    }

    /// <summary>Applies the action; returns false, changing nothing, when its target matches nothing.</summary>
    public static bool TryApply(JObject document, OverlayAction action)
    {
        var targets = Targets(document, action);
        if (targets.Length == 0)
        {
            return false;
        }

        foreach (var target in targets)
        {
            if (action.Remove)
            {
                RemoveToken(action, target);
            }
            else
            {
                UpdateToken(action, target, action.Update!);
            }
        }

        return true;
    }

    /// <summary>The tokens the action's JSONPath target selects in the document.</summary>
    public static JToken[] Targets(JObject document, OverlayAction action)
    {
        try
        {
            return document.SelectTokens(action.Target).ToArray();
        }
        catch (JsonException ex)
        {
            throw new SpecToolException($"{action.DisplayName}: the target is not valid JSONPath: {ex.Message}");
        }
    }

    private static void RemoveToken(OverlayAction action, JToken target)
    {
        switch (target.Parent)
        {
            case JProperty property:
                property.Remove();
                break;
            case JArray:
                target.Remove();
                break;
            default:
                throw new SpecToolException($"{action.DisplayName}: cannot remove the document root.");
        }
    }

    private static void UpdateToken(OverlayAction action, JToken target, JToken update)
    {
        switch (target)
        {
            case JObject targetObject when update is JObject updateObject:
                targetObject.Merge(updateObject.DeepClone(), MergeSettings);
                break;
            case JArray targetArray:
                targetArray.Add(update.DeepClone());
                break;
            default:
                throw new SpecToolException($"{action.DisplayName}: an update must target an object (with an object update) or an array; this target is a {target.Type}.");
        }
    }
}
