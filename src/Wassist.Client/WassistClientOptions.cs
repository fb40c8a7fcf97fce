using System;
using System.Collections.Generic;
using System.Linq;

namespace Wassist
{
    /// <summary>
    /// Settings for <see cref="WassistClient"/>. Checked once, when a client is built from them; a bad value throws an
    /// <see cref="ArgumentException"/> that names the option.
    /// </summary>
    public sealed class WassistClientOptions
    {
        /// <summary>The production API host, used when <see cref="BaseUrl"/> is not set.</summary>
        public const string DefaultBaseUrl = "https://backend.wassist.app";

        /// <summary>Environment variable read by <see cref="FromEnvironment"/> for <see cref="ApiKey"/>.</summary>
        public const string ApiKeyVariable = "WASSIST_API_KEY";

        /// <summary>Environment variable read by <see cref="FromEnvironment"/> for <see cref="BaseUrl"/>.</summary>
        public const string BaseUrlVariable = "WASSIST_BASE_URL";

        /// <summary>
        /// The API key sent as the <c>X-API-Key</c> header on every request. Set either this or the app credentials
        /// (<see cref="ClientId"/>, <see cref="ClientSecret"/> and <see cref="InstallationId"/>), not both.
        /// </summary>
        public string? ApiKey { get; set; }

        /// <summary>
        /// The client id of a Wassist App. With <see cref="ClientSecret"/> and <see cref="InstallationId"/>, requests
        /// act for that installation: they send <c>Authorization: Basic base64(ClientId:ClientSecret)</c> and
        /// <c>X-Wassist-Installation</c> instead of an API key.
        /// </summary>
        public string? ClientId { get; set; }

        /// <summary>The client secret of a Wassist App; see <see cref="ClientId"/>. Never shown by <see cref="ToString"/> or in errors.</summary>
        public string? ClientSecret { get; set; }

        /// <summary>The installation of a Wassist App (one per organisation that installed it) the requests act for; see <see cref="ClientId"/>.</summary>
        public string? InstallationId { get; set; }

        /// <summary>
        /// Root of the API, <see cref="DefaultBaseUrl"/> unless set. Must be https to a host in
        /// <see cref="AllowedHosts"/>; a loopback host (local tests) is always allowed, over http too. So the key never
        /// crosses a network unencrypted, and a mistyped host never receives it.
        /// </summary>
        public string BaseUrl { get; set; } = DefaultBaseUrl;

        /// <summary>
        /// Hosts the API key may be sent to, besides loopback: <c>backend.wassist.app</c> unless changed. Add a host
        /// (e.g. a staging server or your own proxy) before pointing <see cref="BaseUrl"/> at it.
        /// </summary>
        public IList<string> AllowedHosts { get; set; } = new List<string> { new Uri(DefaultBaseUrl).Host };

        /// <summary>
        /// How many times a failed request is tried again (408, 425, 429, 500, 502, 503, 504, a network error or an
        /// attempt timeout). 2 by default; 0 turns retries off. Only GET, HEAD, OPTIONS, PUT and DELETE, and requests
        /// with an <see cref="WassistRequestOptions.IdempotencyKey"/>, are retried unless
        /// <see cref="RetryNonIdempotentRequests"/> is set. A call can set its own with <see cref="WassistRequestOptions.MaxRetries"/>.
        /// </summary>
        public int MaxRetries { get; set; } = 2;

        /// <summary>Backoff before the first retry; each later one doubles it, with jitter, up to <see cref="MaxRetryDelay"/>. 500 ms by default.</summary>
        public TimeSpan InitialRetryDelay { get; set; } = TimeSpan.FromMilliseconds(500);

        /// <summary>
        /// The longest the client waits before a retry, 30 s by default. A <c>Retry-After</c> (header or body
        /// <c>retry_after</c>) longer than this is not waited out: the error is returned at once, with its
        /// <see cref="WassistApiException.RetryAfter"/>.
        /// </summary>
        public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromSeconds(30);

        /// <summary>
        /// Also retry POST and PATCH. Off by default: a write that failed with a 5xx or a timeout may still have
        /// happened, and retrying it could, for example, send a WhatsApp message twice.
        /// </summary>
        public bool RetryNonIdempotentRequests { get; set; }

        /// <summary>Time allowed for one attempt, response body included; 60 s by default (media sends can take 45 s).</summary>
        public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(60);

        /// <summary>Time allowed for a whole call, retries and waits included; 3 minutes by default.</summary>
        public TimeSpan Timeout { get; set; } = TimeSpan.FromMinutes(3);

        /// <summary>Options from <c>WASSIST_API_KEY</c> and, when set, <c>WASSIST_BASE_URL</c>.</summary>
        public static WassistClientOptions FromEnvironment()
        {
            var options = new WassistClientOptions { ApiKey = Environment.GetEnvironmentVariable(ApiKeyVariable) };
            var baseUrl = Environment.GetEnvironmentVariable(BaseUrlVariable);
            if (!string.IsNullOrWhiteSpace(baseUrl))
            {
                options.BaseUrl = baseUrl!;
            }

            return options;
        }

        /// <summary>Describes the options with the key and the client secret redacted.</summary>
        public override string ToString() => HasAppCredentials
            ? $"WassistClientOptions {{ BaseUrl = {BaseUrl}, MaxRetries = {MaxRetries}, ClientId = {ClientId}, InstallationId = {InstallationId}, ClientSecret = {(string.IsNullOrEmpty(ClientSecret) ? "(not set)" : "(redacted)")} }}"
            : $"WassistClientOptions {{ BaseUrl = {BaseUrl}, MaxRetries = {MaxRetries}, ApiKey = {(string.IsNullOrEmpty(ApiKey) ? "(not set)" : "(redacted)")} }}";

