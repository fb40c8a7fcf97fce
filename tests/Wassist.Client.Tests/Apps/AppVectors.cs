using System;
using Wassist.Apps;
using Wassist.Tests.Shared;

namespace Wassist.Client.Tests.Apps;

/// <summary>The app, claims and secrets the app tests share; signing is <see cref="AppSigning"/>'s, independent of the client.</summary>
internal static class AppVectors
{
    internal const string ClientId = "app_test_id";
    internal const string Secret = "cs_test_SECRET_987";
    internal const string PreviousSecret = "cs_test_OLD_SECRET_123";
    internal const long NowSeconds = 1_800_000_000;
    // base64("app_test_id:cs_test_SECRET_987"), computed outside the client.
    internal const string BasicToken = "YXBwX3Rlc3RfaWQ6Y3NfdGVzdF9TRUNSRVRfOTg3";

    internal const string Header = AppSigning.Hs256Header;

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

    internal static string Token(string? claims = null, string header = Header, string secret = Secret) =>
        AppSigning.Token(claims ?? Claims(), secret, header);

    internal static string Base64Url(byte[] bytes) => AppSigning.Base64Url(bytes);

    /// <summary>A redirect query: the parameters as given (already URL-encoded where needed) plus their hmac.</summary>
    internal static string Redirect(string secret, params (string Key, string Value)[] parameters) => AppSigning.Redirect(secret, parameters);
}
