using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Newtonsoft.Json.Linq;

namespace Wassist.Testing
{
    /// <summary>One operation of the description: its route, parameters, request body and success response.</summary>
    internal sealed class ApiOperation
    {
        internal ApiOperation(string method, string pathTemplate, JObject operation)
        {
            Method = method;
            PathTemplate = pathTemplate;
            OperationId = (string?)operation["operationId"] ?? method + " " + pathTemplate;
            Segments = Split(pathTemplate);
            Parameters = ((JArray?)operation["parameters"] ?? new JArray()).OfType<JObject>().ToList();
            RequestBody = (JObject?)operation["requestBody"];

            var success = ((JObject?)operation["responses"] ?? new JObject()).Properties()
                .Where(r => r.Name.Length == 3 && r.Name[0] == '2')
                .OrderBy(r => r.Name, StringComparer.Ordinal)
                .FirstOrDefault();
            SuccessStatus = success is null ? 200 : int.Parse(success.Name, CultureInfo.InvariantCulture);
            ResponseSchema = success?.Value.SelectToken("content['application/json'].schema");
        }

        internal string Method { get; }

        internal string PathTemplate { get; }

        internal string OperationId { get; }

        /// <summary>The path split at <c>/</c>, without the empty first and last parts.</summary>
        internal IReadOnlyList<string> Segments { get; }

        internal IReadOnlyList<JObject> Parameters { get; }

        internal JObject? RequestBody { get; }

        internal int SuccessStatus { get; }

        /// <summary>The JSON schema of the success response, or null when it has no body.</summary>
        internal JToken? ResponseSchema { get; }

        internal JToken? RequestSchema => RequestBody?.SelectToken("content['application/json'].schema");

        internal bool RequestBodyRequired => (bool?)RequestBody?["required"] ?? false;

        internal bool DeclaresQuery(string name) => Parameters.Any(p => (string?)p["in"] == "query" && (string?)p["name"] == name);

        internal static bool IsParameter(string segment) => segment.Length > 2 && segment[0] == '{' && segment[segment.Length - 1] == '}';

        internal static IReadOnlyList<string> Split(string path) => path.Split(new[] { '/' }, StringSplitOptions.RemoveEmptyEntries);

        /// <summary>Path parameter values by name when the path matches this operation's template, else null.</summary>
        internal Dictionary<string, string>? Match(IReadOnlyList<string> segments)
        {
            if (segments.Count != Segments.Count)
            {
                return null;
            }

            var values = new Dictionary<string, string>(StringComparer.Ordinal);
            for (var i = 0; i < segments.Count; i++)
            {
                if (IsParameter(Segments[i]))
                {
                    values[Segments[i].Substring(1, Segments[i].Length - 2)] = segments[i];
                }
                else if (!string.Equals(Segments[i], segments[i], StringComparison.Ordinal))
                {
                    return null;
                }
            }

            return values;
        }

        /// <summary>How many literal segments the template has: a literal route wins over a parameter one.</summary>
        internal int LiteralCount => Segments.Count(s => !IsParameter(s));

        public override string ToString() => $"{OperationId} ({Method} {PathTemplate})";
    }
}
