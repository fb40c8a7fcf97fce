using System.Collections.Generic;
using System.Linq;
using Newtonsoft.Json.Linq;
using NJsonSchema;
using NJsonSchema.Validation;

namespace Wassist.LiveCheck;

/// <summary>
/// Compares an answer's JSON with the schema the description declares for it: NJsonSchema's violations (as OpenAPI 3,
/// so <c>nullable</c> counts) sorted into problem kinds, plus every field the schema does not declare, which JSON
/// Schema itself allows and so never reports.
/// </summary>
internal static class AnswerValidator
{
    internal static IReadOnlyList<Problem> Check(JsonSchema schema, JToken body)
    {
        var violations = Flatten(schema.Validate(body, SchemaType.OpenApi3)).Select(ToProblem);
        var undocumented = new List<Problem>();
        FindUndocumented(body, schema, "$", undocumented);
        return violations.Concat(undocumented).Distinct().ToList();
    }

    /// <summary>An NJsonSchema path (<c>#/results[0].active</c>) as a JSON path (<c>$.results[0].active</c>).</summary>
    internal static string JsonPath(string? schemaPath)
    {
        var rest = (schemaPath ?? "").TrimStart('#').TrimStart('/');
        return rest.Length == 0 ? "$" : rest[0] == '[' ? "$" + rest : "$." + rest;
    }

    private static Problem ToProblem(ValidationError error)
    {
        var path = JsonPath(error.Path);
        return error.Kind switch
        {
            ValidationErrorKind.PropertyRequired => new Problem(Problem.MissingRequired, path, $"the required field '{error.Property}' is missing"),
            ValidationErrorKind.NoAdditionalPropertiesAllowed => new Problem(Problem.UndocumentedField, path, "a field the description does not declare"),
            ValidationErrorKind.NotInEnumeration => new Problem(Problem.TypeMismatch, path, $"{Shown(error.Token)} is not one of the declared values {string.Join(", ", error.Schema?.Enumeration.Select(e => e?.ToString() ?? "null") ?? [])}"),
            _ when error.Token?.Type == JTokenType.Null => new Problem(Problem.NullNotAllowed, path, $"null where the description declares a non-nullable value ({error.Kind})"),
            _ => new Problem(Problem.TypeMismatch, path, $"{Shown(error.Token)} does not match the description ({error.Kind})"),
        };
    }

    private static string Shown(JToken? token) => token is null ? "the value" : $"{token.Type.ToString().ToLowerInvariant()} {Truncated(token.ToString(Newtonsoft.Json.Formatting.None))}";

    private static string Truncated(string text) => text.Length <= 40 ? text : text.Substring(0, 40) + "...";

    private static IEnumerable<ValidationError> Flatten(IEnumerable<ValidationError> errors) =>
        errors.SelectMany(e => e is ChildSchemaValidationError child && child.Errors.Count > 0
            ? Flatten(child.Errors.Values.SelectMany(v => v))
            : [e]);

    /// <summary>Adds a problem for each object member, at any depth, that no schema applying to its object declares.</summary>
    private static void FindUndocumented(JToken token, JsonSchema schema, string path, List<Problem> found)
    {
        var members = Members(schema).ToList();
        if (token is JObject obj)
        {
            var declared = new Dictionary<string, JsonSchema>();
            foreach (var property in members.SelectMany(m => m.Properties))
            {
                declared.TryAdd(property.Key, property.Value);
            }

            var map = members.Select(m => m.AdditionalPropertiesSchema).FirstOrDefault(s => s is not null);
            foreach (var property in obj.Properties())
            {
                var at = $"{path}.{property.Name}";
                var propertySchema = declared.TryGetValue(property.Name, out var named) ? named : map;
                if (propertySchema is not null)
                {
                    FindUndocumented(property.Value, propertySchema, at, found);
                }
                else if (declared.Count > 0)
                {
                    // An object schema that declares no properties at all is free-form: anything in it is documented.
                    found.Add(new Problem(Problem.UndocumentedField, at, $"a {property.Value.Type.ToString().ToLowerInvariant()} field the description does not declare"));
                }
            }
        }
        else if (token is JArray array && members.Select(m => m.Item).FirstOrDefault(i => i is not null) is { } item)
        {
            for (var i = 0; i < array.Count; i++)
            {
                FindUndocumented(array[i], item, $"{path}[{i}]", found);
            }
        }
    }

    /// <summary>The schema itself and every schema it combines (allOf, oneOf, anyOf), references followed.</summary>
    private static IEnumerable<JsonSchema> Members(JsonSchema schema)
    {
        var actual = schema.ActualSchema;
        yield return actual;
        foreach (var member in actual.AllOf.Concat(actual.OneOf).Concat(actual.AnyOf).SelectMany(Members))
        {
            yield return member;
        }
    }
}
