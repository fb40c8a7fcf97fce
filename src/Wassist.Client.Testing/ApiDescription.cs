using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Wassist.Testing
{
    /// <summary>
    /// The effective API description (the one Wassist.Client is generated from), read from the embedded resource:
    /// its operations, and its schemas with <c>$ref</c> and <c>allOf</c> resolved.
    /// </summary>
    internal sealed class ApiDescription
    {
        private static readonly string[] Methods = { "get", "post", "put", "patch", "delete" };
        private static readonly Lazy<ApiDescription> EffectiveDescription = new Lazy<ApiDescription>(LoadEffective);

        private readonly JObject _schemas;

        internal ApiDescription(JObject document)
        {
            _schemas = (JObject?)document.SelectToken("components.schemas") ?? new JObject();
            Operations = ((JObject?)document["paths"] ?? new JObject()).Properties()
                .SelectMany(path => Methods
                    .Where(method => path.Value[method] is JObject)
                    .Select(method => new ApiOperation(method.ToUpperInvariant(), path.Name, (JObject)path.Value[method]!)))
                .ToList();
        }

        /// <summary>The description embedded in this assembly.</summary>
        internal static ApiDescription Effective => EffectiveDescription.Value;

        internal IReadOnlyList<ApiOperation> Operations { get; }

        /// <summary>Parses JSON as the API writes it: date strings stay strings.</summary>
        internal static JToken ParseJson(string json)
        {
            using var reader = new JsonTextReader(new StringReader(json)) { DateParseHandling = DateParseHandling.None, FloatParseHandling = FloatParseHandling.Decimal };
            var token = JToken.ReadFrom(reader);
            if (reader.Read())
            {
                throw new JsonReaderException("Additional text found after the JSON value.");
            }

            return token;
        }

        /// <summary>
        /// The schema with <c>$ref</c> followed and <c>allOf</c> members merged into one object; keywords next to them
        /// (<c>nullable</c>, <c>readOnly</c>) win over the referenced schema's.
        /// </summary>
        internal JObject Resolve(JToken? schema)
        {
            if (schema is not JObject s)
            {
                return new JObject();
            }

            JObject? resolved = null;
            if (s["$ref"] is JValue reference)
            {
                var name = ((string)reference!).Split('/').Last();
                resolved = Resolve(_schemas[name] ?? throw new InvalidOperationException($"The description has no schema '{name}'."));
            }

            if (s["allOf"] is JArray members)
            {
                resolved ??= new JObject();
                foreach (var member in members)
                {
                    Merge(resolved, Resolve(member));
                }
            }

            if (resolved is null)
            {
                return s;
            }

            var result = new JObject();
            Merge(result, resolved);
            Merge(result, new JObject(s.Properties().Where(p => p.Name != "$ref" && p.Name != "allOf")));
            return result;
        }

        private static void Merge(JObject target, JObject source)
        {
            foreach (var property in source.Properties())
            {
                if (property.Name == "properties" && target["properties"] is JObject properties && property.Value is JObject more)
                {
                    foreach (var p in more.Properties())
                    {
                        properties[p.Name] = p.Value.DeepClone();
                    }
                }
                else if (property.Name == "required" && target["required"] is JArray required && property.Value is JArray moreRequired)
                {
                    foreach (var name in moreRequired.Where(n => !required.Any(r => JToken.DeepEquals(r, n))))
                    {
                        required.Add(name.DeepClone());
                    }
                }
                else
                {
                    target[property.Name] = property.Value.DeepClone();
                }
            }
        }

        private static ApiDescription LoadEffective()
        {
            const string name = "Wassist.Testing.wassist.effective.json";
            using var stream = typeof(ApiDescription).Assembly.GetManifestResourceStream(name)
                ?? throw new InvalidOperationException($"The embedded API description '{name}' is missing from {typeof(ApiDescription).Assembly.GetName().Name}.");
            using var reader = new StreamReader(stream);
            return new ApiDescription((JObject)ParseJson(reader.ReadToEnd()));
        }
    }
}
