using System;
using System.Net.Http;

namespace Wassist
{
    /// <summary>
    /// Entry point of the Wassist API: one property per resource (generated from the API description), all sharing
    /// one <see cref="HttpClient"/> and one set of checked <see cref="WassistClientOptions"/>.
    /// </summary>
    public partial class WassistClient : IDisposable
    {
        private readonly HttpClient _httpClient;
        private readonly bool _ownsHttpClient;

        /// <summary>
        /// Creates a client with its own <see cref="HttpClient"/> (with <see cref="WassistRetryHandler"/>, and no
        /// redirects followed, so the key never follows one), disposed with the client.
        /// </summary>
        public WassistClient(WassistClientOptions options)
            : this(CreateHttpClient(options), options, ownsHttpClient: true)
        {
        }

        /// <summary>Creates a client on a caller-owned <see cref="HttpClient"/> (from IHttpClientFactory, or with test handlers).</summary>
        public WassistClient(HttpClient httpClient, WassistClientOptions options)
            : this(httpClient ?? throw new ArgumentNullException(nameof(httpClient)), options, ownsHttpClient: false)
        {
        }

        private WassistClient(HttpClient httpClient, WassistClientOptions options, bool ownsHttpClient)
        {
            if (options is null)
            {
                throw new ArgumentNullException(nameof(options));
            }

            _httpClient = httpClient;
            _ownsHttpClient = ownsHttpClient;
            try
            {
                CreateResourceClients(options, httpClient);
                Paging = new WassistPaging(options, httpClient);
            }
            catch when (ownsHttpClient)
            {
                httpClient.Dispose();
                throw;
            }
        }

        internal static HttpClient CreateHttpClient(WassistClientOptions options)
        {
            if (options is null)
            {
                throw new ArgumentNullException(nameof(options));
            }

#if NET8_0_OR_GREATER
            // Recycle pooled connections now and then, so a long-lived client follows DNS changes of the API host.
            HttpMessageHandler transport = new SocketsHttpHandler { AllowAutoRedirect = false, PooledConnectionLifetime = TimeSpan.FromMinutes(5) };
#else
            HttpMessageHandler transport = new HttpClientHandler { AllowAutoRedirect = false };
#endif
            var retry = new WassistRetryHandler(options) { InnerHandler = transport };
            // The retry handler enforces the attempt and overall timeouts; HttpClient's own 100 s limit would cut them short.
            return new HttpClient(retry) { Timeout = System.Threading.Timeout.InfiniteTimeSpan };
        }

        /// <summary>Any list, a page at a time or item by item (<c>GetAllAsync</c>), following <c>next</c> links.</summary>
        public WassistPaging Paging { get; }

        /// <summary>Disposes the <see cref="HttpClient"/> if this client created it.</summary>
        public void Dispose()
        {
            if (_ownsHttpClient)
            {
                _httpClient.Dispose();
            }

            GC.SuppressFinalize(this);
        }
    }
}