        /// <summary>True when any app credential is set: requests then authenticate as an app installation.</summary>
        internal bool HasAppCredentials =>
            !string.IsNullOrWhiteSpace(ClientId) || !string.IsNullOrWhiteSpace(ClientSecret) || !string.IsNullOrWhiteSpace(InstallationId);

        /// <summary>Checks every option and returns the base URL with one trailing slash, as generated paths expect.</summary>
        internal string Validate()
        {
            if (HasAppCredentials)
            {
                CheckAppCredentials();
            }
            else
            {
                CheckSecret(ApiKey, nameof(ApiKey), $"{nameof(ApiKey)} is required: set it to your Wassist API key (or set {ApiKeyVariable} and use {nameof(FromEnvironment)}), or set the app credentials {nameof(ClientId)}, {nameof(ClientSecret)} and {nameof(InstallationId)} instead.");
            }

            if (!Uri.TryCreate(BaseUrl, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
            {
                throw new ArgumentException($"{nameof(BaseUrl)} must be an absolute https URL such as {DefaultBaseUrl}.", nameof(BaseUrl));
            }

            if (uri.Scheme == Uri.UriSchemeHttp && !uri.IsLoopback)
            {
                throw new ArgumentException($"{nameof(BaseUrl)} uses plain http for the non-loopback host '{uri.Host}'; the API key would travel unencrypted. Use https.", nameof(BaseUrl));
            }

            if (!uri.IsLoopback && !(AllowedHosts ?? []).Any(h => string.Equals(h?.Trim(), uri.Host, StringComparison.OrdinalIgnoreCase)))
            {
                throw new ArgumentException($"{nameof(BaseUrl)} points at '{uri.Host}', which is not in {nameof(AllowedHosts)} ({string.Join(", ", AllowedHosts ?? [])}); the API key is sent only to allowed hosts. Add the host to {nameof(AllowedHosts)} if you mean to send your key there.", nameof(BaseUrl));
            }

            if (!string.IsNullOrEmpty(uri.Query) || !string.IsNullOrEmpty(uri.Fragment))
            {
                throw new ArgumentException($"{nameof(BaseUrl)} must not carry a query or fragment; give only the API root, such as {DefaultBaseUrl}.", nameof(BaseUrl));
            }

            if (MaxRetries < 0 || MaxRetries > 10)
            {
                throw new ArgumentException($"{nameof(MaxRetries)} must be between 0 and 10; it is {MaxRetries}.", nameof(MaxRetries));
            }

            CheckDelay(InitialRetryDelay, nameof(InitialRetryDelay));
            CheckDelay(MaxRetryDelay, nameof(MaxRetryDelay));
            CheckTimeout(AttemptTimeout, nameof(AttemptTimeout));
            CheckTimeout(Timeout, nameof(Timeout));
            return uri.GetLeftPart(UriPartial.Path).TrimEnd('/') + "/";
        }

        /// <summary>App credentials replace the API key: all three are needed, and the key must then be unset.</summary>
        private void CheckAppCredentials()
        {
            if (!string.IsNullOrWhiteSpace(ApiKey))
            {
                throw new ArgumentException($"Set either {nameof(ApiKey)} or the app credentials ({nameof(ClientId)}, {nameof(ClientSecret)}, {nameof(InstallationId)}), not both.", nameof(ApiKey));
            }

            CheckAppCredential(ClientId, nameof(ClientId));
            CheckAppCredential(ClientSecret, nameof(ClientSecret));
            CheckAppCredential(InstallationId, nameof(InstallationId));
            if (ClientId!.IndexOf(':') >= 0)
            {
                throw new ArgumentException($"{nameof(ClientId)} cannot contain ':'; Basic authentication separates the id from the secret with it.", nameof(ClientId));
            }
        }

        private static void CheckAppCredential(string? value, string name) =>
            CheckSecret(value, name, $"{name} is required with app credentials: set {nameof(ClientId)}, {nameof(ClientSecret)} and {nameof(InstallationId)} together (or only {nameof(ApiKey)}).");

        /// <summary>
        /// Required, and printable ASCII only: the value goes into a header, and any other character would fail every
        /// request later. The value is never echoed.
        /// </summary>
        private static void CheckSecret(string? value, string name, string whenMissing)
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                throw new ArgumentException(whenMissing, name);
            }

            foreach (var c in value!)
            {
                if (c <= ' ' || c > '~')
                {
                    throw new ArgumentException($"{name} contains a space, a line break, a control or a non-ASCII character; copy it again exactly as the dashboard shows it.", name);
                }
            }
        }

        private static void CheckDelay(TimeSpan value, string name)
        {
            if (value < TimeSpan.Zero || value > TimeSpan.FromHours(1))
            {
                throw new ArgumentException($"{name} must be between zero and one hour; it is {value}.", name);
            }
        }

        private static void CheckTimeout(TimeSpan value, string name)
        {
            if (value != System.Threading.Timeout.InfiniteTimeSpan && (value <= TimeSpan.Zero || value.TotalMilliseconds > int.MaxValue))
            {
                throw new ArgumentException($"{name} must be positive (or Timeout.InfiniteTimeSpan); it is {value}.", name);
            }
        }
    }
}
