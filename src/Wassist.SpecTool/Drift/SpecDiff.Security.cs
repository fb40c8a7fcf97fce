using System;
using System.Collections.Generic;
using System.Linq;
using Newtonsoft.Json.Linq;

namespace Wassist.SpecTool.Drift;

/// <summary>
/// Authentication: the client sends its API key the way the description's apiKey scheme says (the header it names).
/// A scheme removed or changed breaks the client, and so does an operation that no longer accepts an API key.
/// </summary>
public sealed partial class SpecDiff
{
    private const string NoAuthentication = "none";

    private void CompareSecuritySchemes()
    {
        var oldSchemes = SecuritySchemes(_old);
        var newSchemes = SecuritySchemes(_new);
        foreach (var (name, oldScheme) in oldSchemes)
        {
            var where = $"security scheme {name}";
            if (!newSchemes.TryGetValue(name, out var newScheme))
            {
                Add(ChangeKinds.SecuritySchemeRemoved, where, $"removed (it was {DescribeScheme(oldScheme)})");
            }
            else if (!string.Equals(DescribeScheme(oldScheme), DescribeScheme(newScheme), StringComparison.OrdinalIgnoreCase))
            {
                Add(ChangeKinds.SecuritySchemeChanged, where, $"{DescribeScheme(oldScheme)} is now {DescribeScheme(newScheme)}");
            }
        }

        foreach (var (name, newScheme) in newSchemes.Where(s => !oldSchemes.ContainsKey(s.Key)))
        {
            Add(ChangeKinds.SecuritySchemeAdded, $"security scheme {name}", $"new: {DescribeScheme(newScheme)}");
        }
    }

    private static Dictionary<string, JObject> SecuritySchemes(JObject document) =>
        ((document.SelectToken("components.securitySchemes") as JObject)?.Properties() ?? [])
        .Where(p => p.Value is JObject).ToDictionary(p => p.Name, p => (JObject)p.Value);

    /// <summary>How the scheme carries the credential; header names compare case-insensitively, as HTTP does.</summary>
    private static string DescribeScheme(JObject scheme) => scheme.Value<string>("type") switch
    {
        "apiKey" => $"apiKey in {scheme.Value<string>("in")} '{scheme.Value<string>("name")}'",
        "http" => $"http {scheme.Value<string>("scheme")}",
        var type => $"{type} {new JObject(scheme.Properties().Where(p => p.Name is not ("type" or "description"))).ToString(Newtonsoft.Json.Formatting.None)}",
    };

    private void CompareSecurity(string location, OpenApiOperation oldOperation, OpenApiOperation newOperation)
    {
        var oldAlternatives = SecurityAlternatives(_old, oldOperation);
        var newAlternatives = SecurityAlternatives(_new, newOperation);
        if (oldAlternatives.SetEquals(newAlternatives))
        {
            return;
        }

        var described = $"accepted {string.Join(" or ", oldAlternatives)}, now {string.Join(" or ", newAlternatives)}";
        if (oldAlternatives.Any(a => AcceptsApiKey(_old, a)) && !newAlternatives.Any(a => AcceptsApiKey(_new, a)))
        {
            Add(ChangeKinds.ApiKeyNotAccepted, location, $"the API key no longer authorises it: {described}");
        }
        else
        {
            Add(ChangeKinds.SecurityRequirementChanged, location, described);
        }
    }

    /// <summary>
    /// The ways the operation may be authorised, each the scheme names of one requirement joined with '+':
    /// the operation's <c>security</c>, else the document's; an empty requirement or none at all is "none".
    /// </summary>
    private static HashSet<string> SecurityAlternatives(JObject document, OpenApiOperation operation)
    {
        var requirements = (operation.Node["security"] ?? document["security"]) as JArray ?? [];
        var alternatives = requirements.OfType<JObject>()
            .Select(r => r.Count == 0 ? NoAuthentication : string.Join("+", r.Properties().Select(p => p.Name).OrderBy(n => n, StringComparer.Ordinal)))
            .ToHashSet();
        return alternatives.Count == 0 ? [NoAuthentication] : alternatives;
    }

    /// <summary>Whether an API key alone satisfies the requirement: no scheme, or apiKey schemes only.</summary>
    private static bool AcceptsApiKey(JObject document, string alternative) =>
        alternative == NoAuthentication ||
        alternative.Split('+').All(name => SecuritySchemes(document).GetValueOrDefault(name)?.Value<string>("type") == "apiKey");
}
