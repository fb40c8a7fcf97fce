using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace Wassist
{
    /// <summary>Reads a <c>Retry-After</c> header, given as delay seconds or as an HTTP date.</summary>
    internal static class RetryAfter
    {
        internal static TimeSpan? FromHeaders(IEnumerable<KeyValuePair<string, IEnumerable<string>>> headers, DateTimeOffset now)
        {
            var value = headers.FirstOrDefault(h => string.Equals(h.Key, "Retry-After", StringComparison.OrdinalIgnoreCase)).Value?.FirstOrDefault();
            return Parse(value, now);
        }

        internal static TimeSpan? Parse(string? value, DateTimeOffset now)
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                return null;
            }

            value = value!.Trim();
            if (long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds))
            {
                return seconds < 86400L * 7 ? TimeSpan.FromSeconds(seconds) : null;
            }

            if (DateTimeOffset.TryParseExact(value, "r", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date)
                || DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out date))
            {
                var wait = date - now;
                return wait < TimeSpan.Zero ? TimeSpan.Zero : wait;
            }

            return null;
        }
    }
}
