using System;
using System.Collections.Generic;

namespace Wassist
{
    /// <summary>
    /// Settings for one call, passed as the <c>requestOptions</c> argument of any operation; each one left unset keeps
    /// the client's <see cref="WassistClientOptions"/>. Checked before anything is sent: a bad value throws an
    /// <see cref="ArgumentException"/> that names the property.
    /// </summary>
    /// <remarks>
    /// <see cref="Timeout"/> and <see cref="MaxRetries"/> are applied by <see cref="WassistRetryHandler"/>, which
    /// every client built from <see cref="WassistClientOptions"/> has; a caller-owned <see cref="System.Net.Http.HttpClient"/>
    /// needs it in its pipeline for them to take effect.
    /// </remarks>
    public sealed class WassistRequestOptions
    {
        /// <summary>The header <see cref="IdempotencyKey"/> is sent as.</summary>
        public const string IdempotencyKeyHeader = "Idempotency-Key";

        /// <summary>
        /// Time allowed for each attempt of this call, response body included, instead of
        /// <see cref="WassistClientOptions.AttemptTimeout"/>; positive, or <see cref="System.Threading.Timeout.InfiniteTimeSpan"/>.
        /// The whole call still ends at <see cref="WassistClientOptions.Timeout"/>.
        /// </summary>
        public TimeSpan? Timeout { get; set; }

        /// <summary>How many times this call is tried again, instead of <see cref="WassistClientOptions.MaxRetries"/>: 0 to 10; 0 turns retries off.</summary>
        public int? MaxRetries { get; set; }

        /// <summary>
        /// Sent as the <c>Idempotency-Key</c> header. With it, a POST or PATCH is retried like a GET (the API does the
        /// write once per key), so it is safe to retry a message send. Use a new key, such as a GUID, for each
        /// distinct write; printable ASCII, at most 255 characters.
        /// </summary>
        public string? IdempotencyKey { get; set; }

        /// <summary>
        /// Extra headers for this call. They cannot replace a header the client sets itself: <c>X-API-Key</c>,
        /// <c>Authorization</c>, <c>X-Wassist-Installation</c>, <c>X-Wassist-Client</c>, <c>Idempotency-Key</c> (use
        /// <see cref="IdempotencyKey"/>), <c>Content-Type</c> or <c>Host</c>. Values may not hold line breaks or
        /// other control characters.
        /// </summary>
        public IDictionary<string, string> Headers { get; set; } = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);

        /// <summary>The headers the client sets itself, which <see cref="Headers"/> may not carry.</summary>
        internal static readonly string[] ReservedHeaders =
            ["X-API-Key", "Authorization", "X-Wassist-Installation", ClientInfo.ClientHeader, IdempotencyKeyHeader, "Content-Type", "Host"];

        /// <summary>Checks every setting; throws naming the property (and the header) at fault.</summary>
        internal void Validate()
        {
            if (Timeout is { } timeout && timeout != System.Threading.Timeout.InfiniteTimeSpan && (timeout <= TimeSpan.Zero || timeout.TotalMilliseconds > int.MaxValue))
            {
                throw new ArgumentOutOfRangeException(nameof(Timeout), timeout, $"{nameof(WassistRequestOptions)}.{nameof(Timeout)} must be positive (or Timeout.InfiniteTimeSpan); it is {timeout}.");
            }

            if (MaxRetries is { } retries && (retries < 0 || retries > 10))
            {
                throw new ArgumentOutOfRangeException(nameof(MaxRetries), retries, $"{nameof(WassistRequestOptions)}.{nameof(MaxRetries)} must be between 0 and 10; it is {retries}.");
            }

            if (IdempotencyKey is { } key)
            {
                CheckIdempotencyKey(key);
            }

            foreach (var header in Headers ?? new Dictionary<string, string>())
            {
                CheckHeader(header.Key, header.Value);
            }
        }

        private static void CheckIdempotencyKey(string key)
        {
            if (key.Length == 0 || key.Length > 255)
            {
                throw new ArgumentException($"{nameof(WassistRequestOptions)}.{nameof(IdempotencyKey)} must be 1 to 255 characters long; it is {key.Length}.", nameof(IdempotencyKey));
            }

            foreach (var c in key)
            {
                if (c <= ' ' || c > '~')
                {
                    throw new ArgumentException($"{nameof(WassistRequestOptions)}.{nameof(IdempotencyKey)} may hold only printable ASCII without spaces (a GUID is a good key).", nameof(IdempotencyKey));
                }
            }
        }

        /// <summary>The name must be an HTTP token the client does not set itself; the value, which is never echoed, one line of text.</summary>
        private static void CheckHeader(string name, string? value)
        {
            if (string.IsNullOrEmpty(name) || !IsToken(name))
            {
                throw new ArgumentException($"{nameof(WassistRequestOptions)}.{nameof(Headers)} holds the header name '{name}', which is not a valid HTTP header name.", nameof(Headers));
            }

            foreach (var reserved in ReservedHeaders)
            {
                if (string.Equals(name, reserved, StringComparison.OrdinalIgnoreCase))
                {
                    var instead = reserved == IdempotencyKeyHeader ? $" Set {nameof(IdempotencyKey)} instead." : string.Empty;
                    throw new ArgumentException($"{nameof(WassistRequestOptions)}.{nameof(Headers)} cannot set '{reserved}': the client sets that header itself.{instead}", nameof(Headers));
                }
            }

            if (value is null)
            {
                throw new ArgumentException($"{nameof(WassistRequestOptions)}.{nameof(Headers)} holds no value for the header '{name}'.", nameof(Headers));
            }

            foreach (var c in value)
            {
                if ((c < ' ' && c != '\t') || c == '\u007f')
                {
                    throw new ArgumentException($"{nameof(WassistRequestOptions)}.{nameof(Headers)}: the value of '{name}' holds a line break or another control character.", nameof(Headers));
                }
            }
        }

        /// <summary>RFC 9110 token characters.</summary>
        private static bool IsToken(string name)
        {
            foreach (var c in name)
            {
                var ok = c is >= 'a' and <= 'z' or >= 'A' and <= 'Z' or >= '0' and <= '9'
                    || "!#$%&'*+-.^_`|~".IndexOf(c) >= 0;
                if (!ok)
                {
                    return false;
                }
            }

            return true;
        }
    }
}
