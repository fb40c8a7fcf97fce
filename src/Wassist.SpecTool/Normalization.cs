using System.Linq;
using Newtonsoft.Json.Linq;

namespace Wassist.SpecTool;

/// <summary>
/// Rules applied after the overlays, the same for every schema and operation, so overlays need not repeat them:
/// readOnly properties leave <c>required</c> (the server fills them, so a request never has to send them; drf
/// lists them as required); declared error responses go (the client turns every non-2xx answer into a
/// <c>WassistApiException</c> before generated code reads it, so code generated for them could never run); and
/// an operation reconstructed with less than high confidence says so in the description that becomes its XML docs.
/// </summary>
public static class Normalization
{
    public const string ConfidenceExtension = "x-wassist-confidence";
    public const string SourcesExtension = "x-wassist-sources";

    public static void Apply(JObject document)
    {
        foreach (var schema in document.SelectTokens("$.components.schemas.*").OfType<JObject>())
        {
            DropReadOnlyFromRequired(schema);
        }

        foreach (var operation in OpenApiOperation.All(document))
        {
            DropErrorResponses(operation.Node);
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

    private static void DropErrorResponses(JObject operation)
    {
        foreach (var response in (operation["responses"] as JObject)?.Properties().Where(r => r.Name[0] is '4' or '5').ToList() ?? [])
        {
            response.Remove();
        }
    }

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
