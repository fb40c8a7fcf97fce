using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace Wassist.Apps
{
    /// <summary>
    /// Checks a setup redirect: its <c>hmac</c> parameter is the lowercase hex HMAC-SHA256, under the app's client
    /// secret, of every other query parameter sorted by key (ordinal) and joined as decoded <c>key=value</c> pairs
    /// with <c>&amp;</c>; its <c>timestamp</c> (unix seconds) must be recent.
    /// </summary>
    internal static class SetupRedirect
    {
        private const string HmacParameter = "hmac";

        internal static WassistSetupRedirect Verify(string? urlOrQuery, IReadOnlyList<byte[]> secrets, TimeSpan tolerance, DateTimeOffset now)
        {
            var parameters = Parse(urlOrQuery ?? "");
            var hmac = Hmac.FromHex(Required(parameters, HmacParameter))
                ?? throw Fail(WassistSignatureFailure.MalformedParameter, "The setup redirect's hmac is not hex.");
            var signed = Encoding.UTF8.GetBytes(string.Join("&",
                parameters.Where(p => p.Key != HmacParameter).OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => p.Key + "=" + p.Value)));
            if (!secrets.Any(secret => Hmac.FixedTimeEquals(Hmac.Sha256(secret, signed), hmac)))
            {
                throw Fail(WassistSignatureFailure.SignatureMismatch, "The setup redirect's hmac does not match its parameters: they were changed, or signed with another secret than the app's client secret.");
            }

            var installationId = Required(parameters, "installation_id");
            var organizationId = Required(parameters, "organization_id");
            if (!long.TryParse(Required(parameters, "timestamp"), NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
                || seconds > DateTimeOffset.MaxValue.ToUnixTimeSeconds())
            {
                throw Fail(WassistSignatureFailure.MalformedParameter, "The setup redirect's timestamp is not unix seconds.");
            }

            var timestamp = DateTimeOffset.FromUnixTimeSeconds(seconds);
            var age = now - timestamp;
            if (tolerance > TimeSpan.Zero && age.Duration() > tolerance)
            {
                throw Fail(WassistSignatureFailure.TimestampOutsideTolerance,
                    $"The setup redirect's timestamp is {Math.Abs(age.TotalSeconds):0} s {(age < TimeSpan.Zero ? "ahead of" : "before")} now, beyond the tolerance of {tolerance.TotalSeconds:0} s; it may be a replay.");
            }

            parameters.Remove(HmacParameter);
            return new WassistSetupRedirect(installationId, organizationId, timestamp, parameters);
        }

        /// <summary>The query parameters of a URL or of a bare query string, decoded as a browser form would be.</summary>
        private static Dictionary<string, string> Parse(string urlOrQuery)
        {
            var query = urlOrQuery.Trim();
            var fragment = query.IndexOf('#');
            query = fragment >= 0 ? query.Substring(0, fragment) : query;
            query = query.Substring(query.IndexOf('?') + 1);

            var parameters = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var pair in query.Split('&').Where(p => p.Length > 0))
            {
                var equals = pair.IndexOf('=');
                var key = Decode(equals >= 0 ? pair.Substring(0, equals) : pair);
                if (parameters.ContainsKey(key))
                {
                    throw Fail(WassistSignatureFailure.MalformedParameter, $"The setup redirect repeats the parameter '{key}'.");
                }

                parameters[key] = equals >= 0 ? Decode(pair.Substring(equals + 1)) : "";
            }

            return parameters;
        }

        private static string Decode(string text) => Uri.UnescapeDataString(text.Replace('+', ' '));

        private static string Required(Dictionary<string, string> parameters, string name) =>
            parameters.TryGetValue(name, out var value) && value.Length > 0
                ? value
                : throw Fail(WassistSignatureFailure.MissingParameter, $"The setup redirect has no {name} parameter.");

        private static WassistSignatureVerificationException Fail(WassistSignatureFailure reason, string message) => new(reason, message);
    }
}
