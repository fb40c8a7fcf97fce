using System;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;

namespace Wassist
{
    /// <summary>
    /// How every request authenticates, from checked options: an API key (<c>X-API-Key</c>), or the app credentials
    /// of a Wassist App acting for one installation (<c>Authorization: Basic base64(clientId:clientSecret)</c> plus
    /// <c>X-Wassist-Installation</c>). Also knows which strings are secret, so error text can be redacted.
    /// </summary>
    internal sealed class WassistCredentials
    {
        internal const string ApiKeyHeader = "X-API-Key";
        internal const string InstallationHeader = "X-Wassist-Installation";

        private readonly string? _apiKey;
        private readonly string? _basicToken;
        private readonly string? _installationId;

        private WassistCredentials(string? apiKey, string? basicToken, string? installationId, string[] secrets)
        {
            _apiKey = apiKey;
            _basicToken = basicToken;
            _installationId = installationId;
            Secrets = secrets;
        }

        /// <summary>Every secret a response or message could echo: the key, or the client secret and the Basic token.</summary>
        internal string[] Secrets { get; }

        /// <summary>Reads the credentials of options that <see cref="WassistClientOptions.Validate"/> has accepted.</summary>
        internal static WassistCredentials From(WassistClientOptions options)
        {
            if (!options.HasAppCredentials)
            {
                return new WassistCredentials(options.ApiKey!, null, null, [options.ApiKey!]);
            }

            var token = Convert.ToBase64String(Encoding.UTF8.GetBytes($"{options.ClientId}:{options.ClientSecret}"));
            return new WassistCredentials(null, token, options.InstallationId!, [options.ClientSecret!, token]);
        }

        /// <summary>Sets the authentication headers, replacing any the request already had.</summary>
        internal void Apply(HttpRequestMessage request)
        {
            request.Headers.Remove(ApiKeyHeader);
            request.Headers.Remove(InstallationHeader);
            request.Headers.Authorization = null;
            if (_apiKey is not null)
            {
                request.Headers.TryAddWithoutValidation(ApiKeyHeader, _apiKey);
                return;
            }

            request.Headers.Authorization = new AuthenticationHeaderValue("Basic", _basicToken);
            request.Headers.TryAddWithoutValidation(InstallationHeader, _installationId);
        }
    }
}
