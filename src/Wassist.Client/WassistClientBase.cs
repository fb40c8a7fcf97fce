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
        private const string ApiKeyHeader = "X-API-Key";

        /// <summary>Creates the base from options; throws <see cref="System.ArgumentException"/> naming a bad option.</summary>
        protected WassistClientBase(WassistClientOptions configuration)
        {
            if (configuration is null)
            {
                throw new System.ArgumentNullException(nameof(configuration));
            }

            ApiRoot = configuration.Validate();
            ApiKey = configuration.ApiKey!;
        }

        /// <summary>The API root with a trailing slash, from <see cref="WassistClientOptions.BaseUrl"/>.</summary>
        private protected string ApiRoot { get; }

        private string ApiKey { get; }

        /// <summary>Called by generated code before the URL is final; nothing to add there.</summary>
        protected Task PrepareRequestAsync(HttpClient client, HttpRequestMessage request, StringBuilder urlBuilder, CancellationToken cancellationToken) =>
            Task.CompletedTask;

        /// <summary>Adds the API key and client identification to every request.</summary>
        protected Task PrepareRequestAsync(HttpClient client, HttpRequestMessage request, string url, CancellationToken cancellationToken)
        {
            request.Headers.Remove(ApiKeyHeader);
            request.Headers.TryAddWithoutValidation(ApiKeyHeader, ApiKey);
            request.Headers.UserAgent.ParseAdd(ClientInfo.UserAgent);
            return Task.CompletedTask;
        }

        /// <summary>Turns every non-success response into a <see cref="WassistApiException"/> before generated code reads it.</summary>
        protected async Task ProcessResponseAsync(HttpClient client, HttpResponseMessage response, CancellationToken cancellationToken)
        {
            var status = (int)response.StatusCode;
            if (status >= 200 && status < 300)
            {
                return;
            }

            var body = response.Content is null ? null : await response.Content.ReadAsStringAsync().ConfigureAwait(false);
            throw WassistApiException.FromResponse(response, body, ApiKey);
        }
    }
}
