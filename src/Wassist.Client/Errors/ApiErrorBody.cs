using System.Collections.Generic;
using System.Linq;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Wassist
{
    /// <summary>
    /// Reads the error body forms the API is known to send: <c>{error, code}</c>, <c>{error}</c>, <c>{detail}</c>,
    /// <c>{message}</c> and field errors <c>{field: [messages]}</c>. Anything else (HTML, empty) yields no details.
    /// </summary>
    internal sealed class ApiErrorBody
    {
        private static readonly string[] MessageFields = ["error", "detail", "message"];

        private ApiErrorBody(string? code, string? message, IReadOnlyDictionary<string, IReadOnlyList<string>> fieldErrors)
        {
            Code = code;
            Message = message;
            FieldErrors = fieldErrors;
        }

        internal string? Code { get; }

        internal string? Message { get; }

        internal IReadOnlyDictionary<string, IReadOnlyList<string>> FieldErrors { get; }

        /// <summary>One line for an exception message: the text and code, or the field errors.</summary>
        internal string? Summary
        {
            get
            {
                if (Message is not null)
                {
                    return Code is null ? Message : $"{Message} (code {Code})";
                }

                return FieldErrors.Count == 0
                    ? null
                    : string.Join("; ", FieldErrors.Select(f => $"{f.Key}: {string.Join(" ", f.Value)}"));
            }
        }

        internal static ApiErrorBody Parse(string? body)
        {
            var empty = new ApiErrorBody(null, null, new Dictionary<string, IReadOnlyList<string>>());
            if (string.IsNullOrWhiteSpace(body) || body!.TrimStart()[0] != '{')
            {
                return empty;
            }

            JObject json;
            try
            {
                json = JObject.Parse(body);
            }
            catch (JsonException)
            {
                return empty;
            }

            var message = MessageFields.Select(f => json[f]).OfType<JValue>().Select(v => v.Value?.ToString()).FirstOrDefault(m => !string.IsNullOrEmpty(m));
            var code = (json["code"] as JValue)?.Value?.ToString();
            var fieldErrors = new Dictionary<string, IReadOnlyList<string>>();
            foreach (var property in json.Properties())
            {
                if (property.Value is JArray messages && messages.All(m => m.Type == JTokenType.String))
                {
                    fieldErrors[property.Name] = messages.Select(m => (string)m!).ToList();
                }
            }

            return new ApiErrorBody(code, message, fieldErrors);
        }
    }
}
