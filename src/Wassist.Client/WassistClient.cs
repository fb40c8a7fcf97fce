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

        /// <summary>Creates a client with its own <see cref="HttpClient"/>, disposed with the client.</summary>
        public WassistClient(WassistClientOptions options)
            : this(new HttpClient(), options, ownsHttpClient: true)
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
            }
            catch when (ownsHttpClient)
            {
                httpClient.Dispose();
                throw;
            }
        }

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
