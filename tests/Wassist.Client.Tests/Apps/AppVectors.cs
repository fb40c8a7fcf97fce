using System;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using Wassist.Apps;

namespace Wassist.Client.Tests.Apps;

/// <summary>
/// Signs context tokens and setup redirects the way Wassist does, written here from the protocol (HMACSHA256 over
/// hand-built JSON and query strings), so the tests never sign with the code they check.
/// </summary>
internal static class AppVectors
{
    internal const string ClientId = "app_test_id";
    internal const string Secret = "cs_test_SECRET_987";
    internal const string PreviousSecret = "cs_test_OLD_SECRET_123";
    internal const long NowSeconds = 1_800_000_000;
    // base64("app_test_id:cs_test_SECRET_987"), computed outside the client.
    internal const string BasicToken = "YXBwX3Rlc3RfaWQ6Y3NfdGVzdF9TRUNSRVRfOTg3";

    internal const string Header = """{"alg":"HS256","typ":"JWT"}""";

    internal static readonly DateTimeOffset Now = DateTimeOffset.FromUnixTimeSeconds(NowSeconds);

    internal static WassistApp App(TimeSpan? tolerance = null, string? previousSecret = PreviousSecret)
    {
        var options = new WassistAppOptions { ClientId = ClientId, ClientSecret = Secret, PreviousClientSecret = previousSecret };
        if (tolerance is { } value)
        {
            options.SetupRedirectTolerance = value;
        }

        return new WassistApp(options) { Clock = () => Now };
    }

    /// <summary>A claims object; <paramref name="aud"/> and <paramref name="iss"/> are raw JSON.</summary>
    internal static string Claims(string aud = "\"app_test_id\"", string iss = "\"https://wassist.app\"", long exp = NowSeconds + 600) =>
        $$"""{"iss":{{iss}},"aud":{{aud}},"exp":{{exp}},"installation_id":"inst_5f1c","organization_id":"org_42","agent_id":"agent_7","session_id":"sess_9"}""";

    internal static string Token(string? claims = null, string header = Header, string secret = Secret)
    {
        var signed = Base64Url(Encoding.UTF8.GetBytes(header)) + "." + Base64Url(Encoding.UTF8.GetBytes(claims ?? Claims()));
        return signed + "." + Base64Url(HmacSha256(secret, signed));
    }

    internal static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    /// <summary>A redirect query: the parameters as given (already URL-encoded where needed) plus their hmac.</summary>
    internal static string Redirect(string secret, params (string Key, string Value)[] parameters)
    {
        var signing = string.Join("&", parameters.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key}={Uri.UnescapeDataString(p.Value)}"));
        var hmac = Convert.ToHexString(HmacSha256(secret, signing)).ToLowerInvariant();
        return string.Join("&", parameters.Select(p => $"{p.Key}={p.Value}")) + "&hmac=" + hmac;
    }

    private static byte[] HmacSha256(string secret, string message)
    {
        using var hmac = new HMACSHA256(Encoding.UTF8.GetBytes(secret));
        return hmac.ComputeHash(Encoding.UTF8.GetBytes(message));
    }
}
