using System.Collections.Generic;
using System.Linq;
using Newtonsoft.Json.Linq;

namespace Wassist.SpecTool.Drift;

/// <summary>
/// Media types of request bodies and responses: the client sends and reads one, application/json when it is
/// described (else the first one, as <see cref="JsonSchemaOf"/> picks), so losing it breaks the client; a type
/// added beside it does not.
/// </summary>
public sealed partial class SpecDiff
{
    private const string Json = "application/json";

    private void CompareContentTypes(string location, JToken oldBodyOrResponse, JToken newBodyOrResponse)
    {
        var oldTypes = MediaTypes(oldBodyOrResponse);
        var newTypes = MediaTypes(newBodyOrResponse);
        var used = oldTypes.Contains(Json) ? Json : oldTypes.FirstOrDefault();
        if (used is null)
        {
            return;
        }

        if (!newTypes.Contains(used))
        {
            Add(ChangeKinds.ContentTypeChanged, location, $"{used} is no longer described (now {(newTypes.Count == 0 ? "no content" : string.Join(", ", newTypes))})");
            return;
        }

        foreach (var type in newTypes.Where(t => !oldTypes.Contains(t)))
        {
            Add(ChangeKinds.ContentTypeAdded, location, $"{type} is described too; the client keeps using {used}");
        }
    }

    /// <summary>The content's media types in order, lower case and without parameters such as <c>charset</c>.</summary>
    private static List<string> MediaTypes(JToken bodyOrResponse) =>
        ((bodyOrResponse["content"] as JObject)?.Properties() ?? [])
        .Select(p => p.Name.Split(';')[0].Trim().ToLowerInvariant()).Distinct().ToList();
}
