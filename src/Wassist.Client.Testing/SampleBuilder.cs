using System;
using System.Globalization;
using System.Linq;
using Newtonsoft.Json.Linq;

namespace Wassist.Testing
{
    /// <summary>
    /// The smallest value a schema accepts: required properties only, the first choice of an enum, empty strings and
    /// lists (or as many items as <c>minItems</c> asks), zero or the minimum for numbers; uuid, date-time and uri
    /// strings in their format.
    /// </summary>
    internal sealed class SampleBuilder
    {
        private const int MaxDepth = 16;
        private readonly ApiDescription _description;

        internal SampleBuilder(ApiDescription description) => _description = description;

        /// <summary>Now as the API writes times: UTC, microseconds, <c>Z</c>.</summary>
        internal static string Now() => DateTime.UtcNow.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture);

        internal JToken Build(JToken? schema) => Build(schema, 0);

        private JToken Build(JToken? schema, int depth)
        {
            var s = _description.Resolve(schema);
            if (s["enum"] is JArray choices && choices.FirstOrDefault(c => c.Type != JTokenType.Null) is { } first)
            {
                return first.DeepClone();
            }

            switch ((string?)s["type"] ?? (s["properties"] is not null ? "object" : null))
            {
                case "string":
                    return new JValue(String(s));
                case "integer":
                case "number":
                    return s["minimum"] is JValue minimum && (decimal)minimum > 0 ? minimum.DeepClone() : new JValue(0);
                case "boolean":
                    return new JValue(false);
                case "array":
                    var items = new JArray();
                    for (var i = 0; i < ((int?)s["minItems"] ?? 0) && depth < MaxDepth; i++)
                    {
                        items.Add(Build(s["items"], depth + 1));
                    }

                    return items;
                case "object":
                    var result = new JObject();
                    var properties = (JObject?)s["properties"] ?? new JObject();
                    foreach (var name in ((JArray?)s["required"] ?? new JArray()).Select(r => (string)r!))
                    {
                        result[name] = depth < MaxDepth ? Build(properties[name], depth + 1) : JValue.CreateNull();
                    }

                    return result;
                default:
                    return JValue.CreateNull();
            }
        }

        private static string String(JObject s)
        {
            switch ((string?)s["format"])
            {
                case "uuid": return Guid.NewGuid().ToString();
                case "date-time": return Now();
                case "uri": return "https://example.com/";
                default: return new string('x', Math.Max(0, (int?)s["minLength"] ?? 0));
            }
        }
    }
}
