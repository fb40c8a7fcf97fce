using System.Collections.Generic;
using System.Linq;
using Newtonsoft.Json.Linq;

namespace Wassist.SpecTool.Drift;

/// <summary>
/// Compares two effective descriptions from the generated client's side: what a user of the old client loses or
/// must change (breaking), and what is new (additive). Operations are matched by method and path; an unmatched pair
/// with the same published operationId is the same operation moved. Operations, parameters and schemas are compared
/// here; servers, security, media types, request constraints and the response headers the client reads each have
/// a file of their own.
/// </summary>
public sealed partial class SpecDiff
{
    private readonly JObject _old;
    private readonly JObject _new;
    private readonly List<DriftChange> _changes = [];
    private readonly HashSet<(string Direction, string Component)> _comparedComponents = [];

    private SpecDiff(JObject oldEffective, JObject newEffective)
    {
        _old = oldEffective;
        _new = newEffective;
    }

    private enum Direction
    {
        Request,
        Response,
    }

    /// <param name="oldPublished">The old description as published, for its operationIds.</param>
    /// <param name="oldEffective">The old description with the overlays applied.</param>
    /// <param name="newPublished">The new description as published.</param>
    /// <param name="newEffective">The new description with the overlays applied.</param>
    public static IReadOnlyList<DriftChange> Compare(JObject oldPublished, JObject oldEffective, JObject newPublished, JObject newEffective)
    {
        var diff = new SpecDiff(oldEffective, newEffective);
        diff.CompareServers();
        diff.CompareSecuritySchemes();
        diff.CompareOperations(PublishedIds(oldPublished), PublishedIds(newPublished));
        return diff._changes;
    }

    private static Dictionary<string, string?> PublishedIds(JObject published) =>
        OpenApiOperation.All(published).ToDictionary(o => o.ToString(), o => o.OperationId);

    private void Add(string kind, string location, string detail) => _changes.Add(new DriftChange(kind, location, detail));

    private void CompareOperations(Dictionary<string, string?> oldIds, Dictionary<string, string?> newIds)
    {
        var oldOperations = OpenApiOperation.All(_old).ToDictionary(o => o.ToString());
        var newOperations = OpenApiOperation.All(_new).ToDictionary(o => o.ToString());
        var added = newOperations.Keys.Where(k => !oldOperations.ContainsKey(k)).ToList();
        foreach (var (key, oldOperation) in oldOperations)
        {
            if (newOperations.TryGetValue(key, out var newOperation))
            {
                CompareOperation(oldOperation, newOperation);
                continue;
            }

            var moved = added.FirstOrDefault(k => oldIds.GetValueOrDefault(key) is { } id && newIds.GetValueOrDefault(k) == id);
            if (moved is not null)
            {
                added.Remove(moved);
                Add(ChangeKinds.OperationMoved, key, $"now {moved} (published operationId '{oldIds[key]}')");
                CompareOperation(oldOperation, newOperations[moved]);
            }
            else
            {
                Add(ChangeKinds.OperationRemoved, key, $"operation '{oldOperation.OperationId}' is no longer in the description");
            }
        }

        foreach (var key in added)
        {
            Add(ChangeKinds.OperationAdded, key, $"new operation '{newOperations[key].OperationId}'; it needs a Resource_Method name in {EffectiveSpec.NamingOverlayFile}");
        }
    }

    private void CompareOperation(OpenApiOperation oldOperation, OpenApiOperation newOperation)
    {
        var location = newOperation.ToString();
        if (oldOperation.OperationId != newOperation.OperationId)
        {
            Add(ChangeKinds.OperationRenamed, location, $"'{oldOperation.OperationId}' is now '{newOperation.OperationId}', which renames the client method");
        }

        CompareSecurity(location, oldOperation, newOperation);
        CompareParameters(location, oldOperation, newOperation);
        CompareRequestBody(location, oldOperation.Node["requestBody"], newOperation.Node["requestBody"]);
        CompareResponses(location, oldOperation.Node["responses"] as JObject, newOperation.Node["responses"] as JObject);
        CompareResponseHeaders(location, oldOperation.Node["responses"] as JObject, newOperation.Node["responses"] as JObject);
    }

    private void CompareParameters(string location, OpenApiOperation oldOperation, OpenApiOperation newOperation)
    {
        var oldParameters = Parameters(_old, oldOperation);
        var newParameters = Parameters(_new, newOperation);
        foreach (var (key, oldParameter) in oldParameters)
        {
            var where = $"{location} parameter {key}";
            if (!newParameters.TryGetValue(key, out var newParameter))
            {
                Add(ChangeKinds.ParameterRemoved, where, "removed");
                continue;
            }

            if (!IsRequired(oldParameter) && IsRequired(newParameter))
            {
                Add(ChangeKinds.ParameterRequired, where, "now required");
            }

            CompareSchema(where, oldParameter["schema"], newParameter["schema"], Direction.Request);
        }

        foreach (var (key, newParameter) in newParameters.Where(p => !oldParameters.ContainsKey(p.Key)))
        {
            var where = $"{location} parameter {key}";
            if (IsRequired(newParameter))
            {
                Add(ChangeKinds.ParameterRequired, where, "new required parameter");
            }
            else
            {
                Add(ChangeKinds.OptionalParameterAdded, where, "new optional parameter");
            }
        }
    }

