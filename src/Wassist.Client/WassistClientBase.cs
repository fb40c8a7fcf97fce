// CUSTOM: the request and response hooks every generated method calls (path keys, auth, host check, success bodies read whole, errors); see README.md.
using System;
using System.Net.Http;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace Wassist
{
    /// <summary>
    /// Base of every generated resource client (NSwag's <c>clientBaseClass</c>): it holds the checked options and
    /// supplies the request and response hooks the generated methods call, for auth and error handling.
    /// </summary>
    public abstract class WassistClientBase
    {
        /// <summary>Creates the base from the options its <see cref="WassistClient"/> checked.</summary>
        private protected WassistClientBase(CheckedOptions configuration)
        {
            CheckedOptions = configuration;
            ApiRoot = configuration.ApiRoot;
            ApiRootUri = configuration.ApiRootUri;
            Credentials = configuration.Credentials;
            _secrets = configuration.Secrets;
        }

        /// <summary>For the mocking constructors of the resource clients: nothing is ever sent through such an instance.</summary>
        protected WassistClientBase()
        {
            CheckedOptions = null!;
            ApiRoot = null!;
            ApiRootUri = null!;
            Credentials = null!;
            _secrets = null!;
        }

        /// <summary>The options this client was created from, for the clients it creates in turn (paging).</summary>
        private protected CheckedOptions CheckedOptions { get; }

        /// <summary>The API root with a trailing slash, from <see cref="WassistClientOptions.BaseUrl"/>.</summary>
        private protected string ApiRoot { get; }

        private protected Uri ApiRootUri { get; }

        private protected WassistCredentials Credentials { get; }

        /// <summary>What <see cref="Redaction"/> removes from every exception of this client's calls.</summary>
        private readonly ClientSecrets _secrets;

        /// <summary>
        /// Called by generated code before the URL is final: a <c>{number}</c> path key is checked and sent as digits
        /// without <c>+</c> (<see cref="WassistPhoneNumbers"/>), and every path value is checked (<see cref="PathValues"/>):
        /// an empty, <c>.</c> or <c>..</c> value throws before anything is sent.
        /// </summary>
        private protected Task PrepareRequestAsync(HttpClient client, HttpRequestMessage request, StringBuilder urlBuilder, CancellationToken cancellationToken)
        {
            // Synchronous on purpose: the secrets entered here hold for the rest of the calling generated method.
            EnterCall();
            var url = urlBuilder.ToString();
            if (url.StartsWith(ApiRoot, StringComparison.Ordinal))
            {
                PathValues.Check(url, ApiRoot.Length, request.Method.Method);
            }

            WassistPhoneNumbers.NormalizePathKey(urlBuilder, url);
            return Task.CompletedTask;
        }

        /// <summary>The request URL for the text generated code built, parsed once for calls that repeat it (<see cref="RequestUris"/>).</summary>
        private protected Uri RequestUri(string url) => CheckedOptions.Uris.For(url);

        /// <summary>Makes this client's secrets the ones every exception of the current call is redacted of.</summary>
        private protected void EnterCall() => Redaction.Enter(_secrets);

        /// <summary>
        /// Adds the credentials (<see cref="WassistCredentials"/>) and client identification to every request, after checking that the request goes to the
        /// configured API host: the credentials are never sent anywhere else.
        /// </summary>
        private protected Task PrepareRequestAsync(HttpClient client, HttpRequestMessage request, string url, CancellationToken cancellationToken)
        {
            var target = request.RequestUri;
            if (!IsUnderApiRoot(target, url) && (target is null || !target.IsAbsoluteUri || Uri.Compare(target, ApiRootUri, UriComponents.SchemeAndServer, UriFormat.Unescaped, StringComparison.OrdinalIgnoreCase) != 0))
            {
                var where = target is { IsAbsoluteUri: true } ? target.GetLeftPart(UriPartial.Authority) : target?.OriginalString;
                throw new InvalidOperationException($"Refusing to send the Wassist API key to '{where}': requests may only go to {ApiRootUri.GetLeftPart(UriPartial.Authority)}.");
            }

            Credentials.Apply(request);
            request.Headers.TryAddWithoutValidation("User-Agent", ClientInfo.UserAgent);
            request.Headers.TryAddWithoutValidation(ClientInfo.ClientHeader, ClientInfo.ClientHeaderValue);
            return Task.CompletedTask;
        }

        /// <summary>
        /// Whether the request's URL is the text <paramref name="url"/> and that text starts with the API root (scheme,
        /// host and the slash after them), so it reaches the API host without comparing parsed URLs.
        /// </summary>
        private bool IsUnderApiRoot(Uri? target, string url) =>
            target is { IsAbsoluteUri: true } && string.Equals(target.OriginalString, url, StringComparison.Ordinal) && url.StartsWith(ApiRoot, StringComparison.Ordinal);

        /// <summary>
        /// Turns every non-success response into a <see cref="WassistApiException"/> before generated code reads it. A
        /// success body is left to the generated method: one that returns a model reads it whole into a pooled buffer
        /// first (<see cref="Serialization.JsonBodies.ReaderAsync"/>), so a body that breaks off is reported as the API
        /// error it is, not as an IOException from deep inside the JSON reader.
        /// </summary>
        private protected Task ProcessResponseAsync(HttpClient client, HttpResponseMessage response, CancellationToken cancellationToken)
        {
            ResponseCharset.Normalize(response.Content);
            var status = (int)response.StatusCode;
            return status >= 200 && status < 300 ? Task.CompletedTask : ThrowAsync(response);
        }

        private static async Task ThrowAsync(HttpResponseMessage response)
        {
            var body = response.Content is null ? null : await response.Content.ReadAsStringAsync().ConfigureAwait(false);
            throw WassistApiException.FromResponse(response, body);
        }
    }
}
