using System.Collections.Generic;
using System.Linq;
using Newtonsoft.Json.Linq;

namespace Wassist.SpecTool;

/// <summary>
/// Rules applied after the overlays, the same for every schema and operation, so overlays need not repeat them:
/// readOnly properties leave <c>required</c> (the server fills them, so a request never has to send them; drf
/// lists them as required); a required property of a value type in a schema a request sends becomes nullable (so a
/// property the caller never set is null, which the client's request check rejects by name, instead of going out as
/// 0, false, the empty uuid or the enum's first member); declared error responses go (the client turns every non-2xx answer into a
/// <c>WassistApiException</c> before generated code reads it, so code generated for them could never run); an
/// operation whose result is a loose object says why in its description (its <c>x-wassist-untyped-reason</c>, or that
/// no source shows the shape); and an operation reconstructed with less than high confidence says so in the
/// description that becomes its XML docs.
/// </summary>
public static class Normalization
{
    public const string ConfidenceExtension = "x-wassist-confidence";
    public const string SourcesExtension = "x-wassist-sources";
    public const string UntypedReasonExtension = "x-wassist-untyped-reason";
    public const string DefaultUntypedReason = "no published description, official client or recorded answer shows its shape";

    public static void Apply(JObject document)
    {
        foreach (var schema in document.SelectTokens("$.components.schemas.*").OfType<JObject>())
        {
            DropReadOnlyFromRequired(schema);
        }

        foreach (var schema in RequestSchemas(document))
        {
            MakeRequiredValueTypesNullable(document, schema);
        }

        foreach (var operation in OpenApiOperation.All(document))
        {
            DropErrorResponses(operation.Node);
            NoteUntypedResult(operation.Node);
            NoteConfidence(operation.Node);
        }
    }

    private static void DropReadOnlyFromRequired(JObject schema)
    {
        if (schema["required"] is not JArray required || schema["properties"] is not JObject properties)
        {
            return;
        }

        foreach (var name in required.Where(n => properties[(string)n!]?["readOnly"]?.Value<bool>() == true).ToList())
        {
            name.Remove();
        }

        if (required.Count == 0)
        {
            schema.Remove("required");
        }
    }

    /// <summary>Every component schema a request body refers to, directly or through other schemas.</summary>
    private static IEnumerable<JObject> RequestSchemas(JObject document)
    {
        var seen = new HashSet<string>();
        var pending = new Stack<JToken>(OpenApiOperation.All(document).Select(o => o.Node["requestBody"]).OfType<JToken>());
        while (pending.Count > 0)
        {
            foreach (var name in References(pending.Pop()).Where(seen.Add))
            {
                if (Schema(document, name) is { } schema)
                {
                    pending.Push(schema);
                    yield return schema;
                }
            }
        }
    }

    private static void MakeRequiredValueTypesNullable(JObject document, JObject schema)
    {
        if (schema["required"] is not JArray required || schema["properties"] is not JObject properties)
        {
            return;
        }

        foreach (var name in required.Values<string>())
        {
            if (properties[name!] is JObject property && property["nullable"]?.Value<bool>() != true && IsValueType(document, property))
            {
                // A $ref cannot carry nullable in OpenAPI 3.0, so a referenced enum is wrapped in allOf first.
                if (property["$ref"] is { } reference)
                {
                    property.Remove("$ref");
                    property["allOf"] = new JArray(new JObject { ["$ref"] = reference });
                }

                property["nullable"] = true;
            }
        }
    }

    /// <summary>Whether the generated C# type of the property is a struct: an enum, a number, a boolean, a uuid or a date.</summary>
    private static bool IsValueType(JObject document, JObject property)
    {
        if ((string?)property["type"] is "array" or "object")
        {
            return false;
        }

        var referenced = References(property).Select(name => Schema(document, name)).FirstOrDefault();
        if (referenced is not null)
        {
            return referenced["enum"] is not null;
        }

        return (string?)property["type"] switch
        {
            "boolean" or "integer" or "number" => true,
            "string" => (string?)property["format"] is "uuid" or "date-time" or "date",
            _ => false,
        };
    }

    /// <summary>The component names a token refers to, at any depth.</summary>
    private static IEnumerable<string> References(JToken token) =>
        (token as JContainer)?.DescendantsAndSelf().OfType<JProperty>()
            .Where(p => p.Name == "$ref")
            .Select(p => ((string)p.Value!).Split('/').Last()) ?? [];


    private static JObject? Schema(JObject document, string name) => document["components"]?["schemas"]?[name] as JObject;

    private static void DropErrorResponses(JObject operation)
    {
        foreach (var response in (operation["responses"] as JObject)?.Properties().Where(r => r.Name[0] is '4' or '5').ToList() ?? [])
        {
            response.Remove();
        }
    }

    private static void NoteUntypedResult(JObject operation)
    {
        var schemas = (operation["responses"] as JObject)?.Properties()
            .Where(r => r.Name[0] == '2')
            .Select(r => r.Value.SelectToken("content['application/json'].schema") as JObject)
            .OfType<JObject>();
        if (schemas?.Any(IsLooseObject) != true)
        {
            return;
        }

        var note = $"Its result is left untyped (a loose object): {(string?)operation[UntypedReasonExtension] ?? DefaultUntypedReason}.";
        var description = (string?)operation["description"];
        operation["description"] = string.IsNullOrWhiteSpace(description) ? note : $"{description}\n\n{note}";
    }

    /// <summary>An object schema with no properties of its own: NSwag makes it a dictionary of any values.</summary>
    private static bool IsLooseObject(JObject schema) =>
        (string?)schema["type"] == "object" && schema["properties"] is null && schema["$ref"] is null && schema["allOf"] is null;

    private static void NoteConfidence(JObject operation)
    {
        var confidence = (string?)operation[ConfidenceExtension];
        if (confidence is null or "high")
        {
            return;
        }

        var sources = string.Join("; ", operation[SourcesExtension]?.Values<string>() ?? []);
        var note = $"Confidence: {confidence}. This operation is reconstructed from {sources}; its request and response shapes may differ from the live API.";
        var description = (string?)operation["description"];
        operation["description"] = string.IsNullOrWhiteSpace(description) ? note : $"{description}\n\n{note}";
    }
}
