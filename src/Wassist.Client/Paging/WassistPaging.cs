using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net.Http;
using System.Runtime.CompilerServices;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Newtonsoft.Json;

namespace Wassist
{
    /// <summary>
    /// Walks any list endpoint, a page at a time or item by item, following the absolute <c>next</c> URL the API
    /// returns until it is null. Only one page is held in memory at a time. Reached as <see cref="WassistClient.Paging"/>.
    /// </summary>
    /// <remarks>
    /// Every page request carries the API key, so <c>next</c> is followed only on the configured API host: a
    /// <c>next</c> on another host is refused, and an <c>http</c> <c>next</c> on the API's own https host is
    /// fetched over https.
    /// </remarks>
    public sealed partial class WassistPaging : WassistClientBase
    {
        /// <summary>The generated clients' response settings, made once: a serializer holds no per-call state.</summary>
        private static readonly JsonSerializer _serializer = CreateSerializer();

        private readonly HttpClient _httpClient;

        internal WassistPaging(CheckedOptions options, HttpClient httpClient)
            : base(options)
        {
            _httpClient = httpClient;
        }

        private static JsonSerializer CreateSerializer()
        {
            var settings = new JsonSerializerSettings();
            Serialization.WassistJson.Configure(settings, isRequest: false);
            return JsonSerializer.Create(settings);
        }

        /// <summary>Reads the first page of a list.</summary>
        /// <param name="path">The list's path under the API root, e.g. <c>api/v1/conversations/</c> (keep the trailing slash).</param>
        /// <param name="query">Query parameters such as <c>limit</c>, <c>offset</c> and filters; null values are left out.</param>
        /// <param name="cancellationToken">Cancels the request.</param>
        public Task<WassistPage<T>> GetFirstPageAsync<T>(string path, IEnumerable<KeyValuePair<string, string?>>? query, CancellationToken cancellationToken) =>
            GetFirstPageAsync<T>(path, query, requestOptions: null, cancellationToken);

        /// <summary>Reads the first page of a list, with <paramref name="requestOptions"/> for the request.</summary>
        /// <param name="path">The list's path under the API root, e.g. <c>api/v1/conversations/</c> (keep the trailing slash).</param>
        /// <param name="query">Query parameters such as <c>limit</c>, <c>offset</c> and filters; null values are left out.</param>
        /// <param name="requestOptions">Timeout, retries and extra headers for the request; null keeps the client's.</param>
        /// <param name="cancellationToken">Cancels the request.</param>
        public Task<WassistPage<T>> GetFirstPageAsync<T>(string path, IEnumerable<KeyValuePair<string, string?>>? query = null, WassistRequestOptions? requestOptions = null, CancellationToken cancellationToken = default) =>
            GetPageAsync<T>(FirstPageUrl(path, query), requestOptions, cancellationToken);

        /// <summary>Reads the page after <paramref name="page"/>, or returns null when it was the last.</summary>
        public Task<WassistPage<T>?> GetNextPageAsync<T>(WassistPage<T> page, CancellationToken cancellationToken) =>
            GetNextPageAsync(page, requestOptions: null, cancellationToken);

        /// <summary>Reads the page after <paramref name="page"/> with <paramref name="requestOptions"/>, or returns null when it was the last.</summary>
        public async Task<WassistPage<T>?> GetNextPageAsync<T>(WassistPage<T> page, WassistRequestOptions? requestOptions = null, CancellationToken cancellationToken = default)
        {
            if (page is null)
            {
                throw new ArgumentNullException(nameof(page));
            }

            return page.NextPageUrl is null ? null : await GetPageAsync<T>(page.NextPageUrl, requestOptions, cancellationToken).ConfigureAwait(false);
        }

        /// <summary>
        /// Reads the page a generated list method's <c>Next</c> (or <c>Previous</c>) points at, as that method's page
        /// type; null when <paramref name="pageUrl"/> is null (there is no such page).
        /// </summary>
        /// <example><code>var next = await wassist.Paging.GetLinkedPageAsync&lt;AgentPage&gt;(page.Next);</code></example>
        public Task<TPage?> GetLinkedPageAsync<TPage>(Uri? pageUrl, CancellationToken cancellationToken)
            where TPage : class =>
            GetLinkedPageAsync<TPage>(pageUrl, requestOptions: null, cancellationToken);