    private static bool IsRequired(JObject parameter) => parameter.Value<bool?>("required") == true;

    /// <summary>The operation's parameters, path-level ones included, keyed <c>'name' (in)</c>; <c>$ref</c>s resolved.</summary>
    private static Dictionary<string, JObject> Parameters(JObject document, OpenApiOperation operation)
    {
        var pathLevel = document["paths"]?[operation.Path]?["parameters"] as JArray ?? [];
        var operationLevel = operation.Node["parameters"] as JArray ?? [];
        var result = new Dictionary<string, JObject>();
        foreach (var item in pathLevel.Concat(operationLevel).OfType<JObject>())
        {
            var parameter = item.Value<string>("$ref") is { } reference
                ? document.SelectToken("components.parameters")?[reference.Split('/').Last()] as JObject ?? item
                : item;
            result[$"'{parameter.Value<string>("name")}' ({parameter.Value<string>("in")})"] = parameter;
        }

        return result;
    }

    private void CompareRequestBody(string location, JToken? oldBody, JToken? newBody)
    {
        var where = $"{location} request body";
        if (oldBody is null && newBody is null)
        {
            return;
        }

        if (oldBody is null || newBody is null)
        {
            Add(ChangeKinds.RequestBodyChanged, where, oldBody is null ? "the operation now takes a body" : "the operation no longer takes a body");
            return;
        }

        CompareContentTypes(where, oldBody, newBody);
        CompareSchema(where, JsonSchemaOf(oldBody), JsonSchemaOf(newBody), Direction.Request);
    }

    private void CompareResponses(string location, JObject? oldResponses, JObject? newResponses)
    {
        var oldSuccess = SuccessResponses(oldResponses);
        var newSuccess = SuccessResponses(newResponses);
        foreach (var (status, oldResponse) in oldSuccess)
        {
            if (newSuccess.TryGetValue(status, out var newResponse))
            {
                CompareContentTypes($"{location} response {status}", oldResponse, newResponse);
                CompareSchema($"{location} response {status}", JsonSchemaOf(oldResponse), JsonSchemaOf(newResponse), Direction.Response);
            }
            else
            {
                Add(ChangeKinds.ResponseRemoved, $"{location} response {status}", "the success response is no longer described");
            }
        }

        foreach (var status in newSuccess.Keys.Where(s => !oldSuccess.ContainsKey(s)))
        {
            Add(ChangeKinds.ResponseAdded, $"{location} response {status}", "new success response");
        }
    }

    private static Dictionary<string, JToken> SuccessResponses(JObject? responses) =>
        (responses?.Properties() ?? []).Where(p => p.Name.StartsWith('2')).ToDictionary(p => p.Name, p => p.Value);

    /// <summary>The JSON body's schema: the <c>application/json</c> content, else the first content type.</summary>
    private static JToken? JsonSchemaOf(JToken bodyOrResponse)
    {
        var content = bodyOrResponse["content"] as JObject;
        var media = content?["application/json"] ?? content?.Properties().FirstOrDefault()?.Value;
        return media?["schema"];
    }

    private void CompareSchema(string location, JToken? oldNode, JToken? newNode, Direction direction)
    {
        var oldSchema = SchemaNode.Resolve(_old, oldNode);
        var newSchema = SchemaNode.Resolve(_new, newNode);
        if (oldSchema is null || newSchema is null)
        {
            if (oldSchema is not null || newSchema is not null)
            {
                Add(ChangeKinds.TypeChanged, location, oldSchema is null ? "now has a schema" : "no longer has a schema");
            }

            return;
        }

        if (direction == Direction.Response && !oldSchema.Nullable && newSchema.Nullable)
        {
            Add(ChangeKinds.ResponseFieldNullable, location, "may now be null");
        }

        if (oldSchema.ComponentName is not null || newSchema.ComponentName is not null)
        {
            if (oldSchema.ComponentName != newSchema.ComponentName)
            {
                Add(ChangeKinds.TypeChanged, location, $"{Describe(oldSchema)} is now {Describe(newSchema)}");
                return;
            }

            // A component is compared once per direction, and its changes are reported where it is declared.
            if (!_comparedComponents.Add((direction.ToString(), oldSchema.ComponentName!)))
            {
                return;
            }

            location = $"{direction.ToString().ToLowerInvariant()} {oldSchema.ComponentName}";
        }

        CompareShape(location, oldSchema.Schema, newSchema.Schema, direction);
    }

