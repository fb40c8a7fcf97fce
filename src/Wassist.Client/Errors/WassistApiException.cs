using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;

namespace Wassist
{
    /// <summary>
    /// The API answered with an error status, or with a body the client could not read. Carries the status, the
    /// error code and message the body gave, the request id, and the body with the API key redacted.
    /// </summary>
    public class WassistApiException : Exception
    {
        private const int MaxBodyInMessage = 300;

        /// <summary>The constructor generated code calls; <paramref name="response"/> must already be redacted.</summary>
        public WassistApiException(string message, int statusCode, string? response, IReadOnlyDictionary<string, IEnumerable<string>> headers, Exception? innerException)
            : base(message, innerException)
        {
            StatusCode = statusCode;
            Response = response;
            Headers = headers;
            RequestId = FirstHeader(headers, "X-Request-Id");
        }

        private WassistApiException(string message, int statusCode, string? response, IReadOnlyDictionary<string, IEnumerable<string>> headers, ApiErrorBody error)
            : this(message, statusCode, response, headers, innerException: null)
        {
            ErrorCode = error.Code;
            ErrorMessage = error.Message;
            FieldErrors = error.FieldErrors;
        }

        /// <summary>HTTP status of the response.</summary>
        public int StatusCode { get; }

        /// <summary>The response body as received, with the API key redacted; null when there was none.</summary>
        public string? Response { get; }

        /// <summary>Response and content headers.</summary>
        public IReadOnlyDictionary<string, IEnumerable<string>> Headers { get; }

        /// <summary>The <c>X-Request-Id</c> response header, to quote when contacting Wassist support.</summary>
        public string? RequestId { get; }

        /// <summary>The machine-readable <c>code</c> of the error body (e.g. <c>not_found</c>), when it has one.</summary>
        public string? ErrorCode { get; }

        /// <summary>The human-readable text of the error body (<c>error</c>, <c>detail</c> or <c>message</c>).</summary>
        public string? ErrorMessage { get; }

        /// <summary>Validation errors by field, from a body such as <c>{"name": ["This field is required."]}</c>.</summary>
        public IReadOnlyDictionary<string, IReadOnlyList<string>> FieldErrors { get; } = new Dictionary<string, IReadOnlyList<string>>();

        internal static WassistApiException FromResponse(HttpResponseMessage response, string? body, string apiKey)
        {
            var headers = response.Headers.Concat(response.Content?.Headers ?? Enumerable.Empty<KeyValuePair<string, IEnumerable<string>>>())
                .GroupBy(h => h.Key, StringComparer.OrdinalIgnoreCase)
                .ToDictionary(g => g.Key, g => g.SelectMany(h => h.Value), StringComparer.OrdinalIgnoreCase);
            var redacted = Redaction.Redact(body, apiKey);
            var error = ApiErrorBody.Parse(redacted);
            var status = (int)response.StatusCode;
            return new WassistApiException(Describe(status, response.ReasonPhrase, error, redacted), status, redacted, headers, error);
        }

        private static string Describe(int status, string? reason, ApiErrorBody error, string? body)
        {
            var text = $"Wassist API error {status}{(string.IsNullOrEmpty(reason) ? "" : " " + reason)}";
            var detail = error.Summary ?? Truncate(body);
            return string.IsNullOrWhiteSpace(detail) ? text + "." : $"{text}: {detail}";
        }

        private static string? Truncate(string? body) =>
            body is null || body.Length <= MaxBodyInMessage ? body : body.Substring(0, MaxBodyInMessage) + "…";

        private static string? FirstHeader(IReadOnlyDictionary<string, IEnumerable<string>> headers, string name) =>
            headers.FirstOrDefault(h => string.Equals(h.Key, name, StringComparison.OrdinalIgnoreCase)).Value?.FirstOrDefault();
    }
}
