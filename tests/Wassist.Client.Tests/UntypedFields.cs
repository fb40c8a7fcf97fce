using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using Newtonsoft.Json;

namespace Wassist.Client.Tests;

/// <summary>
/// The fields of a read or built model graph that landed in a model's <c>AdditionalProperties</c> instead of a typed
/// property, by JSON path (<c>$[0].text.id</c>). A field the model should type but does not (renamed, removed, or never declared) shows
/// up here, where a JSON round trip would hide it: the extension data is written back unchanged.
/// </summary>
internal static class UntypedFields
{
    public static IReadOnlyList<string> In(object? graph)
    {
        var found = new List<string>();
        Walk(graph, "$", found);
        return found;
    }

    private static void Walk(object? value, string path, List<string> found)
    {
        switch (value)
        {
            case null or string:
                return;
            case IDictionary dictionary:
                foreach (DictionaryEntry entry in dictionary)
                {
                    Walk(entry.Value, $"{path}.{entry.Key}", found);
                }

                return;
            case IEnumerable items when value.GetType().Assembly == typeof(WassistClient).Assembly || value.GetType().Namespace?.StartsWith("System", System.StringComparison.Ordinal) == true:
                var index = 0;
                foreach (var item in items)
                {
                    Walk(item, $"{path}[{index++}]", found);
                }

                return;
        }

        var type = value.GetType();
        if (type.Assembly != typeof(WassistClient).Assembly || type.IsEnum)
        {
            return;
        }

        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.GetIndexParameters().Length == 0))
        {
            if (property.Name == "AdditionalProperties" && property.GetValue(value) is IDictionary<string, object> extra)
            {
                found.AddRange(extra.Keys.Select(key => $"{path}.{key}"));
            }
            else
            {
                Walk(property.GetValue(value), $"{path}.{property.GetCustomAttribute<JsonPropertyAttribute>()?.PropertyName ?? property.Name}", found);
            }
        }
    }
}
