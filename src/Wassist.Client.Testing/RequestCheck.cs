using System;
using System.Collections.Generic;
using System.Linq;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Wassist.Testing
{
    /// <summary>Checks a request's parameters and body against its operation, answering 400 (or 415) as the API would.</summary>
    internal static class RequestCheck
    {
        /// <summary>Path and query parameters against their schemas: a 400 naming each bad one, or null.</summary>
        internal static FakeResponse? Parameters(SchemaValidator validator, ApiOperation operation, Dictionary<string, string> pathValues, Uri uri)
        {
            var query = QueryString.Parse(uri.Query);
            var errors = new JObject();
            foreach (var parameter in operation.Parameters)
            {
                var name = (string?)parameter["name"] ?? "";
                var values = (string?)parameter["in"] switch
                {
                    "path" => pathValues.TryGetValue(name, out var value) ? new[] { value } : new string[0],
                    "query" => query.Where(p => p.Key == name).Select(p => p.Value).ToArray(),
                    _ => null,
                };
                if (values is null)
                {
                    continue;
                }

                if (values.Length == 0)
                {
                    if ((bool?)parameter["required"] == true)
                    {
                        errors[name] = new JArray("This field is required.");
                    }

                    continue;
                }

                if (validator.Validate(new JValue(values.Last()), parameter["schema"], request: true) is { } error)
                {
                    errors[name] = error;
                }
            }

            return errors.Count == 0 ? null : FakeResponse.Json(400, errors);
        }

        /// <summary>
        /// The JSON body against the operation's request schema: a 400 with the DRF field errors (or the parse error),
        /// a 415 for a body that is not JSON, or null with the parsed body. A required body left empty is read as
        /// <c>{}</c>, as DRF does, so its required fields are reported.
        /// </summary>
        internal static FakeResponse? Body(SchemaValidator validator, ApiOperation operation, string? mediaType, string? body, out JToken? parsed)
        {
            parsed = null;
            if (operation.RequestBody is null)
            {
                return null;
            }

            if (string.IsNullOrWhiteSpace(body))
            {
                if (!operation.RequestBodyRequired)
                {
                    return null;
                }

                parsed = new JObject();
            }
            else if (mediaType is not null && !mediaType.EndsWith("json", StringComparison.OrdinalIgnoreCase))
            {
                return FakeResponse.Detail(415, $"Unsupported media type \"{mediaType}\" in request. Send JSON with Content-Type: application/json.");
            }
            else
            {
                try
                {
                    parsed = ApiDescription.ParseJson(body!);
                }
                catch (JsonReaderException e)
                {
                    return FakeResponse.Detail(400, "JSON parse error - " + e.Message);
                }
            }

            var errors = validator.ValidateObject(parsed!, operation.RequestSchema, request: true);
            return errors is null ? null : FakeResponse.Json(400, errors);
        }
    }
}
