using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Wassist
{
    /// <summary>
    /// Reads the error body forms the API is known to send: <c>{error, code}</c>, <c>{error: {message, code}}</c>,
    /// <c>{error}</c>, <c>{detail}</c>, <c>{message}</c>, field errors <c>{field: [messages]}</c> and the rate-limit
    /// body <c>{retry_after: seconds}</c>. Anything else (HTML, empty, truncated) yields no details.
    /// </summary>
    internal sealed class ApiErrorBody
    {
        private static readonly string[] MessageFields = ["error", "detail", "message"];

        internal static readonly ApiErrorBody Empty = new(null, null, new Dictionary<string, IReadOnlyList<string>>(), null);

        private ApiErrorBody(string? code, string? message, IReadOnlyDictionary<string, IReadOnlyList<string>> fieldErrors, TimeSpan? retryAfter)
        {
            Code = code;
            Message = message;
            FieldErrors = fieldErrors;
            RetryAfter = retryAfter;
        }

        internal string? Code { get; }

        internal string? Message { get; }

        internal IReadOnlyDictionary<string, IReadOnlyList<string>> FieldErrors { get; }

        /// <summary>The body's <c>retry_after</c> (seconds), when it has a usable one.</summary>
        internal TimeSpan? RetryAfter { get; }

        /// <summary>One line for an exception message: the text and code, or the field errors.</summary>
        internal string? Summary
        {
            get
            {
                if (Message is not null)
                {
                    return Code is null ? Message : $"{Message} (code {Code})";
                }

                if (FieldErrors.Count > 0)
                {
                    return string.Join("; ", FieldErrors.Select(f => $"{f.Key}: {string.Join(" ", f.Value)}"));
                }

                return RetryAfter is { } wait ? $"retry after {wait.TotalSeconds.ToString(CultureInfo.InvariantCulture)} s" : null;
            }
        }

        internal static ApiErrorBody Parse(string? body)
        {
            if (string.IsNullOrWhiteSpace(body) || body!.TrimStart()[0] != '{')
            {
                return Empty;
            }

            JObject json;
            try
            {
                json = JObject.Parse(body);
            }
            catch (JsonException)
            {
                return Empty;
            }

            // {"error": {"message": ..., "code": ...}} is read like the flat envelope.
            var nested = json["error"] as JObject;
            var message = MessageFields.Select(f => json[f]).Concat([nested?["message"]]).OfType<JValue>()
                .Select(v => v.Value?.ToString()).FirstOrDefault(m => !string.IsNullOrEmpty(m));
            var code = ((json["code"] ?? nested?["code"]) as JValue)?.Value?.ToString();
            var fieldErrors = new Dictionary<string, IReadOnlyList<string>>();
            foreach (var property in json.Properties())
            {
                if (property.Value is JArray messages && messages.All(m => m.Type == JTokenType.String))
                {
                    fieldErrors[property.Name] = messages.Select(m => (string)m!).ToList();
                }
            }

            return new ApiErrorBody(code, message, fieldErrors, Seconds(json["retry_after"]));
        }

        private static TimeSpan? Seconds(JToken? token)
        {
            if (token is not JValue { Value: not null } value)
            {
                return null;
            }

            var text = Convert.ToString(value.Value, CultureInfo.InvariantCulture);
            return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) && seconds >= 0 && seconds < 86400 * 7
                ? TimeSpan.FromSeconds(seconds)
                : null;
        }
    }
}
