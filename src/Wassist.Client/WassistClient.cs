using System;
using System.Net.Http;

namespace Wassist
{
    /// <summary>
    /// Entry point of the Wassist API: one property per resource (generated from the API description), each created
    /// on first use, all sharing one <see cref="HttpClient"/> and one set of <see cref="WassistClientOptions"/>,
    /// checked once when the client is created.
    /// </summary>
    public partial class WassistClient : IDisposable
    {
        private readonly CheckedOptions _options;
        private readonly HttpClient _httpClient;
        private readonly bool _ownsHttpClient;
        private WassistPaging? _paging;

        /// <summary>Creates a client for the API key, with every other option at its default.</summary>
        /// <param name="apiKey">Your Wassist API key.</param>
        /// <exception cref="ArgumentException">The key is empty or holds whitespace.</exception>
        public WassistClient(string apiKey)
            : this(new WassistClientOptions { ApiKey = apiKey })
        {
        }

        /// <summary>
        /// Creates a client with its own <see cref="HttpClient"/> (with <see cref="WassistRetryHandler"/>, and no
        /// redirects followed, so the key never follows one), disposed with the client.
        /// </summary>
        /// <exception cref="ArgumentException">An option is invalid; the message names it.</exception>
        public WassistClient(WassistClientOptions options)
            : this(new CheckedOptions(options), httpClient: null)
        {
        }

        /// <summary>Creates a client on a caller-owned <see cref="HttpClient"/> (from IHttpClientFactory, or with test handlers).</summary>
        /// <exception cref="ArgumentException">An option is invalid; the message names it.</exception>
        public WassistClient(HttpClient httpClient, WassistClientOptions options)
            : this(new CheckedOptions(options), httpClient ?? throw new ArgumentNullException(nameof(httpClient)))
        {
        }

        /// <summary>For mocking frameworks: an instance whose resource properties are all to be substituted.</summary>
        protected WassistClient()
        {
            _options = null!;
            _httpClient = null!;
        }

        private WassistClient(CheckedOptions options, HttpClient? httpClient)
        {
            _options = options;
            _ownsHttpClient = httpClient is null;
            _httpClient = httpClient ?? CreateHttpClient(options.Options);
        }

        internal static HttpClient CreateHttpClient(WassistClientOptions options)
        {
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
        public virtual WassistPaging Paging => _paging ??= new WassistPaging(_options, _httpClient);

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
