using Newtonsoft.Json.Linq;

namespace Wassist.SpecTool;

/// <summary>One overlay action: a JSONPath target and either an update to merge in or a removal.</summary>
public sealed class OverlayAction
{
    private OverlayAction(string overlayName, int index, string target, string? description, JToken? update, bool remove, string? evidence)
    {
        OverlayName = overlayName;
        Index = index;
        Target = target;
        Description = description;
        Update = update;
        Remove = remove;
        Evidence = evidence;
    }

    public string OverlayName { get; }

    /// <summary>Zero-based position of the action in its overlay.</summary>
    public int Index { get; }

    public string Target { get; }

    public string? Description { get; }

    public JToken? Update { get; }

    public bool Remove { get; }

    /// <summary>The <c>x-evidence</c> extension: where the fact behind a correction comes from.</summary>
    public string? Evidence { get; }

    /// <summary>How error messages name this action.</summary>
    public string DisplayName => $"{OverlayName} action #{Index} ({Description ?? "no description"}, target {Target})";

    internal static OverlayAction Parse(string overlayName, int index, JObject json)
    {
        var target = json.Value<string>("target");
        var description = json.Value<string>("description");
        var update = json["update"];
        var remove = json.Value<bool?>("remove") ?? false;
        var name = $"{overlayName} action #{index} ({description ?? "no description"})";
        if (string.IsNullOrWhiteSpace(target))
        {
            throw new SpecToolException($"{name}: 'target' is required (a JSONPath expression such as $.paths['/api/v1/x/'].get).");
        }

        if (remove == (update is not null))
        {
            throw new SpecToolException($"{name}: give exactly one of 'update' or 'remove: true'.");
        }

        return new OverlayAction(overlayName, index, target!, description, update, remove, json.Value<string>("x-evidence"));
    }
}
