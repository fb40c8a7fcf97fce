using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Threading.Tasks;
using RichardSzalay.MockHttp;

namespace Wassist.Client.Tests;

/// <summary>
/// MockHttp behind a <see cref="WassistRetryHandler"/> whose waits are recorded instead of slept, and whose jitter is
/// pinned, so retry timing can be asserted exactly.
/// </summary>
internal sealed class RetryingClient : IDisposable
{
    internal RetryingClient(Action<WassistClientOptions>? configure = null, double jitter = 0)
    {
        Options = new WassistClientOptions { ApiKey = TestClient.ApiKey };
        configure?.Invoke(Options);
        Handler = new MockHttpMessageHandler();
        Handler.Fallback.Respond(_ => throw new InvalidOperationException("The test sent a request it did not expect."));
        Retry = new WassistRetryHandler(Options)
        {
            InnerHandler = Handler,
            Jitter = () => jitter,
            Delay = (delay, token) =>
            {
                Delays.Add(delay);
                return Task.CompletedTask;
            },
        };
        Http = new HttpClient(Retry);
        Wassist = new WassistClient(Http, Options);
    }

    internal WassistClientOptions Options { get; }

    internal MockHttpMessageHandler Handler { get; }

    internal WassistRetryHandler Retry { get; }

    internal HttpClient Http { get; }

    internal WassistClient Wassist { get; }

    internal List<TimeSpan> Delays { get; } = [];

    /// <summary>Answers requests to <paramref name="url"/> with the given responses in order, counting the calls.</summary>
    internal Func<int> RespondInOrder(HttpMethod method, string url, params Func<HttpResponseMessage>[] responses)
    {
        var calls = 0;
        Handler.When(method, url).Respond(_ => responses[Math.Min(calls++, responses.Length - 1)]());
        return () => calls;
    }

    public void Dispose()
    {
        Wassist.Dispose();
        Http.Dispose();
    }
}