    private static string Describe(SchemaNode schema) =>
        schema.ComponentName ?? (schema.Format is { } format ? $"{schema.Type} ({format})" : schema.Type ?? "any");

    private void CompareShape(string location, JObject oldSchema, JObject newSchema, Direction direction)
    {
        var oldNode = new SchemaNode(oldSchema, null, false);
        var newNode = new SchemaNode(newSchema, null, false);
        if (oldNode.Type != newNode.Type)
        {
            Add(ChangeKinds.TypeChanged, location, $"type {oldNode.Type ?? "any"} is now {newNode.Type ?? "any"}");
            return;
        }

        if (oldNode.Format != newNode.Format)
        {
            Add(ChangeKinds.FormatChanged, location, $"format {oldNode.Format ?? "none"} is now {newNode.Format ?? "none"}");
        }

        foreach (var keyword in new[] { "oneOf", "anyOf", "allOf" })
        {
            if (!JToken.DeepEquals(oldSchema[keyword], newSchema[keyword]))
            {
                Add(ChangeKinds.TypeChanged, location, $"its {keyword} alternatives changed");
            }
        }

        CompareEnums(location, oldSchema["enum"] as JArray, newSchema["enum"] as JArray, direction);
        if (direction == Direction.Request)
        {
            CompareConstraints(location, oldSchema, newSchema);
        }

        CompareProperties(location, oldSchema, newSchema, direction);
        CompareSchema($"{location}[]", oldSchema["items"], newSchema["items"], direction);
        if (oldSchema["additionalProperties"] is JObject || newSchema["additionalProperties"] is JObject)
        {
            CompareSchema($"{location}{{}}", oldSchema["additionalProperties"], newSchema["additionalProperties"], direction);
        }
    }

    private void CompareEnums(string location, JArray? oldValues, JArray? newValues, Direction direction)
    {
        if (oldValues is null || newValues is null)
        {
            // The generator makes a C# enum of a described enum: gaining or losing one changes the property's type.
            if (oldValues is not null || newValues is not null)
            {
                Add(ChangeKinds.TypeChanged, location, oldValues is null ? $"now an enum ({string.Join(", ", newValues!)})" : "no longer an enum");
            }

            return;
        }

        var oldSet = oldValues.Select(v => v.ToString()).ToHashSet();
        var newSet = newValues.Select(v => v.ToString()).ToHashSet();
        foreach (var value in oldSet.Where(v => !newSet.Contains(v)))
        {
            Add(ChangeKinds.EnumValueRemoved, location, $"value '{value}' removed");
        }

        foreach (var value in newSet.Where(v => !oldSet.Contains(v)))
        {
            Add(ChangeKinds.EnumValueAdded, location, direction == Direction.Response
                ? $"new value '{value}' (older clients read it as null and keep it in AdditionalProperties; worth a release note)"
                : $"new value '{value}' (worth a release note)");
        }
    }

    private void CompareProperties(string location, JObject oldSchema, JObject newSchema, Direction direction)
    {
        var oldProperties = Properties(oldSchema, direction);
        var newProperties = Properties(newSchema, direction);
        var oldRequired = Required(oldSchema);
        var newRequired = Required(newSchema);
        foreach (var (name, oldProperty) in oldProperties)
        {
            var where = $"{location}.{name}";
            if (!newProperties.TryGetValue(name, out var newProperty))
            {
                Add(direction == Direction.Request ? ChangeKinds.RequestFieldRemoved : ChangeKinds.ResponseFieldRemoved, where, "removed");
                continue;
            }

            if (direction == Direction.Request && !oldRequired.Contains(name) && newRequired.Contains(name))
            {
                Add(ChangeKinds.RequestFieldRequired, where, "now required");
            }
            else if (direction == Direction.Response && oldRequired.Contains(name) && !newRequired.Contains(name))
            {
                Add(ChangeKinds.ResponseFieldOptional, where, "no longer required, so it may be missing");
            }

            CompareSchema(where, oldProperty, newProperty, direction);
        }

        foreach (var name in newProperties.Keys.Where(n => !oldProperties.ContainsKey(n)))
        {
            if (direction == Direction.Request && newRequired.Contains(name))
            {
                Add(ChangeKinds.RequestFieldRequired, $"{location}.{name}", "new required field");
            }
            else
            {
                Add(ChangeKinds.OptionalFieldAdded, $"{location}.{name}", "new optional field");
            }
        }
    }

    /// <summary>The schema's properties; in a request, read-only ones are left out because the client never sends them.</summary>
    private static Dictionary<string, JToken> Properties(JObject schema, Direction direction) =>
        ((schema["properties"] as JObject)?.Properties() ?? [])
        .Where(p => direction == Direction.Response || p.Value.Value<bool?>("readOnly") != true)
        .ToDictionary(p => p.Name, p => p.Value);

    private static HashSet<string> Required(JObject schema) =>
        (schema["required"] as JArray)?.Select(v => v.ToString()).ToHashSet() ?? [];
}
