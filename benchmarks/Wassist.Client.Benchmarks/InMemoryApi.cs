using System;
using System.Collections.Concurrent;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Wassist.Tests.Shared;

namespace Wassist.Benchmarks
{
    /// <summary>
    /// The conversation endpoints of the API, in memory, answering as a socket would: it drains the request body,
    /// then answers with a fresh, unbuffered body stream with <c>Content-Length</c> and the headers a Django REST
    /// Framework server behind nginx sends. <c>POST</c> creates a conversation (201); <c>GET</c> answers the page
    /// that <c>limit</c> and <c>offset</c> ask for, of <see cref="Total"/> conversations.
    /// </summary>
    internal sealed class InMemoryApi : HttpMessageHandler
    {
        private readonly ConcurrentDictionary<string, byte[]> _pages = new(StringComparer.Ordinal);

        /// <summary>How many conversations the list holds.</summary>
        public int Total { get; set; } = 10_000;

        /// <summary>When set, the last request is kept (for the correctness check, never while timing).</summary>
        public bool Record { get; set; }

        public RecordedRequest? Last { get; private set; }

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            byte[]? sent = null;
            if (request.Content is not null)
            {
                if (Record)
                {
                    sent = await request.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
                }
                else
                {
                    await request.Content.CopyToAsync(Stream.Null, cancellationToken).ConfigureAwait(false);
                }
            }

            if (Record)
            {
                request.Headers.TryGetValues("X-API-Key", out var keys);
                Last = new RecordedRequest(request.Method.Method, request.RequestUri!, keys is null ? null : string.Join(",", keys), sent);
            }

            var url = request.RequestUri!;
            if (url.AbsolutePath != LiveShapedBodies.ConversationsPath)
            {
                return new HttpResponseMessage(HttpStatusCode.NotFound) { RequestMessage = request };
            }

            return request.Method == HttpMethod.Post
                ? Answer(request, HttpStatusCode.Created, LiveShapedBodies.Conversation)
                : Answer(request, HttpStatusCode.OK, _pages.GetOrAdd($"{Total}{url.Query}", PageFor, Total));
        }

        private static byte[] PageFor(string key, int total)
        {
            var query = LiveShapedBodies.Query(new Uri(LiveShapedBodies.ApiRoot + "?" + key.Split('?', 2)[1]));
            var limit = query.TryGetValue("limit", out var l) ? int.Parse(l) : 20;
            var offset = query.TryGetValue("offset", out var o) ? int.Parse(o) : 0;
            return LiveShapedBodies.Page(offset, limit, total);
        }

        private static HttpResponseMessage Answer(HttpRequestMessage request, HttpStatusCode status, byte[] body)
        {
            var response = new HttpResponseMessage(status) { RequestMessage = request, Version = HttpVersion.Version11 };
            var headers = response.Headers;
            headers.TryAddWithoutValidation("Date", "Sat, 28 Nov 2026 22:00:00 GMT");
            headers.TryAddWithoutValidation("Server", "nginx");
            headers.TryAddWithoutValidation("Connection", "keep-alive");
            headers.TryAddWithoutValidation("Vary", "Accept, Origin, Cookie");
            headers.TryAddWithoutValidation("Allow", "GET, POST, HEAD, OPTIONS");
            headers.TryAddWithoutValidation("X-Frame-Options", "DENY");
            headers.TryAddWithoutValidation("X-Content-Type-Options", "nosniff");
            headers.TryAddWithoutValidation("Referrer-Policy", "same-origin");
            headers.TryAddWithoutValidation("Cross-Origin-Opener-Policy", "same-origin");
            var content = new StreamContent(new ForwardOnlyStream(body));
            content.Headers.TryAddWithoutValidation("Content-Type", "application/json");
            content.Headers.TryAddWithoutValidation("Content-Length", body.Length.ToString(System.Globalization.CultureInfo.InvariantCulture));
            response.Content = content;
            return response;
        }
    }

    /// <summary>What a client sent: method, URL, API key and body.</summary>
    internal sealed record RecordedRequest(string Method, Uri Url, string? ApiKey, byte[]? Body);
}
