using System;

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

        /// <summary>The API key sent as the <c>X-API-Key</c> header on every request. Required.</summary>
        public string? ApiKey { get; set; }

        /// <summary>
        /// Root of the API, <see cref="DefaultBaseUrl"/> unless set. Must be https; plain http is accepted only for a
        /// loopback host (local tests), so the key never crosses a network unencrypted.
        /// </summary>
        public string BaseUrl { get; set; } = DefaultBaseUrl;

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

        /// <summary>Describes the options with the key redacted.</summary>
        public override string ToString() =>
            $"WassistClientOptions {{ BaseUrl = {BaseUrl}, ApiKey = {(string.IsNullOrEmpty(ApiKey) ? "(not set)" : "(redacted)")} }}";

        /// <summary>Checks every option and returns the base URL with one trailing slash, as generated paths expect.</summary>
        internal string Validate()
        {
            if (string.IsNullOrWhiteSpace(ApiKey))
            {
                throw new ArgumentException($"{nameof(ApiKey)} is required: set it to your Wassist API key (or set {ApiKeyVariable} and use {nameof(FromEnvironment)}).", nameof(ApiKey));
            }

            foreach (var c in ApiKey!)
            {
                if (char.IsWhiteSpace(c) || char.IsControl(c))
                {
                    throw new ArgumentException($"{nameof(ApiKey)} contains whitespace or a control character; copy the key again without spaces or line breaks.", nameof(ApiKey));
                }
            }

            if (!Uri.TryCreate(BaseUrl, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
            {
                throw new ArgumentException($"{nameof(BaseUrl)} must be an absolute https URL such as {DefaultBaseUrl}.", nameof(BaseUrl));
            }

            if (uri.Scheme == Uri.UriSchemeHttp && !uri.IsLoopback)
            {
                throw new ArgumentException($"{nameof(BaseUrl)} uses plain http for the non-loopback host '{uri.Host}'; the API key would travel unencrypted. Use https.", nameof(BaseUrl));
            }

            if (!string.IsNullOrEmpty(uri.Query) || !string.IsNullOrEmpty(uri.Fragment))
            {
                throw new ArgumentException($"{nameof(BaseUrl)} must not carry a query or fragment; give only the API root, such as {DefaultBaseUrl}.", nameof(BaseUrl));
            }

            return uri.GetLeftPart(UriPartial.Path).TrimEnd('/') + "/";
        }
    }
}
