using System.Linq;
using System.Net.Http;

namespace Wassist.Client.Tests;

/// <summary>What the client put on the wire for one request.</summary>
internal sealed class CapturedRequest
{
    internal int Count { get; private set; }

    internal string? Method { get; private set; }

    internal string? Url { get; private set; }

    /// <summary>The URL exactly as the client built it, escaping included.</summary>
    internal string? OriginalUrl { get; private set; }

    internal string? Body { get; private set; }

    internal string? ContentType { get; private set; }

    internal string? ApiKeyHeader { get; private set; }

    internal void Record(HttpRequestMessage request)
    {
        Count++;
        Method = request.Method.Method;
        Url = request.RequestUri!.AbsoluteUri;
        OriginalUrl = request.RequestUri.OriginalString;
        Body = request.Content?.ReadAsStringAsync().GetAwaiter().GetResult();
        ContentType = request.Content?.Headers.ContentType?.MediaType;
        ApiKeyHeader = request.Headers.TryGetValues("X-API-Key", out var values) ? string.Join(",", values) : null;
    }
}
