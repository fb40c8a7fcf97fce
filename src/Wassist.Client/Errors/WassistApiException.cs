using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;

namespace Wassist
{
    /// <summary>
    /// The API answered with an error status, or with a body the client could not read. Carries the status, the
    /// error code and message the body gave, the request id, how long to wait before retrying, and the body with
    /// client secrets redacted. Catch a subclass to branch: <see cref="WassistAuthenticationException"/> (401, and 403 as
    /// its subclass <see cref="WassistPermissionException"/>), <see cref="WassistNotFoundException"/> (404),
    /// <see cref="WassistConflictException"/> (409), <see cref="WassistValidationException"/> (400, 422),
    /// <see cref="WassistRateLimitException"/> (429), <see cref="WassistServerException"/> (5xx) and
    /// <see cref="WassistTimeoutException"/> (no answer in time) and <see cref="WassistConnectionException"/> (no
    /// connection, after the retries).
    /// </summary>
    public class WassistApiException : Exception
    {
        private const int MaxBodyInMessage = 300;

        /// <summary>
        /// The constructor generated code calls. Everything it carries (message, body, headers, inner exceptions) is
        /// redacted here, whichever path built it, so no client secret reaches a log through an exception.
        /// </summary>
        public WassistApiException(string message, int statusCode, string? response, IReadOnlyDictionary<string, IEnumerable<string>> headers, Exception? innerException)
            : base(Redaction.Redact(message)!, RedactedException.Of(innerException))
        {
            StatusCode = statusCode;
            Response = Redaction.Redact(response);
            Headers = Redact(headers);
            RequestId = FirstHeader(Headers, "X-Request-Id");
            RetryAfter = Wassist.RetryAfter.FromHeaders(Headers, DateTimeOffset.UtcNow);
        }

        private protected WassistApiException(string message, int statusCode, string? response, IReadOnlyDictionary<string, IEnumerable<string>> headers, ApiErrorBody error)
            : this(message, statusCode, response, headers, innerException: null)
        {
            ErrorCode = Redaction.Redact(error.Code);
            ErrorMessage = Redaction.Redact(error.Message);
            FieldErrors = error.FieldErrors.ToDictionary(
                f => Redaction.Redact(f.Key)!,
                f => (IReadOnlyList<string>)f.Value.Select(m => Redaction.Redact(m)!).ToList());
            RetryAfter ??= error.RetryAfter;
        }

        /// <summary>HTTP status of the response.</summary>
        public int StatusCode { get; }

        /// <summary>The response body as received, with client secrets redacted; null when there was none.</summary>
        public string? Response { get; }

        /// <summary>Response and content headers, with client secrets redacted.</summary>
        public IReadOnlyDictionary<string, IEnumerable<string>> Headers { get; }

        /// <summary>The <c>X-Request-Id</c> response header, to quote when contacting Wassist support.</summary>
        public string? RequestId { get; }

        /// <summary>The machine-readable <c>code</c> of the error body (e.g. <c>not_found</c>), when it has one.</summary>
        public string? ErrorCode { get; }

        /// <summary>The human-readable text of the error body (<c>error</c>, <c>detail</c> or <c>message</c>).</summary>
        public string? ErrorMessage { get; }

        /// <summary>Validation errors by field, from a body such as <c>{"name": ["This field is required."]}</c>.</summary>
        public IReadOnlyDictionary<string, IReadOnlyList<string>> FieldErrors { get; } = new Dictionary<string, IReadOnlyList<string>>();

        /// <summary>
        /// How long the API asked to wait before trying again: the <c>Retry-After</c> header (seconds or an HTTP date),
        /// else the body's <c>retry_after</c>; null when it named none.
        /// </summary>
        public TimeSpan? RetryAfter { get; }

        internal static WassistApiException FromResponse(HttpResponseMessage response, string? body)
        {
            var headers = HeadersOf(response);
            var redacted = Redaction.Redact(body);
            var error = ApiErrorBody.Parse(redacted);
            var status = (int)response.StatusCode;
            var message = Describe(status, response.ReasonPhrase, error, redacted);
            return status switch
            {
                401 => new WassistAuthenticationException(message, status, redacted, headers, error),
                403 => new WassistPermissionException(message, status, redacted, headers, error),
                404 => new WassistNotFoundException(message, status, redacted, headers, error),
                409 => new WassistConflictException(message, status, redacted, headers, error),
                400 or 422 => new WassistValidationException(message, status, redacted, headers, error),
                429 => new WassistRateLimitException(message, status, redacted, headers, error),
                >= 500 => new WassistServerException(message, status, redacted, headers, error),
                _ => new WassistApiException(message, status, redacted, headers, error),
            };
        }

        /// <summary>A 2xx response whose body broke off before it was complete.</summary>
        internal static WassistApiException Truncated(HttpResponseMessage response, Exception inner) =>
            new($"Wassist API response {(int)response.StatusCode} ended before its body was complete: {inner.Message}", (int)response.StatusCode, null, HeadersOf(response), inner);

        internal static IReadOnlyDictionary<string, IEnumerable<string>> HeadersOf(HttpResponseMessage response) =>
            response.Headers.Concat(response.Content?.Headers ?? Enumerable.Empty<KeyValuePair<string, IEnumerable<string>>>())
                .GroupBy(h => h.Key, StringComparer.OrdinalIgnoreCase)
                .ToDictionary(g => g.Key, g => g.SelectMany(h => h.Value), StringComparer.OrdinalIgnoreCase);

        private static IReadOnlyDictionary<string, IEnumerable<string>> Redact(IReadOnlyDictionary<string, IEnumerable<string>>? headers) =>
            (headers ?? new Dictionary<string, IEnumerable<string>>()).ToDictionary(
                h => h.Key,
                h => (IEnumerable<string>)h.Value.Select(v => Redaction.Redact(v)!).ToList(),
                StringComparer.OrdinalIgnoreCase);

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

    /// <summary>401: the credentials are missing, wrong or revoked; 403 is the subclass <see cref="WassistPermissionException"/>.</summary>
    public class WassistAuthenticationException : WassistApiException
    {
        internal WassistAuthenticationException(string message, int statusCode, string? response, IReadOnlyDictionary<string, IEnumerable<string>> headers, ApiErrorBody error)
            : base(message, statusCode, response, headers, error)
        {
        }
    }

    /// <summary>404: the resource (agent, conversation, number, ...) does not exist or is not visible to this key.</summary>
    public sealed class WassistNotFoundException : WassistApiException
    {
        internal WassistNotFoundException(string message, int statusCode, string? response, IReadOnlyDictionary<string, IEnumerable<string>> headers, ApiErrorBody error)
            : base(message, statusCode, response, headers, error)
        {
        }
    }

    /// <summary>400 or 422: the request was refused; <see cref="WassistApiException.FieldErrors"/> says which fields were wrong.</summary>
    public sealed class WassistValidationException : WassistApiException
    {
        internal WassistValidationException(string message, int statusCode, string? response, IReadOnlyDictionary<string, IEnumerable<string>> headers, ApiErrorBody error)
            : base(message, statusCode, response, headers, error)
        {
        }
    }

    /// <summary>429: more than the key's request budget (100 a minute); wait <see cref="WassistApiException.RetryAfter"/>.</summary>
    public sealed class WassistRateLimitException : WassistApiException
    {
        internal WassistRateLimitException(string message, int statusCode, string? response, IReadOnlyDictionary<string, IEnumerable<string>> headers, ApiErrorBody error)
            : base(message, statusCode, response, headers, error)
        {
        }
    }
}
