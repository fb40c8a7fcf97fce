using System;
using System.Globalization;
using System.Linq;
using System.Security.Cryptography;
using System.Text;

namespace Wassist.Tests.Shared;

/// <summary>
/// Signs webhook deliveries the way Wassist does, written from the protocol (v1 is lower-case hex HMAC-SHA256 over
/// "&lt;t&gt;.&lt;raw body&gt;"), so tests never sign with the code they check.
/// </summary>
internal static class WebhookSigning
{
    internal static string Signature(string secret, long timestamp, byte[] body)
    {
        var message = Encoding.UTF8.GetBytes(timestamp.ToString(CultureInfo.InvariantCulture) + ".").Concat(body).ToArray();
        using var hmac = new HMACSHA256(Encoding.UTF8.GetBytes(secret));
        return Convert.ToHexString(hmac.ComputeHash(message)).ToLowerInvariant();
    }

    internal static string Signature(string secret, long timestamp, string body) => Signature(secret, timestamp, Encoding.UTF8.GetBytes(body));

    internal static string Header(string secret, long timestamp, string body) =>
        $"t={timestamp.ToString(CultureInfo.InvariantCulture)},v1={Signature(secret, timestamp, body)}";
}
