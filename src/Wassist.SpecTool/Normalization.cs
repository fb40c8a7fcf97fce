using System.Collections.Generic;
using System.Linq;
using Newtonsoft.Json.Linq;

namespace Wassist.SpecTool;

/// <summary>
/// Rules applied after the overlays, the same for every schema and operation, so overlays need not repeat them:
/// readOnly properties leave <c>required</c> (the server fills them, so a request never has to send them; drf
/// lists them as required); a required property of a value type in a schema a request sends becomes nullable (so a
/// property the caller never set is null, which the client's request check rejects by name, instead of going out as
/// 0, false, the empty uuid or the enum's first member); declared error responses go (the client turns every non-2xx
/// answer into a <c>WassistApiException</c> before generated code reads it, so code generated for them could never
/// run); a request body is required unless the operation is marked <c>x-wassist-optional-body</c> (so a call cannot
/// forget it); an <c>{id}</c> path parameter is a uuid when the resource it names has a uuid id (so methods take the
/// same <c>Guid</c> the models carry), documented for the caller; an operation whose result is a loose object says why
/// in its description (its <c>x-wassist-untyped-reason</c>, or that no source shows the shape); and an operation
/// reconstructed with less than high confidence says so in one short remark.
/// </summary>
public static partial class Normalization
{
    public const string ConfidenceExtension = "x-wassist-confidence";
    public const string SourcesExtension = "x-wassist-sources";
    public const string UntypedReasonExtension = "x-wassist-untyped-reason";
    public const string DefaultUntypedReason = "no published description, official client or recorded answer shows its shape";

    /// <summary>Marks an operation whose request body may be left out; its action says why (<c>x-evidence</c>).</summary>
    public const string OptionalBodyExtension = "x-wassist-optional-body";

    /// <summary>Where a maintainer's note on a parameter goes when the caller's description replaces it.</summary>
    public const string EvidenceExtension = "x-evidence";

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
            RequireBody(operation.Node);
            TypeIdParameter(document, operation);
            NoteConfidence(operation.Node);
            Summarize(operation.Node);
            NoteUntypedResult(operation.Node);
            DescribeResult(operation.Node);
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

    private static void RequireBody(JObject operation)
    {
        if (operation["requestBody"] is not JObject body)
        {
            return;
        }

        if (operation[OptionalBodyExtension]?.Value<bool>() != true)
        {
            body["required"] = true;
        }

        var type = ((string?)body.SelectToken("content['application/json'].schema.$ref"))?.Split('/').Last();
        if (string.IsNullOrWhiteSpace((string?)body["description"]))
        {
            body["description"] = type is null ? "The request body." : $"The {type} to send.";
        }
    }

    /// <summary>
    /// <c>{id}</c> in <c>/x/{id}/...</c> names the item that <c>GET /x/{id}/</c> returns; when that schema's
    /// <c>id</c> is a uuid, the parameter is one too, and its description says whose id it is.
    /// </summary>
    private static void TypeIdParameter(JObject document, OpenApiOperation operation)
    {
        var at = operation.Path.IndexOf("{id}/", System.StringComparison.Ordinal);
        if (at < 0 || operation.Node["parameters"] is not JArray parameters)
        {
            return;
        }

        var itemPath = operation.Path.Substring(0, at + "{id}/".Length);
        var reference = (string?)document.SelectToken($"paths['{itemPath}'].get.responses.200.content['application/json'].schema.$ref");
        var item = reference?.Split('/').Last();
        if (item is null || (string?)document.SelectToken($"components.schemas.{item}.properties.id.format") != "uuid")
        {
            return;
        }

        foreach (var parameter in parameters.OfType<JObject>().Where(p => (string?)p["in"] == "path" && (string?)p["name"] == "id"))
        {
            parameter["schema"] = new JObject { ["type"] = "string", ["format"] = "uuid" };
            if ((string?)parameter["description"] is { } note)
            {
                parameter[EvidenceExtension] = note;
            }

            parameter["description"] = $"Id of the {item}.";
        }
    }

    /// <summary>
    /// The first sentence of the description becomes the summary (NSwag's <c>&lt;summary&gt;</c>, which IntelliSense
    /// shows); the rest stays as the description (<c>&lt;remarks&gt;</c>).
    /// </summary>
    private static void Summarize(JObject operation)
    {
        var description = ((string?)operation["description"])?.Trim();
        if (operation["summary"] is not null || string.IsNullOrEmpty(description))
        {
            return;
        }

        var match = FirstSentence().Match(description!);
        var summary = match.Success ? description!.Substring(0, match.Index + 1) : description!;
        var rest = description!.Substring(summary.Length).Trim();
        operation["summary"] = summary.EndsWith('.') ? summary : summary + ".";
        if (rest.Length == 0)
        {
            operation.Remove("description");
        }
        else
        {
            operation["description"] = rest;
        }
    }

    /// <summary>A success response that has a body says what it is, which NSwag writes as <c>&lt;returns&gt;</c>.</summary>
    private static void DescribeResult(JObject operation)
    {
        foreach (var response in (operation["responses"] as JObject)?.Properties().Where(r => r.Name[0] == '2').Select(r => r.Value).OfType<JObject>() ?? [])
        {
            var schema = response.SelectToken("content['application/json'].schema");
            var type = ((string?)schema?["$ref"] ?? (string?)schema?.SelectToken("items.$ref"))?.Split('/').Last();
            if (type is not null && string.IsNullOrWhiteSpace((string?)response["description"]))
            {
                response["description"] = schema!["$ref"] is null ? $"The list of {type} items." : $"The {type}.";
            }
        }
    }

    /// <summary>A full stop that ends a sentence: followed by white space, not part of "e.g." or "i.e.".</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"(?<!\b(e\.g|i\.e|etc|vs))\.(?=\s)")]
    private static partial System.Text.RegularExpressions.Regex FirstSentence();

    private static void NoteConfidence(JObject operation)
    {
        var confidence = (string?)operation[ConfidenceExtension];
        if (confidence is null or "high")
        {
            return;
        }

        var note = $"Shape reconstructed ({confidence} confidence): the live API may differ.";
        var description = (string?)operation["description"];
        operation["description"] = string.IsNullOrWhiteSpace(description) ? note : $"{description}\n\n{note}";
    }
}
