using System;
using System.Linq;
using Newtonsoft.Json.Linq;

namespace Wassist.SpecTool.Drift;

/// <summary>
/// A schema as the generator sees it: a <c>$ref</c>, or the <c>allOf: [$ref]</c> wrapper that carries
/// <c>nullable</c> in OpenAPI 3.0, resolved to the component it names.
/// </summary>
internal sealed record SchemaNode(JObject Schema, string? ComponentName, bool Nullable)
{
    private const string ComponentPrefix = "#/components/schemas/";

    /// <summary>The JSON type: <c>type</c>, or <c>object</c>/<c>array</c> when only properties or items say so.</summary>
    public string? Type => Schema.Value<string>("type")
        ?? (Schema["properties"] is not null ? "object" : Schema["items"] is not null ? "array" : null);

    public string? Format => Schema.Value<string>("format");

    public static SchemaNode? Resolve(JObject document, JToken? node)
    {
        if (node is not JObject schema)
        {
            return null;
        }

        var nullable = schema.Value<bool?>("nullable") == true;
        if (schema.Value<string>("$ref") is { } reference)
        {
            var name = reference.StartsWith(ComponentPrefix, StringComparison.Ordinal) ? reference.Substring(ComponentPrefix.Length) : reference;
            var target = document.SelectToken("components.schemas")?[name] as JObject ?? new JObject();
            return new SchemaNode(target, name, nullable || target.Value<bool?>("nullable") == true);
        }

        if (schema["allOf"] is JArray { Count: 1 } allOf && schema["properties"] is null && Resolve(document, allOf.Single()) is { } inner)
        {
            return inner with { Nullable = nullable || inner.Nullable };
        }

        return new SchemaNode(schema, null, nullable);
    }
}
