using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using Newtonsoft.Json.Linq;

namespace Wassist.SpecTool;

/// <summary>
/// Gives the generated types and enum members .NET names, after every overlay has run (so overlays keep targeting
/// the published component names). NJsonSchema names a class after its component key, so a rename moves the key
/// and rewrites every <c>$ref</c>; two published components with one new name must be identical, and become one.
/// Enum members get PascalCase names through <c>x-enumNames</c>, and drf's "* `a` - a" enum descriptions leave the
/// docs. Vocabularies the server grows (<c>x-wassist-open-vocabularies</c>) become plain strings whose known values
/// the docs list. The map lives in the naming overlay; <see cref="Problems"/> rejects any name it leaves un-.NET-like.
/// </summary>
public static partial class TypeNames
{
    /// <summary>Published component name -> .NET type name.</summary>
    public const string MapExtension = "x-wassist-type-names";

    /// <summary>Published enum component names whose values the server extends: they become strings.</summary>
    public const string OpenVocabulariesExtension = "x-wassist-open-vocabularies";

    /// <summary>The known values of an open vocabulary, kept on the string schema it became.</summary>
    public const string KnownValuesExtension = "x-wassist-known-values";

    private const string SchemaRef = "#/components/schemas/";

    /// <summary>BCL types a user's file is likely to import alongside ours.</summary>
    private static readonly HashSet<string> BclClashes = ["FileInfo", "DirectoryInfo", "HttpMethod", "Action", "Task", "Version", "Uri", "Attribute", "Environment", "Path", "File", "Type", "Exception"];

    [GeneratedRegex("^[A-Z][A-Za-z0-9]*$")]
    private static partial Regex PascalCase();

    [GeneratedRegex("[A-Z]{3,}")]
    private static partial Regex UpperRun();

    [GeneratedRegex(@"^(\s*\*\s*`[^`]*`\s*-\s*[^\n]*\n?)+$")]
    private static partial Regex DrfEnumListing();

    public static void Apply(JObject document)
    {
        if (document.SelectToken("components.schemas") is not JObject schemas)
        {
            return;
        }

        var open = (document[OpenVocabulariesExtension] as JArray)?.Values<string>().OfType<string>().ToList() ?? [];
        foreach (var name in open)
        {
            OpenUp(schemas, name);
        }

        foreach (var property in (document[MapExtension] as JObject)?.Properties().ToList() ?? [])
        {
            Rename(document, schemas, property.Name, (string)property.Value!);
        }

        foreach (var schema in schemas.Properties().Select(p => p.Value).OfType<JObject>().Where(s => s["enum"] is JArray))
        {
            NameMembers(schema);
        }
    }

    /// <summary>One message per component or enum member whose name a .NET user would not guess, with the fix.</summary>
    public static IReadOnlyList<string> Problems(JObject document, string namingOverlay)
    {
        var problems = new List<string>();
        foreach (var schema in (document.SelectToken("components.schemas") as JObject)?.Properties() ?? [])
        {
            if (TypeNameProblem(schema.Name) is { } why)
            {
                problems.Add($"schema '{schema.Name}' {why}: add \"{schema.Name}\": \"<.NET name>\" to {MapExtension} in {namingOverlay}.");
            }

            var members = (schema.Value["x-enumNames"] as JArray)?.Values<string>().ToList() ?? [];
            foreach (var member in members.Where(m => m is null || !PascalCase().IsMatch(m) || UpperRun().IsMatch(m)))
            {
                problems.Add($"enum '{schema.Name}' member '{member}' is not PascalCase: set its x-enumNames in {namingOverlay}.");
            }

            foreach (var duplicate in members.GroupBy(m => m).Where(g => g.Count() > 1))
            {
                problems.Add($"enum '{schema.Name}' has two members named '{duplicate.Key}': set its x-enumNames in {namingOverlay}.");
            }
        }

        return problems;
    }

    public static void Validate(JObject document, string namingOverlay)
    {
        var problems = Problems(document, namingOverlay);
        if (problems.Count > 0)
        {
            throw new SpecToolException(string.Join("\n", problems));
        }
    }

