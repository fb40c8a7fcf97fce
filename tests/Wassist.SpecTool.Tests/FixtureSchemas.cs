using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Newtonsoft.Json.Linq;
using NJsonSchema;
using NJsonSchema.Validation;
using NSwag;

namespace Wassist.SpecTool.Tests;

/// <summary>
/// The JSON Schemas of an effective description, read by NSwag's own reader so "valid" means what it means to the
/// generator: a request fixture is checked against its operation's request body, a response fixture against the
/// response for its status. Fields the schema does not declare are allowed (the API adds fields).
/// </summary>
internal sealed class FixtureSchemas
{
    private readonly OpenApiDocument _document;

    private FixtureSchemas(OpenApiDocument document) => _document = document;

    public static async Task<FixtureSchemas> LoadAsync(JObject effective) => new(await OpenApiDocument.FromJsonAsync(effective.ToString()));

    /// <summary>The schema a fixture must match; the message says what is missing when the description has none.</summary>
    public JsonSchema SchemaFor(string operationId, string kind, int? status)
    {
        var operation = _document.Operations.FirstOrDefault(o => o.Operation.OperationId == operationId)?.Operation
            ?? throw new KeyNotFoundException($"the effective description has no operation '{operationId}' (the fixture manifest names it).");
        var (content, what) = kind == "request"
            ? (operation.RequestBody?.Content, "a request body")
            : (operation.ActualResponses.GetValueOrDefault(status?.ToString() ?? "")?.Content, $"a {status} response");
        var schema = (content is not null && content.TryGetValue("application/json", out var media) ? media.Schema : null)
            ?? throw new KeyNotFoundException($"operation '{operationId}' has no JSON schema for {what}.");
        return schema.ActualSchema;
    }

    /// <summary>
    /// The schema's violations by the fixture, flattened out of allOf/array wrappers to the innermost errors. In a
    /// forward-compatibility fixture, values outside an enum are its purpose and are not violations; anything else is.
    /// </summary>
    public static IReadOnlyList<string> Violations(JsonSchema schema, string json, bool forwardCompatibility) =>
        Flatten(schema.Validate(json, SchemaType.OpenApi3))
            .Where(e => !(forwardCompatibility && e.Kind == ValidationErrorKind.NotInEnumeration))
            .Select(e => $"{e.Kind} at {e.Path}")
            .ToList();

    private static IEnumerable<ValidationError> Flatten(IEnumerable<ValidationError> errors) =>
        errors.SelectMany(e => e is ChildSchemaValidationError child && child.Errors.Count > 0
            ? Flatten(child.Errors.Values.SelectMany(v => v))
            : [e]);
}