        /// <summary>
        /// Reads the page a generated list method's <c>Next</c> (or <c>Previous</c>) points at, as that method's page
        /// type, with <paramref name="requestOptions"/> for the request; null when <paramref name="pageUrl"/> is null.
        /// </summary>
        public async Task<TPage?> GetLinkedPageAsync<TPage>(Uri? pageUrl, WassistRequestOptions? requestOptions = null, CancellationToken cancellationToken = default)
            where TPage : class
        {
            var url = Link(pageUrl?.OriginalString);
            return url is null ? null : await GetAsync(url, reader => _serializer.Deserialize<TPage>(reader) ?? throw new JsonSerializationException("The page is null."), typeof(TPage).Name, requestOptions, cancellationToken).ConfigureAwait(false);
        }

#if NET8_0_OR_GREATER
        /// <summary>
        /// Every item of a list read through a generated list method: the first page comes from
        /// <paramref name="firstPage"/> (with its typed filters), each later one from the page's <c>next</c> link,
        /// until it is null.
        /// </summary>
        /// <example><code>
        /// await foreach (var agent in wassist.Paging.EnumerateAsync(ct => wassist.Agents.ListAsync(limit: 100, cancellationToken: ct), p => p.Results, p => p.Next))
        /// </code></example>
        public IAsyncEnumerable<T> EnumerateAsync<TPage, T>(Func<CancellationToken, Task<TPage>> firstPage, Func<TPage, IEnumerable<T>?> items, Func<TPage, Uri?> next, CancellationToken cancellationToken)
            where TPage : class =>
            EnumerateAsync(firstPage, items, next, requestOptions: null, cancellationToken);

