using System;
using System.Linq;
using System.Security.Cryptography;
using System.Text;

namespace Wassist.Tests.Shared;

/// <summary>
/// Signs context tokens and setup redirects the way Wassist does, written from the protocol (HMAC-SHA256 over
/// hand-built JSON and query strings), so tests never sign with the code they check.
/// </summary>
internal static class AppSigning
{
    internal const string Hs256Header = """{"alg":"HS256","typ":"JWT"}""";

    /// <summary>A JWT: base64url(header).base64url(claims).base64url(HMAC-SHA256 of the first two parts).</summary>
    internal static string Token(string claims, string secret, string header = Hs256Header)
    {
        var signed = Base64Url(Encoding.UTF8.GetBytes(header)) + "." + Base64Url(Encoding.UTF8.GetBytes(claims));
        return signed + "." + Base64Url(HmacSha256(secret, signed));
    }

    /// <summary>Context-token claims for an app, the way Wassist issues them.</summary>
    internal static string Claims(string clientId, long expires, string installationId, string organizationId, string agentId, string sessionId) =>
        $$"""{"iss":"https://wassist.app","aud":"{{clientId}}","exp":{{expires}},"installation_id":"{{installationId}}","organization_id":"{{organizationId}}","agent_id":"{{agentId}}","session_id":"{{sessionId}}"}""";

    /// <summary>A redirect query: the parameters as given (already URL-encoded where needed) plus their hmac.</summary>
    internal static string Redirect(string secret, params (string Key, string Value)[] parameters)
    {
        var signing = string.Join("&", parameters.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key}={Uri.UnescapeDataString(p.Value)}"));
        var hmac = Convert.ToHexString(HmacSha256(secret, signing)).ToLowerInvariant();
        return string.Join("&", parameters.Select(p => $"{p.Key}={p.Value}")) + "&hmac=" + hmac;
    }

    internal static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private static byte[] HmacSha256(string secret, string message)
    {
        using var hmac = new HMACSHA256(Encoding.UTF8.GetBytes(secret));
        return hmac.ComputeHash(Encoding.UTF8.GetBytes(message));
    }
}
