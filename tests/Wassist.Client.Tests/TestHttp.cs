using System;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

using Wassist.Tests.Shared;

namespace Wassist.Client.Tests;

/// <summary>Small HTTP doubles the retry and timeout tests need beside MockHttp.</summary>
internal static class TestHttp
{
    internal static HttpResponseMessage Json(int status, string body = "{}", Action<HttpResponseMessage>? decorate = null)
    {
        var response = new HttpResponseMessage((HttpStatusCode)status) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        decorate?.Invoke(response);
        return response;
    }

    /// <summary>A 2xx whose body stream fails after the first bytes, as when the connection drops mid-body.</summary>
    internal static HttpResponseMessage Truncated(int status, string firstPart) =>
        new((HttpStatusCode)status) { Content = new StreamContent(new ForwardOnlyStream(Encoding.UTF8.GetBytes(firstPart), breaksOff: true)) };
}

/// <summary>A handler driven by a delegate that sees the cancellation token (for hanging servers).</summary>
internal sealed class StubHandler(Func<HttpRequestMessage, CancellationToken, Task<HttpResponseMessage>> respond) : HttpMessageHandler
{
    internal int Calls;

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref Calls);
        return respond(request, cancellationToken);
    }
}
