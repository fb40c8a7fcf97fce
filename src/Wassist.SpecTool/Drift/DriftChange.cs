using Newtonsoft.Json.Linq;

namespace Wassist.SpecTool.Drift;

/// <summary>One change between two descriptions as a client user sees it.</summary>
/// <param name="Kind">What changed, one of <see cref="ChangeKinds"/>.</param>
/// <param name="Location">Where: an operation, a parameter, or a schema property such as <c>response Conversation.active</c>.</param>
/// <param name="Detail">The old and new value, or what the maintainer must do.</param>
public sealed record DriftChange(string Kind, string Location, string Detail)
{
    public bool IsBreaking => ChangeKinds.IsBreaking(Kind);

    public override string ToString() => $"[{Kind}] {Location}: {Detail}";

    public JObject ToJson() => new() { ["kind"] = Kind, ["location"] = Location, ["detail"] = Detail };
}
