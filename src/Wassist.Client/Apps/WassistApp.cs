using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace Wassist.Apps
{
    /// <summary>
    /// A Wassist App: an MCP server that organisations install and hand to their agents. Verifies the context token of
    /// each tool call and the setup redirect, and calls the API for an installation with the app's credentials. Build
    /// one per app and share it; it is safe to use from many threads.
    /// </summary>
    public sealed class WassistApp : IDisposable
    {
        /// <summary>The key of the context token in a tool call's MCP <c>_meta</c>.</summary>
        public const string ContextTokenMetaKey = "wassist.app/context_token";

        /// <summary>The issuer (<c>iss</c>) every context token must name.</summary>
        public const string ContextTokenIssuer = ContextToken.Issuer;

        /// <summary>How long after its <c>exp</c> a context token is still accepted, for clock skew: 30 seconds.</summary>
        public static readonly TimeSpan ClockLeeway = ContextToken.ClockLeeway;

        private readonly WassistAppOptions _options;
        private readonly string _clientId;
        private readonly byte[][] _secrets;
        private readonly TimeSpan _tolerance;
        private readonly HttpClient _httpClient;
        private readonly bool _ownsHttpClient;

        /// <summary>Creates the app with its own <see cref="HttpClient"/>, shared by every installation's client and disposed with the app.</summary>
        public WassistApp(WassistAppOptions options)
            : this(options, httpClient: null)
        {
        }

        /// <summary>Creates the app on a caller-owned <see cref="HttpClient"/> (from IHttpClientFactory, or with test handlers).</summary>
        public WassistApp(HttpClient httpClient, WassistAppOptions options)
            : this(options, httpClient ?? throw new ArgumentNullException(nameof(httpClient)))
        {
        }

        private WassistApp(WassistAppOptions options, HttpClient? httpClient)
        {
            _options = options ?? throw new ArgumentNullException(nameof(options));

            // The client options check ClientId, ClientSecret, BaseUrl and AllowedHosts, naming the option; the
            // installation is a stand-in, since each call names its own.
            var clientOptions = options.ForInstallation("installation");
            clientOptions.Validate();
            if (options.SetupRedirectTolerance < TimeSpan.Zero)
            {
                throw new ArgumentException($"{nameof(WassistAppOptions.SetupRedirectTolerance)} cannot be negative; use TimeSpan.Zero to turn the check off.", nameof(WassistAppOptions.SetupRedirectTolerance));
            }

            _clientId = options.ClientId!;
            _secrets = new[] { options.ClientSecret, options.PreviousClientSecret }
                .Where(s => !string.IsNullOrEmpty(s)).Select(s => Encoding.UTF8.GetBytes(s!)).ToArray();
            _tolerance = options.SetupRedirectTolerance;
            _ownsHttpClient = httpClient is null;
            _httpClient = httpClient ?? WassistClient.CreateHttpClient(clientOptions);
        }

        /// <summary>The clock tokens and redirects are checked against; tests pin it.</summary>
        internal Func<DateTimeOffset> Clock { get; set; } = () => DateTimeOffset.UtcNow;

        /// <summary>
        /// Verifies a context token, given bare or as <c>Bearer &lt;token&gt;</c>, and returns who is calling. Throws
        /// <see cref="WassistSignatureVerificationException"/> naming the failed check (missing, malformed, algorithm,
        /// signature, issuer, audience, expired); tokens signed with the previous client secret are accepted too.
        /// </summary>
        public WassistToolContext VerifyContextToken(string token) =>
            ContextToken.Verify(token, _clientId, _secrets, Clock());

        /// <summary>
        /// Verifies the context token in a tool call's MCP <c>_meta</c>, under <see cref="ContextTokenMetaKey"/>; see
        /// <see cref="VerifyContextToken(string)"/>. A value that is not a string is read through its
        /// <c>ToString()</c>, which gives the text of a JSON string node from System.Text.Json or Newtonsoft.Json.
        /// </summary>
        public WassistToolContext VerifyContextToken(IReadOnlyDictionary<string, object?> meta)
        {
            if (meta is null || !meta.TryGetValue(ContextTokenMetaKey, out var value) || value is null)
            {
                throw new WassistSignatureVerificationException(WassistSignatureFailure.MissingToken,
                    $"The tool call's _meta has no {ContextTokenMetaKey}: the call did not come from a Wassist agent, or the MCP server dropped _meta.");
            }

            return VerifyContextToken(value as string ?? value.ToString()!);
        }

        /// <summary>
        /// Verifies a setup redirect, given as the full URL the installer arrived at or as its query string, and
        /// returns the installation it is for. Throws <see cref="WassistSignatureVerificationException"/> naming the
        /// failed check (missing or malformed parameter, signature, too old or in the future).
        /// </summary>
        public WassistSetupRedirect VerifySetupRedirect(string urlOrQuery) =>
            SetupRedirect.Verify(urlOrQuery, _secrets, _tolerance, Clock());

        /// <summary>Verifies a setup redirect URL; see <see cref="VerifySetupRedirect(string)"/>.</summary>
        public WassistSetupRedirect VerifySetupRedirect(Uri url) =>
            VerifySetupRedirect((url ?? throw new ArgumentNullException(nameof(url))).IsAbsoluteUri ? url.Query : url.OriginalString);

        /// <summary>
        /// A client that acts for one installation with the app's credentials (<c>Authorization: Basic</c> and
        /// <c>X-Wassist-Installation</c>). It shares the app's <see cref="HttpClient"/>: creating one per call is cheap.
        /// </summary>
        public WassistClient ForInstallation(string installationId)
        {
            if (string.IsNullOrWhiteSpace(installationId))
            {
                throw new ArgumentException("The installation id is required (from WassistToolContext.InstallationId or WassistSetupRedirect.InstallationId).", nameof(installationId));
            }

            return new WassistClient(_httpClient, _options.ForInstallation(installationId));
        }

        /// <summary>
        /// Where the calling agent is talking: reads the context's session and returns a <see cref="WhatsAppChannel"/>
        /// (a WhatsApp conversation) or a <see cref="WebBuilderChannel"/> (the dashboard's test chat). Throws
        /// <see cref="InvalidOperationException"/> when the session is on neither.
        /// </summary>
        public Task<WassistChannel> ResolveChannelAsync(WassistToolContext context, CancellationToken cancellationToken) =>
            ResolveChannelAsync(context, requestOptions: null, cancellationToken);

        /// <summary>
        /// Where the calling agent is talking, as <see cref="ResolveChannelAsync(WassistToolContext, CancellationToken)"/>,
        /// reading the session with <paramref name="requestOptions"/> (timeout, retries, extra headers).
        /// </summary>
        public async Task<WassistChannel> ResolveChannelAsync(WassistToolContext context, WassistRequestOptions? requestOptions = null, CancellationToken cancellationToken = default)
        {
            if (context is null)
            {
                throw new ArgumentNullException(nameof(context));
            }

            if (!Guid.TryParse(context.SessionId, out var sessionId))
            {
                throw new ArgumentException($"The context's session id '{context.SessionId}' is not a uuid, so no session can be read for it.", nameof(context));
            }

            var client = ForInstallation(context.InstallationId);
            var session = await client.Sessions.GetAsync(sessionId, requestOptions, cancellationToken).ConfigureAwait(false);
            return WassistChannel.From(client, context.SessionId, session);
        }

        /// <summary>Disposes the <see cref="HttpClient"/> if the app created it.</summary>
        public void Dispose()
        {
            if (_ownsHttpClient)
            {
                _httpClient.Dispose();
            }
        }
    }
}
