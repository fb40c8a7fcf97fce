using System.Collections.Generic;
using System.IO;
using System.Linq;
using Newtonsoft.Json.Linq;

namespace Wassist.Client.Tests;

/// <summary>The effective description the client was generated from (the build writes it under obj/).</summary>
internal static class EffectiveDescription
{
    private static readonly string[] Methods = ["get", "put", "post", "delete", "patch"];

    internal static IReadOnlySet<string> OperationIds() => Operations().Select(o => o.OperationId).ToHashSet();

    /// <summary>Every operation: its id, HTTP method and path template (e.g. <c>/api/v1/agents/{id}/</c>).</summary>
    internal static IReadOnlyList<(string OperationId, string Method, string Path)> Operations()
    {
        return ((JObject)Document()["paths"]!).Properties()
            .SelectMany(path => ((JObject)path.Value).Properties().Where(m => Methods.Contains(m.Name)).Select(m => ((string)m.Value["operationId"]!, m.Name.ToUpperInvariant(), path.Name)))
            .ToList();
    }

    /// <summary>
    /// Every component schema a request body uses, directly or nested (through properties, list items, allOf and
    /// map values): its name and schema.
    /// </summary>
    internal static IReadOnlyList<(string Name, JObject Schema)> RequestSchemas()
    {
        var document = Document();
        var schemas = (JObject)document["components"]!["schemas"]!;
        var found = new SortedDictionary<string, JObject>(System.StringComparer.Ordinal);
        var bodies = ((JObject)document["paths"]!).Properties()
            .SelectMany(path => ((JObject)path.Value).Properties().Where(m => Methods.Contains(m.Name)))
            .Select(m => m.Value["requestBody"]?["content"]?["application/json"]?["schema"])
            .OfType<JObject>();
        foreach (var body in bodies)
        {
            Collect(body, schemas, found);
        }

        return found.Select(s => (s.Key, s.Value)).ToList();
    }

    private static void Collect(JToken? schema, JObject schemas, IDictionary<string, JObject> found)
    {
        if (schema is not JObject node)
        {
            return;
        }

        if ((string?)node["$ref"] is { } reference)
        {
            var name = reference.Split('/').Last();
            if (found.TryAdd(name, (JObject)schemas[name]!))
            {
                Collect(schemas[name], schemas, found);
            }

            return;
        }

        var children = ((JObject?)node["properties"])?.Properties().Select(p => p.Value) ?? [];
        foreach (var child in children.Concat(((JArray?)node["allOf"]) ?? []).Append(node["items"]).Append(node["additionalProperties"]))
        {
            Collect(child, schemas, found);
        }
    }

    private static JObject Document() =>
        JObject.Parse(File.ReadAllText(Path.Combine(Wassist.Tests.Shared.RepositoryRoot.Path, "src/Wassist.Client/obj/Generated/wassist.effective.json")));
}