    private static string? TypeNameProblem(string name) => name switch
    {
        _ when name.EndsWith("Enum", System.StringComparison.Ordinal) => "ends in 'Enum' (drf's component suffix)",
        _ when name.StartsWith("Patched", System.StringComparison.Ordinal) => "starts with 'Patched' (drf's PATCH body prefix)",
        _ when name.StartsWith("Paginated", System.StringComparison.Ordinal) => "starts with 'Paginated' (drf's page envelope prefix)",
        _ when name.EndsWith("ListList", System.StringComparison.Ordinal) => "ends in 'ListList' (drf's envelope of a list serializer)",
        _ when BclClashes.Contains(name) => "is also a .NET base library type",
        _ when name.Contains("Whatsapp") => "spells WhatsApp 'Whatsapp'",
        _ when !PascalCase().IsMatch(name) => "is not PascalCase",
        _ when UpperRun().IsMatch(name) => "has an all-caps run (write acronyms like 'Byoa', 'Api')",
        _ => null,
    };

    private static void Rename(JObject document, JObject schemas, string from, string to)
    {
        if (schemas.Property(from) is not { } source)
        {
            throw new SpecToolException($"{MapExtension} renames '{from}', which the description does not have: remove the entry or fix its name.");
        }

        if (schemas.Property(to) is { } existing)
        {
            if (!JToken.DeepEquals(existing.Value, source.Value))
            {
                throw new SpecToolException($"{MapExtension} renames '{from}' to '{to}', which is another, different schema: pick a name no schema has.");
            }

            source.Remove();
        }
        else
        {
            source.Replace(new JProperty(to, source.Value));
        }

        foreach (var reference in document.Descendants().OfType<JProperty>().Where(p => p.Name == "$ref" && (string?)p.Value == SchemaRef + from).ToList())
        {
            reference.Value = SchemaRef + to;
        }
    }

    /// <summary>An enum the server extends becomes a string: a new value then reads as itself, never as unknown.</summary>
    private static void OpenUp(JObject schemas, string name)
    {
        if (schemas[name] is not JObject schema || schema["enum"] is not JArray values)
        {
            throw new SpecToolException($"{OpenVocabulariesExtension} lists '{name}', which is not an enum schema of the description: remove it or fix its name.");
        }

        schema.Remove("enum");
        schema.Remove("description");
        schema[KnownValuesExtension] = values;
        var note = $"Known values: {string.Join(", ", values.Values<string>())}; the server may add others.";
        var reference = SchemaRef + name;
        var users = schemas.Descendants().OfType<JProperty>()
            .Where(p => p.Parent?.Parent is JProperty { Name: "properties" } && p.Value is JContainer c && c.Descendants().OfType<JProperty>().Any(r => r.Name == "$ref" && (string?)r.Value == reference));
        foreach (var user in users.Select(p => (JObject)p.Value).ToList())
        {
            var description = (string?)user["description"];
            user["description"] = string.IsNullOrWhiteSpace(description) ? note : $"{description} {note}";
        }
    }

    private static void NameMembers(JObject schema)
    {
        if ((string?)schema["description"] is { } description && DrfEnumListing().IsMatch(description))
        {
            schema.Remove("description");
        }

        if (schema["x-enumNames"] is null && schema["enum"]!.All(v => v.Type == JTokenType.String))
        {
            schema["x-enumNames"] = new JArray(schema["enum"]!.Values<string>().Select(v => MemberName(v!)));
        }
    }

    /// <summary>PascalCase of a wire value: <c>content_generation</c> is ContentGeneration, <c>UTILITY</c> is Utility.</summary>
    public static string MemberName(string value)
    {
        var name = new StringBuilder();
        foreach (var word in Regex.Split(value, "[^A-Za-z0-9]+").Where(w => w.Length > 0))
        {
            name.Append(char.ToUpperInvariant(word[0])).Append(word.Substring(1).ToLowerInvariant());
        }

        return name.Length > 0 && char.IsDigit(name[0]) ? "Value" + name : name.ToString();
    }
}
