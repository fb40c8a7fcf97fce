using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using NUnit.Framework;

namespace Wassist.Client.Tests;

/// <summary>
/// Every answer the retry handler does not hand back is disposed, so its connection goes back to the pool: the answer
/// it retries, and the one it is reading when an attempt times out, the call times out, the caller cancels or the
/// body breaks off.
/// </summary>
public class AbandonedAnswerTests
{
    private const string ItemUrl = "https://backend.wassist.app/api/v1/conversations/c1/";

    private static HttpClient Client(StubHandler stub, Action<WassistClientOptions> configure, Func<TimeSpan, CancellationToken, Task>? delay = null)
    {
        var options = new WassistClientOptions { ApiKey = TestClient.ApiKey, InitialRetryDelay = TimeSpan.FromMilliseconds(10) };
        configure(options);
        var retry = new WassistRetryHandler(options) { InnerHandler = stub, Jitter = () => 0, Delay = delay ?? ((_, _) => Task.CompletedTask) };
        return new HttpClient(retry) { Timeout = Timeout.InfiniteTimeSpan };
    }

    /// <summary>Answers each attempt with the next response, keeping every content it handed out.</summary>
    private static StubHandler Answers(List<TrackedContent> handedOut, params Func<HttpResponseMessage>[] responses) =>
        new((_, _) =>
        {
            var response = TestHttp.Tracked(responses[Math.Min(handedOut.Count, responses.Length - 1)](), out var content);
            handedOut.Add(content);
            return Task.FromResult(response);
        });

    [Test]
    public async Task An_answer_that_is_retried_is_disposed()
    {
        var answered = new List<HttpResponseMessage>();
        var stub = new StubHandler((_, _) =>
        {
            answered.Add(TestHttp.Json(answered.Count == 0 ? 503 : 200, "{\"n\":" + answered.Count + "}"));
            return Task.FromResult(answered[^1]);
        });
        using var http = Client(stub, _ => { });

        using var last = await http.GetAsync(ItemUrl);

        Assert.That(await last.Content.ReadAsStringAsync(), Is.EqualTo("{\"n\":1}"));
        await Assert.ThrowsAsync<ObjectDisposedException>(() => answered[0].Content.ReadAsStringAsync(), "the 503 was disposed before the retry");
    }

    [Test]
    public async Task A_body_that_breaks_off_is_disposed_before_the_retry()
    {
        var handedOut = new List<TrackedContent>();
        using var http = Client(Answers(handedOut, () => TestHttp.Truncated(200, "{\"id\":"), () => TestHttp.Json(200, "{\"id\":1}")), _ => { });

        using var response = await http.GetAsync(ItemUrl);

        Assert.That(await response.Content.ReadAsStringAsync(), Is.EqualTo("{\"id\":1}"));
        Assert.That(handedOut[0].Disposed, Is.True);
    }

    [Test]
    public async Task A_body_that_stalls_past_the_attempt_timeout_is_disposed_on_every_attempt()
    {
        var handedOut = new List<TrackedContent>();
        using var http = Client(Answers(handedOut, () => TestHttp.Stalling(200, "{\"id\":")), o =>
        {
            o.AttemptTimeout = TimeSpan.FromMilliseconds(60);
            o.MaxRetries = 1;
        });

        await Assert.ThrowsAsync<WassistTimeoutException>(() => http.GetAsync(ItemUrl));

        Assert.That(handedOut, Has.Count.EqualTo(2));
        Assert.That(handedOut.ConvertAll(c => c.Disposed), Is.All.True);
    }

    [Test]
    public async Task A_body_that_stalls_past_the_overall_timeout_is_disposed()
    {
        var handedOut = new List<TrackedContent>();
        using var http = Client(Answers(handedOut, () => TestHttp.Stalling(200, "{\"id\":")), o =>
        {
            o.AttemptTimeout = Timeout.InfiniteTimeSpan;
            o.Timeout = TimeSpan.FromMilliseconds(100);
        });

        var error = await Assert.ThrowsAsync<WassistTimeoutException>(() => http.GetAsync(ItemUrl));

        Assert.That(error!.Message, Is.EqualTo("The Wassist API call did not finish within the overall timeout of 0.1 s (1 attempt(s))."));
        Assert.That(handedOut[0].Disposed, Is.True);
    }

    [Test]
    public void A_body_the_caller_stops_waiting_for_is_disposed()
    {
        var handedOut = new List<TrackedContent>();
        using var http = Client(Answers(handedOut, () => TestHttp.Stalling(200, "{\"id\":")), _ => { });
        using var cts = new CancellationTokenSource(TimeSpan.FromMilliseconds(80));

        Assert.That(async () => await http.GetAsync(ItemUrl, cts.Token), Throws.InstanceOf<OperationCanceledException>());

        Assert.That(handedOut[0].Disposed, Is.True);
    }

    [Test]
    public async Task An_answer_waiting_to_be_retried_when_the_caller_cancels_is_disposed()
    {
        var answered = new List<HttpResponseMessage>();
        var stub = new StubHandler((_, _) =>
        {
            answered.Add(TestHttp.Json(503));
            return Task.FromResult(answered[^1]);
        });
        using var http = Client(stub, _ => { }, (_, token) => Task.Delay(Timeout.Infinite, token));
        using var cts = new CancellationTokenSource(TimeSpan.FromMilliseconds(80));

        Assert.That(async () => await http.GetAsync(ItemUrl, cts.Token), Throws.InstanceOf<OperationCanceledException>());

        Assert.That(answered, Has.Count.EqualTo(1));
        await Assert.ThrowsAsync<ObjectDisposedException>(() => answered[0].Content.ReadAsStringAsync(), "the 503 was disposed when the wait was cancelled");
    }
}
