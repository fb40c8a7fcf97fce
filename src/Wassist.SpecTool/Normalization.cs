using System.Linq;
using Newtonsoft.Json.Linq;

namespace Wassist.SpecTool;

/// <summary>
/// Rules applied after the overlays, the same for every schema and operation, so overlays need not repeat them:
/// readOnly properties leave <c>required</c> (the server fills them, so a request never has to send them; drf
/// lists them as required); declared error responses go (the client turns every non-2xx answer into a
/// <c>WassistApiException</c> before generated code reads it, so code generated for them could never run); a
/// request body is required unless the operation is marked <c>x-wassist-optional-body</c> (so a call cannot forget
/// it); an <c>{id}</c> path parameter is a uuid when the resource it names has a uuid id (so methods take the same
/// <c>Guid</c> the models carry), documented for the caller; and an operation reconstructed with less than high
/// confidence says so in one short remark.
/// </summary>
public static partial class Normalization
{
    public const string ConfidenceExtension = "x-wassist-confidence";
    public const string SourcesExtension = "x-wassist-sources";

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

        foreach (var operation in OpenApiOperation.All(document))
        {
            DropErrorResponses(operation.Node);
            RequireBody(operation.Node);
            TypeIdParameter(document, operation);
            NoteConfidence(operation.Node);
            Summarize(operation.Node);
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

    private static void DropErrorResponses(JObject operation)
    {
        foreach (var response in (operation["responses"] as JObject)?.Properties().Where(r => r.Name[0] is '4' or '5').ToList() ?? [])
        {
            response.Remove();
        }
    }

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