        /// <summary>
        /// Every item of a list read through a generated list method, as above; each later page is read with
        /// <paramref name="requestOptions"/> (give them to the method in <paramref name="firstPage"/> too).
        /// </summary>
        public async IAsyncEnumerable<T> EnumerateAsync<TPage, T>(Func<CancellationToken, Task<TPage>> firstPage, Func<TPage, IEnumerable<T>?> items, Func<TPage, Uri?> next, WassistRequestOptions? requestOptions = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
            where TPage : class
        {
            if (firstPage is null || items is null || next is null)
            {
                throw new ArgumentNullException(firstPage is null ? nameof(firstPage) : items is null ? nameof(items) : nameof(next));
            }

            var page = await firstPage(cancellationToken).ConfigureAwait(false);
            while (page is not null)
            {
                foreach (var item in items(page) ?? [])
                {
                    yield return item;
                }

                page = await GetLinkedPageAsync<TPage>(next(page), requestOptions, cancellationToken).ConfigureAwait(false);
            }
        }

        /// <summary>Every page of a list, fetched one at a time as the caller moves on.</summary>
        public IAsyncEnumerable<WassistPage<T>> GetPagesAsync<T>(string path, IEnumerable<KeyValuePair<string, string?>>? query, CancellationToken cancellationToken) =>
            GetPagesAsync<T>(path, query, requestOptions: null, cancellationToken);

        /// <summary>Every page of a list, fetched one at a time as the caller moves on, each with <paramref name="requestOptions"/>.</summary>
        public async IAsyncEnumerable<WassistPage<T>> GetPagesAsync<T>(string path, IEnumerable<KeyValuePair<string, string?>>? query = null, WassistRequestOptions? requestOptions = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
        {
            WassistPage<T>? page = await GetFirstPageAsync<T>(path, query, requestOptions, cancellationToken).ConfigureAwait(false);
            while (page is not null)
            {
                yield return page;
                page = await GetNextPageAsync(page, requestOptions, cancellationToken).ConfigureAwait(false);
            }
        }

        /// <summary>Every item of a list, across all pages; the next page is fetched only when the caller reaches it.</summary>
        public IAsyncEnumerable<T> GetAllAsync<T>(string path, IEnumerable<KeyValuePair<string, string?>>? query, CancellationToken cancellationToken) =>
            GetAllAsync<T>(path, query, requestOptions: null, cancellationToken);

        /// <summary>Every item of a list, across all pages, each page read with <paramref name="requestOptions"/>.</summary>
        public async IAsyncEnumerable<T> GetAllAsync<T>(string path, IEnumerable<KeyValuePair<string, string?>>? query = null, WassistRequestOptions? requestOptions = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
        {
            await foreach (var page in GetPagesAsync<T>(path, query, requestOptions, cancellationToken).ConfigureAwait(false))
            {
                foreach (var item in page.Items)
                {
                    yield return item;
                }
            }
        }
#endif

        private Uri FirstPageUrl(string path, IEnumerable<KeyValuePair<string, string?>>? query)
        {
            if (string.IsNullOrWhiteSpace(path) || Uri.TryCreate(path, UriKind.Absolute, out _) || path.StartsWith("/", StringComparison.Ordinal))
            {
                throw new ArgumentException("Give the list's path under the API root, such as api/v1/conversations/.", nameof(path));
            }

            var url = new StringBuilder(ApiRoot).Append(path);
            var separator = path.IndexOf('?') >= 0 ? '&' : '?';
            foreach (var pair in query ?? Enumerable.Empty<KeyValuePair<string, string?>>())
            {
                if (pair.Value is null)
                {
                    continue;
                }

                url.Append(separator).Append(Uri.EscapeDataString(pair.Key)).Append('=').Append(Uri.EscapeDataString(pair.Value));
                separator = '&';
            }

            return new Uri(url.ToString());
        }

        /// <summary>The <c>next</c>/<c>previous</c> link as a URL the key may be sent to.</summary>
        private Uri? Link(string? link)
        {
            if (string.IsNullOrEmpty(link))
            {
                return null;
            }

            if (!Uri.TryCreate(ApiRootUri, link, out var url) || (url.Scheme != Uri.UriSchemeHttps && url.Scheme != Uri.UriSchemeHttp))
            {
                throw new InvalidOperationException($"The API returned a page link that is not an http(s) URL: '{link}'.");
            }

            if (!string.Equals(url.Host, ApiRootUri.Host, StringComparison.OrdinalIgnoreCase))
            {
                throw new InvalidOperationException($"The API returned a page link on another host ('{url.Host}'); the client follows page links only on {ApiRootUri.Host}, so the API key stays there.");
            }

            if (url.Scheme == Uri.UriSchemeHttp && ApiRootUri.Scheme == Uri.UriSchemeHttps && url.IsDefaultPort)
            {
                url = new UriBuilder(url) { Scheme = Uri.UriSchemeHttps, Port = ApiRootUri.Port }.Uri;
            }

            return url;
        }

        private Task<WassistPage<T>> GetPageAsync<T>(Uri url, WassistRequestOptions? requestOptions, CancellationToken cancellationToken) =>
            GetAsync(url, Read<T>, $"a list of {typeof(T).Name}", requestOptions, cancellationToken);

        /// <summary>GETs <paramref name="url"/> with the key and the usual error handling, and reads the body with <paramref name="read"/>.</summary>
        private async Task<TResult> GetAsync<TResult>(Uri url, Func<JsonTextReader, TResult> read, string what, WassistRequestOptions? requestOptions, CancellationToken cancellationToken)
        {
            EnterCall();
            using var request = new HttpRequestMessage(HttpMethod.Get, url);
            PerCallOptions.Attach(request, requestOptions);
            request.Headers.TryAddWithoutValidation("Accept", "application/json");
            await PrepareRequestAsync(_httpClient, request, url.AbsoluteUri, cancellationToken).ConfigureAwait(false);
            using var response = await _httpClient.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
            await ProcessResponseAsync(_httpClient, response, cancellationToken).ConfigureAwait(false);
            try
            {
                if (response.Content is null)
                {
                    throw new JsonSerializationException("The response has no body.");
                }

                using var reader = await Serialization.JsonBodies.ReaderAsync(response, cancellationToken).ConfigureAwait(false);
                reader.DateParseHandling = DateParseHandling.None;
                return read(reader);
            }
            catch (JsonException e)
            {
                throw new WassistApiException($"Could not read the page from {url.AbsolutePath} as {what}: {e.Message}", (int)response.StatusCode, null, WassistApiException.HeadersOf(response), e);
            }
        }

        /// <summary>
        /// Reads a page envelope or a bare array with the same tolerant rules as the generated list methods
        /// (<see cref="Serialization.ListShapeConverter"/>): a field of the wrong shape is ignored, never read as items.
        /// </summary>
        private WassistPage<T> Read<T>(JsonTextReader reader)
        {
            if (!reader.Read())
            {
                throw new JsonSerializationException("The body is empty.");
            }

            if (reader.TokenType == JsonToken.StartArray)
            {
                return new WassistPage<T>((List<T>)Serialization.TolerantValueConverter.ReadItems(reader, typeof(T), _serializer, out _), null, null, null);
            }

            if (reader.TokenType != JsonToken.StartObject)
            {
                throw new JsonSerializationException($"Expected a page object or an array, found {reader.TokenType}.");
            }

            var body = _serializer.Deserialize<PageBody<T>>(reader)!;
            if (body.Results is null)
            {
                throw new JsonSerializationException("The page has no 'results' array.");
            }

            return new WassistPage<T>((List<T>)body.Results, body.Count, Link(body.Next), Link(body.Previous));
        }

        /// <summary>The page envelope as the API sends it.</summary>
        private sealed class PageBody<T>
        {
            [JsonProperty("count")]
            public int? Count { get; set; }

            [JsonProperty("next")]
            public string? Next { get; set; }

            [JsonProperty("previous")]
            public string? Previous { get; set; }

            [JsonProperty("results")]
            public IList<T>? Results { get; set; }
        }
    }
}
