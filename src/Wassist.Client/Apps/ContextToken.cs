using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Wassist.Apps
{
    /// <summary>
    /// Checks the context token Wassist puts in every tool call of an installed app: a JWT signed with HMAC-SHA256
    /// (HS256) under the app's client secret, issued by <c>https://wassist.app</c> for the app's client id. Plain
    /// HMAC and JSON, so no JWT library is needed.
    /// </summary>
    internal static class ContextToken
    {
        internal const string Issuer = "https://wassist.app";

        internal static readonly TimeSpan ClockLeeway = TimeSpan.FromSeconds(30);

        private const string BearerScheme = "Bearer";

        internal static WassistToolContext Verify(string? token, string clientId, IReadOnlyList<byte[]> secrets, DateTimeOffset now)
        {
            token = (token ?? "").Trim();
            if (token.StartsWith(BearerScheme, StringComparison.OrdinalIgnoreCase) && (token.Length == BearerScheme.Length || char.IsWhiteSpace(token[BearerScheme.Length])))
            {
                token = token.Substring(BearerScheme.Length).Trim();
            }

            if (token.Length == 0)
            {
                throw Fail(WassistSignatureFailure.MissingToken, "The context token is missing.");
            }

            var parts = token.Split('.');
            if (parts.Length != 3 || parts.Any(p => p.Length == 0 || !IsBase64Url(p)))
            {
                throw Fail(WassistSignatureFailure.MalformedToken, "The context token is not a JWT: it needs three base64url parts separated by dots.");
            }

            var header = ReadJson(parts[0], "header");
            if (!(header["alg"] is JValue { Type: JTokenType.String } alg && (string)alg! == "HS256"))
            {
                throw Fail(WassistSignatureFailure.UnsupportedAlgorithm, "The context token's header does not name the HS256 algorithm; Wassist signs context tokens only with HS256.");
            }

            var signature = FromBase64Url(parts[2]);
            var signed = Encoding.ASCII.GetBytes(parts[0] + "." + parts[1]);
            if (!secrets.Any(secret => Hmac.FixedTimeEquals(Hmac.Sha256(secret, signed), signature)))
            {
                throw Fail(WassistSignatureFailure.SignatureMismatch, "The context token's signature does not match: it was changed, or signed with another secret than the app's client secret.");
            }

            var claims = ReadJson(parts[1], "payload");
            if (!(claims["iss"] is JValue { Type: JTokenType.String } issuer && (string)issuer! == Issuer))
            {
                throw Fail(WassistSignatureFailure.IssuerMismatch, $"The context token was not issued by Wassist: its iss is not {Issuer}.");
            }

            if (!IsFor(claims["aud"], clientId))
            {
                throw Fail(WassistSignatureFailure.AudienceMismatch, "The context token is for another app: its aud does not include this app's client id.");
            }

            var expiresAt = ExpiresAt(claims["exp"]);
            if (now - ClockLeeway > expiresAt)
            {
                throw Fail(WassistSignatureFailure.TokenExpired, $"The context token expired at {expiresAt:O}, more than {ClockLeeway.TotalSeconds:0} s ago.");
            }

            return new WassistToolContext(
                Claim(claims, "installation_id"), Claim(claims, "organization_id"), Claim(claims, "agent_id"), Claim(claims, "session_id"), expiresAt, token);
        }

        private static bool IsFor(JToken? audience, string clientId) => audience switch
        {
            JValue { Type: JTokenType.String } one => (string)one! == clientId,
            JArray many => many.Any(a => a.Type == JTokenType.String && (string)a! == clientId),
            _ => false,
        };

        private static DateTimeOffset ExpiresAt(JToken? exp)
        {
            if (exp is JValue { Type: JTokenType.Integer or JTokenType.Float } value)
            {
                var seconds = Math.Floor((double)value);
                if (seconds >= DateTimeOffset.MinValue.ToUnixTimeSeconds() && seconds <= DateTimeOffset.MaxValue.ToUnixTimeSeconds())
                {
                    return DateTimeOffset.FromUnixTimeSeconds((long)seconds);
                }
            }

            throw Fail(WassistSignatureFailure.MalformedToken, "The context token has no usable exp claim (unix seconds).");
        }

        private static string Claim(JObject claims, string name) =>
            claims[name] is JValue { Type: JTokenType.String } value && !string.IsNullOrEmpty((string)value!)
                ? (string)value!
                : throw Fail(WassistSignatureFailure.MalformedToken, $"The context token lacks the {name} claim.");

        private static JObject ReadJson(string part, string name)
        {
            try
            {
                using var reader = new JsonTextReader(new StringReader(Encoding.UTF8.GetString(FromBase64Url(part)))) { DateParseHandling = DateParseHandling.None };
                if (JToken.ReadFrom(reader) is JObject json && !reader.Read())
                {
                    return json;
                }
            }
            catch (JsonException)
            {
            }

            throw Fail(WassistSignatureFailure.MalformedToken, $"The context token's {name} is not a base64url-encoded JSON object.");
        }

        /// <summary>Decodes unpadded base64url that <see cref="IsBase64Url"/> accepted.</summary>
        private static byte[] FromBase64Url(string text)
        {
            var base64 = text.Replace('-', '+').Replace('_', '/');
            return Convert.FromBase64String(base64.PadRight(base64.Length + ((4 - (base64.Length % 4)) % 4), '='));
        }

        private static bool IsBase64Url(string text) =>
            text.Length % 4 != 1 && text.All(c => c is >= 'A' and <= 'Z' or >= 'a' and <= 'z' or >= '0' and <= '9' or '-' or '_');

        private static WassistSignatureVerificationException Fail(WassistSignatureFailure reason, string message) => new(reason, message);
    }
}
