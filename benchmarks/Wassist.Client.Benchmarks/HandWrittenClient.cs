using System;
using System.Collections.Generic;
using System.IO;
using System.Net.Http;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;

namespace Wassist.Benchmarks
{
    /// <summary>
    /// The call a careful developer writes by hand against the API: one request per call with the key, Accept and
    /// User-Agent added without parsing, read as a stream, an error status thrown with its body, and <c>next</c>
    /// links followed only on the API host (the key goes with them). The serializer is the subclass's.
    /// </summary>
    public abstract class HandWrittenClient
    {
        private const string UserAgent = "Example.Integration/1.0";

        private readonly HttpClient _http;
        private readonly string _apiKey;
        private readonly Uri _apiRoot;
        private readonly Uri _conversations;

        protected HandWrittenClient(HttpClient http, string apiKey, Uri apiRoot)
        {
            ArgumentNullException.ThrowIfNull(http);
            ArgumentException.ThrowIfNullOrWhiteSpace(apiKey);
            if (apiRoot is not { IsAbsoluteUri: true, Scheme: "https" })
            {
                throw new ArgumentException("The API root must be an absolute https URL.", nameof(apiRoot));
            }

            _http = http;
            _apiKey = apiKey;
            _apiRoot = apiRoot;
            _conversations = new Uri(apiRoot, "api/v1/conversations/");
        }

        public Task<ConversationDto> CreateConversationAsync(CreateConversationRequest input, CancellationToken cancellationToken = default) =>
            SendAsync<ConversationDto>(HttpMethod.Post, _conversations, Serialize(input), cancellationToken);

        public Task<ConversationPageDto> ListConversationsAsync(int limit, CancellationToken cancellationToken = default) =>
            SendAsync<ConversationPageDto>(HttpMethod.Get, new Uri(_apiRoot, $"api/v1/conversations/?limit={limit}"), null, cancellationToken);

        public async IAsyncEnumerable<ConversationDto> ListAllConversationsAsync(int pageSize, [EnumeratorCancellation] CancellationToken cancellationToken = default)
        {
            Uri? url = new Uri(_apiRoot, $"api/v1/conversations/?limit={pageSize}");
            while (url is not null)
            {
                var page = await ListPageAsync(url, cancellationToken).ConfigureAwait(false);
                foreach (var item in page.Results)
                {
                    yield return item;
                }

                url = page.Next;
                if (url is not null && (url.Scheme != _apiRoot.Scheme || url.Authority != _apiRoot.Authority))
                {
                    throw new InvalidOperationException($"The next page is not on the API host: {url.GetLeftPart(UriPartial.Authority)}.");
                }
            }
        }

        private Task<ConversationPageDto> ListPageAsync(Uri url, CancellationToken cancellationToken) =>
            SendAsync<ConversationPageDto>(HttpMethod.Get, url, null, cancellationToken);

        protected abstract HttpContent Serialize<T>(T body);

        protected abstract ValueTask<T?> DeserializeAsync<T>(Stream body, CancellationToken cancellationToken);

        private async Task<T> SendAsync<T>(HttpMethod method, Uri url, HttpContent? content, CancellationToken cancellationToken)
        {
            using var request = new HttpRequestMessage(method, url) { Content = content };
            request.Headers.TryAddWithoutValidation("X-API-Key", _apiKey);
            request.Headers.TryAddWithoutValidation("Accept", "application/json");
            request.Headers.TryAddWithoutValidation("User-Agent", UserAgent);
            using var response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
            if (!response.IsSuccessStatusCode)
            {
                var error = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
                throw new HttpRequestException($"{method} {url.AbsolutePath} answered {(int)response.StatusCode}: {error}", null, response.StatusCode);
            }

            using var stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
            return await DeserializeAsync<T>(stream, cancellationToken).ConfigureAwait(false)
                ?? throw new InvalidDataException($"{method} {url.AbsolutePath} answered an empty body.");
        }
    }
}
