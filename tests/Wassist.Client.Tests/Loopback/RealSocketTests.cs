using System;
using System.Diagnostics;
using System.Linq;
using System.Net.Http;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using NUnit.Framework;
using Wassist.Tests.Shared;

namespace Wassist.Client.Tests.Loopback;

/// <summary>Retries, timeouts, resets and cut-off bodies against a real Kestrel server on loopback.</summary>
[NonParallelizable]
public class RealSocketTests
{
    private const string ListPath = "api/v1/agents/";

    private static CreateConversationInput Input => new() { ToNumber = "+447700900123" };

    private static Task Json(HttpContext context, int status, string body, string? retryAfter = null)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json";
        if (retryAfter is not null)
        {
            context.Response.Headers.RetryAfter = retryAfter;
        }

        return context.Response.WriteAsync(body);
    }

    [Test]
    public async Task Retry_after_is_waited_out_in_real_time()
    {
        await using var server = await KestrelWassist.StartAsync((context, call) =>
            call == 1 ? Json(context, 429, "{\"detail\":\"Request was throttled.\"}", retryAfter: "1") : Json(context, 200, "[]"));
        using var wassist = server.Client();

        var page = await wassist.Paging.GetFirstPageAsync<object>(ListPath);

        var times = server.Received.Select(r => r.At).ToArray();
        Assert.That(page.Items, Is.Empty);
        Assert.That(times, Has.Length.EqualTo(2));
        Assert.That((times[1] - times[0]).TotalMilliseconds, Is.GreaterThanOrEqualTo(950).And.LessThan(5000));
    }

    [Test]
    public async Task The_body_retry_after_is_waited_out_in_real_time()
    {
        await using var server = await KestrelWassist.StartAsync((context, call) =>
            call == 1 ? Json(context, 429, "{\"retry_after\":1}") : Json(context, 200, "[]"));
        using var wassist = server.Client();

        await wassist.Paging.GetFirstPageAsync<object>(ListPath);

        var times = server.Received.Select(r => r.At).ToArray();
        Assert.That((times[1] - times[0]).TotalMilliseconds, Is.GreaterThanOrEqualTo(950));
    }

    [Promise("timeouts")]
    [Test]
    public async Task A_server_that_never_answers_times_out_per_attempt()
    {
        await using var server = await KestrelWassist.StartAsync(async (context, _) => await Task.Delay(TimeSpan.FromSeconds(30), context.RequestAborted));
        using var wassist = server.Client(o =>
        {
            o.AttemptTimeout = TimeSpan.FromMilliseconds(300);
            o.MaxRetries = 1;
            o.InitialRetryDelay = TimeSpan.FromMilliseconds(10);
        });
        var watch = Stopwatch.StartNew();

        var error = await Assert.ThrowsAsync<WassistTimeoutException>(() => wassist.Paging.GetFirstPageAsync<object>(ListPath));

        Assert.That(error!.Message, Does.Contain("attempt timeout"));
        Assert.That(watch.Elapsed, Is.LessThan(TimeSpan.FromSeconds(5)));
        Assert.That(server.Count, Is.EqualTo(2));
    }

    [Test]
    public async Task A_body_that_stalls_after_the_headers_is_covered_by_the_attempt_timeout()
    {
        await using var server = await KestrelWassist.StartAsync(async (context, _) =>
        {
            context.Response.StatusCode = 201;
            context.Response.ContentLength = 400;
            await context.Response.WriteAsync("{\"id\":\"5f1c2a9e");
            await context.Response.Body.FlushAsync();
            await Task.Delay(TimeSpan.FromSeconds(30), context.RequestAborted);
        });
        // Two seconds leave a loaded machine time to connect; the body stalls for 30 s, far beyond them.
        using var wassist = server.Client(o => o.AttemptTimeout = TimeSpan.FromSeconds(2));
        var watch = Stopwatch.StartNew();

        await Assert.ThrowsAsync<WassistTimeoutException>(() => wassist.Conversations.CreateAsync(Input));

        Assert.That(watch.Elapsed, Is.LessThan(TimeSpan.FromSeconds(10)));
        Assert.That(server.Count, Is.EqualTo(1));
    }

    [Test]
    public async Task The_overall_timeout_stops_retries_in_real_time()
    {
        await using var server = await KestrelWassist.StartAsync((context, _) => Json(context, 503, "{}"));
        using var wassist = server.Client(o =>
        {
            o.MaxRetries = 10;
            o.InitialRetryDelay = TimeSpan.FromMilliseconds(400);
            o.Timeout = TimeSpan.FromMilliseconds(1500);
        });
        var watch = Stopwatch.StartNew();

        var error = await Assert.CatchAsync<Exception>(() => wassist.Paging.GetFirstPageAsync<object>(ListPath));

        Assert.That(error, Is.InstanceOf<WassistApiException>());
        Assert.That(watch.Elapsed, Is.LessThan(TimeSpan.FromSeconds(3)));
        Assert.That(server.Count, Is.InRange(2, 5));
    }

    [Promise("retried-failures")]
    [Test]
    public async Task A_connection_reset_is_retried_for_a_get()
    {
        await using var server = await KestrelWassist.StartAsync((context, call) =>
        {
            if (call == 1)
            {
                context.Abort();
                return Task.CompletedTask;
            }

            return Json(context, 200, "{\"count\":1,\"next\":null,\"previous\":null,\"results\":[{}]}");
        });
        using var wassist = server.Client(o => o.InitialRetryDelay = TimeSpan.FromMilliseconds(10));

        var page = await wassist.Paging.GetFirstPageAsync<object>(ListPath);

        Assert.That(page.TotalCount, Is.EqualTo(1));
        Assert.That(server.Count, Is.EqualTo(2));
    }

    [Test]
    public async Task A_connection_reset_on_a_post_is_not_retried_and_reaches_the_caller()
    {
        await using var server = await KestrelWassist.StartAsync((context, _) =>
        {
            context.Abort();
            return Task.CompletedTask;
        });
        using var wassist = server.Client();

        var error = await Assert.ThrowsAsync<WassistConnectionException>(() => wassist.Conversations.CreateAsync(Input));

        Assert.That(error!.InnerException, Is.InstanceOf<HttpRequestException>());
        Assert.That(server.Count, Is.EqualTo(1));
    }

    [Test]
    public async Task An_opted_in_post_is_sent_again_with_the_same_body_over_a_real_socket()
    {
        var bodies = new System.Collections.Concurrent.ConcurrentQueue<string>();
        await using var server = await KestrelWassist.StartAsync(async (context, call) =>
        {
            bodies.Enqueue(await new System.IO.StreamReader(context.Request.Body).ReadToEndAsync());
            await (call == 1 ? Json(context, 502, "<html>Bad Gateway</html>") : Json(context, 201, Fixture.Read("conversations/conversation.open.json")));
        });
        using var wassist = server.Client(o =>
        {
            o.RetryNonIdempotentRequests = true;
            o.InitialRetryDelay = TimeSpan.FromMilliseconds(10);
        });

        var conversation = await wassist.Conversations.CreateAsync(Input);

        Assert.That(conversation.Id, Is.Not.Null);
        Assert.That(bodies.Distinct().Single(), Is.EqualTo("{\"toNumber\":\"+447700900123\"}"));
        Assert.That(server.Count, Is.EqualTo(2));
    }

    private static async Task CutOff(HttpContext context, int status, string firstPart)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json";
        context.Response.ContentLength = 2000;
        await context.Response.Body.WriteAsync(Encoding.UTF8.GetBytes(firstPart));
        await context.Response.Body.FlushAsync();
        // Let the client read the headers and the first part before the reset, or the reset would discard them.
        await Task.Delay(300);
        context.Abort();
    }

    [Test]
    public async Task A_created_response_with_a_truncated_body_is_a_WassistApiException()
    {
        await using var server = await KestrelWassist.StartAsync((context, _) => CutOff(context, 201, "{\"id\":\"5f1c2a9e-8b7d-4c3e-a1f2-"));
        using var wassist = server.Client();

        var error = await Assert.ThrowsAsync<WassistApiException>(() => wassist.Conversations.CreateAsync(Input));

        Assert.That(error!.StatusCode, Is.EqualTo(201));
        Assert.That(error.Message, Does.Contain("ended before its body was complete"));
        Assert.That(server.Count, Is.EqualTo(1));
    }

    [Test]
    public async Task A_truncated_page_is_fetched_again()
    {
        await using var server = await KestrelWassist.StartAsync((context, call) =>
            call == 1 ? CutOff(context, 200, "{\"count\":3,\"next\":null,\"results\":[{},") : Json(context, 200, "[{},{},{}]"));
        using var wassist = server.Client(o => o.InitialRetryDelay = TimeSpan.FromMilliseconds(10));

        var page = await wassist.Paging.GetFirstPageAsync<object>(ListPath);

        Assert.That(page.Items, Has.Count.EqualTo(3));
        Assert.That(server.Count, Is.EqualTo(2));
    }

    [Promise("no-redirects")]
    [Test]
    public async Task A_redirect_is_not_followed_so_the_key_does_not_travel_with_it()
    {
        await using var elsewhere = await KestrelWassist.StartAsync((context, _) => Json(context, 200, "[]"));
        await using var server = await KestrelWassist.StartAsync((context, _) =>
        {
            context.Response.StatusCode = 302;
            context.Response.Headers.Location = elsewhere.BaseUrl + ListPath;
            return Task.CompletedTask;
        });
        using var wassist = server.Client();

        var error = await Assert.CatchAsync<WassistApiException>(() => wassist.Paging.GetFirstPageAsync<object>(ListPath));

        Assert.That(error!.StatusCode, Is.EqualTo(302));
        Assert.That(elsewhere.Count, Is.Zero);
    }

    [Test]
    public async Task Caller_cancellation_aborts_a_slow_request_promptly()
    {
        await using var server = await KestrelWassist.StartAsync(async (context, _) => await Task.Delay(TimeSpan.FromSeconds(30), context.RequestAborted));
        using var wassist = server.Client();
        using var cts = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));
        var watch = Stopwatch.StartNew();

        Assert.That(async () => await wassist.Paging.GetFirstPageAsync<object>(ListPath, cancellationToken: cts.Token), Throws.InstanceOf<OperationCanceledException>());
        Assert.That(watch.Elapsed, Is.LessThan(TimeSpan.FromSeconds(5)));
    }
}
