using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace Wassist
{
    /// <summary>
    /// Reads a <c>Retry-After</c> header as RFC 9110 defines it: a whole number of seconds, or an HTTP date (the
    /// IMF-fixdate, or one of the two obsolete forms). Anything else (<c>1.5</c>, <c>12/31</c>) is ignored.
    /// </summary>
    internal static class RetryAfter
    {
        private static readonly TimeSpan LongestWait = TimeSpan.FromDays(7);

        private static readonly string[] HttpDateFormats =
        [
            "r",                                   // IMF-fixdate: Sun, 06 Nov 1994 08:49:37 GMT
            "dddd, dd'-'MMM'-'yy HH':'mm':'ss 'GMT'", // rfc850-date: Sunday, 06-Nov-94 08:49:37 GMT
            "ddd MMM d HH':'mm':'ss yyyy",          // asctime-date: Sun Nov  6 08:49:37 1994
        ];

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
            TimeSpan wait;
            if (long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds))
            {
                wait = TimeSpan.FromSeconds(Math.Min(seconds, (long)LongestWait.TotalSeconds));
            }
            else if (DateTimeOffset.TryParseExact(value, HttpDateFormats, CultureInfo.InvariantCulture, DateTimeStyles.AllowInnerWhite | DateTimeStyles.AssumeUniversal, out var date))
            {
                wait = date - now;
            }
            else
            {
                return null;
            }

            // A date in the past means now; a week or more is no real answer.
            return wait < TimeSpan.Zero ? TimeSpan.Zero : wait < LongestWait ? wait : null;
        }
    }
}
