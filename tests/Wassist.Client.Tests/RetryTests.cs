using System;
using System.Linq;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using NUnit.Framework;
using RichardSzalay.MockHttp;
using Wassist.Tests.Shared;

namespace Wassist.Client.Tests;

/// <summary>WassistRetryHandler: which failures are retried, how long it waits, and when it gives up.</summary>
public class RetryTests
{
    private const string ItemUrl = "https://backend.wassist.app/api/v1/conversations/c1/";

    private static CreateConversationInput Input => new() { ToNumber = "+447700900123" };

    [Promise("retried-failures")]
    [TestCase(408)]
    [TestCase(425)]
    [TestCase(429)]
    [TestCase(500)]
    [TestCase(502)]
    [TestCase(503)]
    [TestCase(504)]
    public async Task A_get_is_retried_on_a_transient_status(int status)
    {
        using var test = new RetryingClient();
        var calls = test.RespondInOrder(HttpMethod.Get, ItemUrl, () => TestHttp.Json(status), () => TestHttp.Json(200, "{\"id\":1}"));

        using var response = await test.Http.GetAsync(ItemUrl);

        Assert.That((int)response.StatusCode, Is.EqualTo(200));
        Assert.That(calls(), Is.EqualTo(2));
    }

    [TestCase(400)]
    [TestCase(401)]
    [TestCase(403)]
    [TestCase(404)]
    [TestCase(409)]
    [TestCase(422)]
    [TestCase(501)]
    public async Task A_permanent_status_is_not_retried(int status)
    {
        using var test = new RetryingClient();
        var calls = test.RespondInOrder(HttpMethod.Get, ItemUrl, () => TestHttp.Json(status), () => TestHttp.Json(200));

        using var response = await test.Http.GetAsync(ItemUrl);

        Assert.That((int)response.StatusCode, Is.EqualTo(status));
        Assert.That(calls(), Is.EqualTo(1));
    }

    [TestCase("PUT")]
    [TestCase("DELETE")]
    public async Task Put_and_delete_are_retried_by_default(string method)
    {
        using var test = new RetryingClient();
        var calls = test.RespondInOrder(new HttpMethod(method), ItemUrl, () => TestHttp.Json(503), () => TestHttp.Json(204, ""));

        using var response = await test.Http.SendAsync(new HttpRequestMessage(new HttpMethod(method), ItemUrl) { Content = new StringContent("{}") });

        Assert.That(calls(), Is.EqualTo(2));
    }

    [Promise("writes-retried-on-opt-in")]
    [Test]
    public async Task A_post_is_not_retried_unless_the_caller_opts_in()
    {
        using var test = new RetryingClient();
        var calls = test.RespondInOrder(HttpMethod.Post, TestClient.ConversationsUrl, () => TestHttp.Json(503), () => TestHttp.Json(201, Fixture.Read("conversations/conversation.open.json")));

        var error = await Assert.ThrowsAsync<WassistServerException>(() => test.Wassist.Conversations.CreateAsync(Input));

        Assert.That(error!.StatusCode, Is.EqualTo(503));
        Assert.That(calls(), Is.EqualTo(1));
        Assert.That(test.Delays, Is.Empty);
    }

    [Promise("writes-retried-on-opt-in")]
    [TestCase("POST")]
    [TestCase("PATCH")]
    public async Task A_write_that_is_not_idempotent_is_not_retried_without_opt_in_but_is_with_it(string method)
    {
        using var plain = new RetryingClient();
        using var optedIn = new RetryingClient(o => o.RetryNonIdempotentRequests = true);
        var plainCalls = plain.RespondInOrder(new HttpMethod(method), ItemUrl, () => TestHttp.Json(503), () => TestHttp.Json(200));
        var optedInCalls = optedIn.RespondInOrder(new HttpMethod(method), ItemUrl, () => TestHttp.Json(503), () => TestHttp.Json(200));

        using var first = await plain.Http.SendAsync(new HttpRequestMessage(new HttpMethod(method), ItemUrl) { Content = new StringContent("{}") });
        using var second = await optedIn.Http.SendAsync(new HttpRequestMessage(new HttpMethod(method), ItemUrl) { Content = new StringContent("{}") });

        Assert.That(((int)first.StatusCode, plainCalls()), Is.EqualTo((503, 1)), "without RetryNonIdempotentRequests the 503 comes back after one attempt");
        Assert.That(((int)second.StatusCode, optedInCalls()), Is.EqualTo((200, 2)), "with RetryNonIdempotentRequests the 503 is retried");
    }

    [Test]
    public async Task A_post_is_retried_when_the_caller_opts_in_and_sends_the_same_body_again()
    {
        using var test = new RetryingClient(o => o.RetryNonIdempotentRequests = true);
        var bodies = new System.Collections.Generic.List<string>();
        var calls = 0;
        test.Handler.When(HttpMethod.Post, TestClient.ConversationsUrl).Respond(request =>
        {
            bodies.Add(request.Content!.ReadAsStringAsync().GetAwaiter().GetResult());
            return calls++ == 0 ? TestHttp.Json(502) : TestHttp.Json(201, Fixture.Read("conversations/conversation.open.json"));
        });

        var conversation = await test.Wassist.Conversations.CreateAsync(Input);

        Assert.That(conversation.Id, Is.EqualTo(Guid.Parse("5f1c2a9e-8b7d-4c3e-a1f2-0e9d8c7b6a51")));
        Assert.That(bodies, Has.Count.EqualTo(2));
        Assert.That(bodies[1], Is.EqualTo(bodies[0]));
    }

    [Test]
    public async Task It_gives_up_after_max_retries_and_returns_the_last_answer()
    {
        using var test = new RetryingClient(o => o.MaxRetries = 3);
        var calls = test.RespondInOrder(HttpMethod.Get, ItemUrl, () => TestHttp.Json(500));

        using var response = await test.Http.GetAsync(ItemUrl);

        Assert.That((int)response.StatusCode, Is.EqualTo(500));
        Assert.That(calls(), Is.EqualTo(4));
        Assert.That(test.Delays, Has.Count.EqualTo(3));
    }

    [Test]
    public async Task Zero_max_retries_turns_retrying_off()
    {
        using var test = new RetryingClient(o => o.MaxRetries = 0);
        var calls = test.RespondInOrder(HttpMethod.Get, ItemUrl, () => TestHttp.Json(503), () => TestHttp.Json(200));

        using var response = await test.Http.GetAsync(ItemUrl);

        Assert.That(calls(), Is.EqualTo(1));
    }

    [Promise("backoff-jitter")]
    [TestCase(0.0, new[] { 250.0, 500.0, 1000.0, 1500.0 })]
    [TestCase(1.0, new[] { 500.0, 1000.0, 2000.0, 3000.0 })]
    public async Task Backoff_doubles_with_jitter_and_is_capped(double jitter, double[] expectedMs)
    {
        using var test = new RetryingClient(o =>
        {
            o.MaxRetries = 4;
            o.InitialRetryDelay = TimeSpan.FromMilliseconds(500);
            o.MaxRetryDelay = TimeSpan.FromSeconds(3);
        }, jitter);
        test.RespondInOrder(HttpMethod.Get, ItemUrl, () => TestHttp.Json(503));

        using var response = await test.Http.GetAsync(ItemUrl);

        Assert.That(test.Delays.Select(d => d.TotalMilliseconds), Is.EqualTo(expectedMs).Within(0.001));
    }

    [Promise("backoff-jitter")]
    [Test]
    public async Task Without_a_pinned_jitter_each_wait_is_between_half_the_step_and_the_step_and_varies()
    {
        var options = new WassistClientOptions { ApiKey = TestClient.ApiKey, MaxRetries = 3, InitialRetryDelay = TimeSpan.FromMilliseconds(500), MaxRetryDelay = TimeSpan.FromSeconds(30) };
        var delays = new System.Collections.Generic.List<TimeSpan>();
        using var mock = new MockHttpMessageHandler();
        mock.When("*").Respond(_ => TestHttp.Json(503));
        using var http = new HttpClient(new WassistRetryHandler(options)
        {
            InnerHandler = mock,
            Delay = (delay, _) =>
            {
                delays.Add(delay);
                return Task.CompletedTask;
            },
        });

        for (var run = 0; run < 20; run++)
        {
            using var response = await http.GetAsync(ItemUrl);
        }

        var byStep = delays.Select((d, i) => (Step: 500 * Math.Pow(2, i % 3), Ms: d.TotalMilliseconds)).ToList();
        Assert.That(byStep.Where(d => d.Ms < d.Step / 2 || d.Ms > d.Step), Is.Empty, "waits outside [step / 2, step] for the steps 500, 1000, 2000 ms");
        Assert.That(byStep.Where(d => d.Step == 500).Select(d => d.Ms).Distinct().Count(), Is.GreaterThan(10), "the jitter is random, not fixed");
    }

    [Promise("retry-after")]
    [Test]
    public async Task Retry_after_seconds_is_waited_out()
    {
        using var test = new RetryingClient();
        test.RespondInOrder(HttpMethod.Get, ItemUrl, () => TestHttp.Json(429, "{}", r => r.Headers.Add("Retry-After", "7")), () => TestHttp.Json(200));

        using var response = await test.Http.GetAsync(ItemUrl);

        Assert.That(test.Delays, Is.EqualTo(new[] { TimeSpan.FromSeconds(7) }));
    }

    [Promise("retry-after")]
    [Test]
    public async Task Retry_after_as_an_http_date_is_waited_out()
    {
        var now = new DateTimeOffset(2026, 11, 25, 12, 0, 0, TimeSpan.Zero);
        using var test = new RetryingClient();
        test.Retry.Clock = () => now;
        test.RespondInOrder(HttpMethod.Get, ItemUrl, () => TestHttp.Json(503, "", r => r.Headers.Add("Retry-After", now.AddSeconds(12).ToString("r"))), () => TestHttp.Json(200));

        using var response = await test.Http.GetAsync(ItemUrl);

        Assert.That(test.Delays, Is.EqualTo(new[] { TimeSpan.FromSeconds(12) }));
    }

    [Test]
    public async Task The_body_retry_after_is_used_when_there_is_no_header()
    {
        using var test = new RetryingClient();
        test.RespondInOrder(HttpMethod.Get, ItemUrl, () => TestHttp.Json(429, "{\"retry_after\":4}"), () => TestHttp.Json(200));

        using var response = await test.Http.GetAsync(ItemUrl);

        Assert.That(test.Delays, Is.EqualTo(new[] { TimeSpan.FromSeconds(4) }));
    }

    [Promise("retry-after-cap")]
    [Test]
    public async Task A_retry_after_beyond_the_cap_is_not_waited_and_reaches_the_caller()
    {
        using var test = new RetryingClient(o => o.RetryNonIdempotentRequests = true);
        var calls = test.RespondInOrder(HttpMethod.Post, TestClient.ConversationsUrl, () => TestHttp.Json(429, Fixture.Read("errors/429.retry-after.json")));

        var error = await Assert.ThrowsAsync<WassistRateLimitException>(() => test.Wassist.Conversations.CreateAsync(Input));

        Assert.That(calls(), Is.EqualTo(1));
        Assert.That(test.Delays, Is.Empty);
        Assert.That(error!.RetryAfter, Is.EqualTo(TimeSpan.FromSeconds(60)));
    }

    [Promise("connection-exception")]
    [Test]
    public async Task A_network_error_is_retried_and_reaches_the_caller_as_a_connection_exception_when_retries_run_out()
    {
        using var test = new RetryingClient();
        var calls = 0;
        test.Handler.When(HttpMethod.Get, ItemUrl).Respond(_ =>
        {
            calls++;
            throw new HttpRequestException("Connection reset by peer (test)");
        });

        var error = await Assert.ThrowsAsync<WassistConnectionException>(() => test.Http.GetAsync(ItemUrl));

        Assert.That(error!.InnerException, Is.InstanceOf<HttpRequestException>());
        Assert.That(error.InnerException!.Message, Is.EqualTo("Connection reset by peer (test)"));
        Assert.That(error.StatusCode, Is.EqualTo(0), "no answer, so no status");
        Assert.That(error.Message, Does.Contain("backend.wassist.app").And.Contain("3 attempt(s)"));
        Assert.That(calls, Is.EqualTo(3));
    }

    [Test]
    public async Task A_post_that_hit_a_network_error_is_not_retried_by_default()
    {
        using var test = new RetryingClient();
        var calls = 0;
        test.Handler.When(HttpMethod.Post, TestClient.ConversationsUrl).Respond(_ =>
        {
            calls++;
            throw new HttpRequestException("Connection reset by peer (test)");
        });

        var error = await Assert.ThrowsAsync<WassistConnectionException>(() => test.Wassist.Conversations.CreateAsync(Input));
        Assert.That(error!.InnerException, Is.InstanceOf<HttpRequestException>());
        Assert.That(calls, Is.EqualTo(1));
    }

    [Promise("retried-failures")]
    [Test]
    public async Task A_body_that_breaks_off_is_retried_for_a_get()
    {
        using var test = new RetryingClient();
        var calls = test.RespondInOrder(HttpMethod.Get, ItemUrl, () => TestHttp.Truncated(200, "{\"id\":"), () => TestHttp.Json(200, "{\"id\":1}"));

        using var response = await test.Http.GetAsync(ItemUrl);

        Assert.That(await response.Content.ReadAsStringAsync(), Is.EqualTo("{\"id\":1}"));
        Assert.That(calls(), Is.EqualTo(2));
    }

    [Promise("unreadable-2xx")]
    [Test]
    public async Task A_created_response_whose_body_breaks_off_is_a_WassistApiException()
    {
        using var test = new RetryingClient();
        test.RespondInOrder(HttpMethod.Post, TestClient.ConversationsUrl, () => TestHttp.Truncated(201, "{\"id\":\"7d3b"));

        var error = await Assert.ThrowsAsync<WassistApiException>(() => test.Wassist.Conversations.CreateAsync(Input));

        Assert.That(error!.StatusCode, Is.EqualTo(201));
        Assert.That(error.Message, Does.Contain("ended before its body was complete"));
    }

    [Test]
    public async Task Without_the_handler_a_body_that_breaks_off_is_still_a_WassistApiException()
    {
        using var test = new TestClient();
        test.Handler.When(HttpMethod.Post, TestClient.ConversationsUrl).Respond(_ => TestHttp.Truncated(201, "{\"id\":\"7d3b"));

        var error = await Assert.ThrowsAsync<WassistApiException>(() => test.Wassist.Conversations.CreateAsync(Input));

        Assert.That(error!.StatusCode, Is.EqualTo(201));
        Assert.That(error.InnerException, Is.InstanceOf<System.IO.IOException>().Or.InstanceOf<HttpRequestException>());
    }

    private static HttpClient Hanging(StubHandler stub, Action<WassistClientOptions> configure, out WassistRetryHandler retry)
    {
        var options = new WassistClientOptions { ApiKey = TestClient.ApiKey };
        configure(options);
        retry = new WassistRetryHandler(options) { InnerHandler = stub, Delay = (_, _) => Task.CompletedTask };
        return new HttpClient(retry) { Timeout = Timeout.InfiniteTimeSpan };
    }

    private static async Task<HttpResponseMessage> Never(HttpRequestMessage request, CancellationToken token)
    {
        await Task.Delay(Timeout.Infinite, token);
        throw new InvalidOperationException("unreachable");
    }

    [Promise("retried-failures")]
    [Test]
    public async Task An_attempt_that_hangs_times_out_and_is_retried()
    {
        var stub = new StubHandler(Never);
        using var http = Hanging(stub, o =>
        {
            o.AttemptTimeout = TimeSpan.FromMilliseconds(100);
            o.MaxRetries = 1;
        }, out _);

        var error = await Assert.ThrowsAsync<WassistTimeoutException>(() => http.GetAsync(ItemUrl));

        Assert.That(error!.Message, Does.Contain("attempt timeout"));
        Assert.That(stub.Calls, Is.EqualTo(2));
    }

    [Promise("retried-failures")]
    [Test]
    public async Task A_body_that_stalls_after_its_headers_times_out_and_is_retried()
    {
        var stub = new StubHandler((_, _) => Task.FromResult(TestHttp.Stalling(200, "{\"id\":")));
        using var http = Hanging(stub, o =>
        {
            o.AttemptTimeout = TimeSpan.FromMilliseconds(100);
            o.MaxRetries = 1;
        }, out _);

        var error = await Assert.ThrowsAsync<WassistTimeoutException>(() => http.GetAsync(ItemUrl));

        Assert.That(error!.Message, Does.Contain("attempt timeout of 0.1 s"));
        Assert.That(stub.Calls, Is.EqualTo(2));
    }

    [Promise("cancellation")]
    [Test]
    public void Without_the_handler_caller_cancellation_during_a_stalled_body_is_a_cancellation()
    {
        using var test = new TestClient();
        var id = new Guid("0b1e6a52-3f5c-4d7e-9a61-2c8f4e1d5b93");
        test.Handler.When(HttpMethod.Get, $"https://backend.wassist.app/api/v1/conversations/{id}/").Respond(_ => TestHttp.Stalling(200, "{\"id\":"));
        using var cts = new CancellationTokenSource(TimeSpan.FromMilliseconds(100));

        Assert.That(async () => await test.Wassist.Conversations.GetAsync(id, cts.Token), Throws.InstanceOf<OperationCanceledException>());
    }

    [Promise("timeouts")]
    [Test]
    public async Task The_overall_timeout_bounds_the_whole_call()
    {
        var stub = new StubHandler(Never);
        using var http = Hanging(stub, o =>
        {
            o.AttemptTimeout = Timeout.InfiniteTimeSpan;
            o.Timeout = TimeSpan.FromMilliseconds(200);
        }, out _);

        var error = await Assert.ThrowsAsync<WassistTimeoutException>(() => http.GetAsync(ItemUrl));

        Assert.That(error!.Message, Does.Contain("overall timeout"));
        Assert.That(stub.Calls, Is.EqualTo(1));
    }

    [Promise("cancellation")]
    [Test]
    public void Caller_cancellation_during_an_attempt_is_a_cancellation_not_a_timeout()
    {
        var stub = new StubHandler(Never);
        using var http = Hanging(stub, o => o.AttemptTimeout = TimeSpan.FromSeconds(30), out _);
        using var cts = new CancellationTokenSource(TimeSpan.FromMilliseconds(100));

        Assert.That(async () => await http.GetAsync(ItemUrl, cts.Token), Throws.InstanceOf<OperationCanceledException>());
        Assert.That(stub.Calls, Is.EqualTo(1));
    }

    [Promise("cancellation")]
    [Test]
    public void Caller_cancellation_during_a_backoff_wait_stops_retrying()
    {
        using var cts = new CancellationTokenSource();
        var stub = new StubHandler((_, _) => Task.FromResult(TestHttp.Json(503)));
        var options = new WassistClientOptions { ApiKey = TestClient.ApiKey, InitialRetryDelay = TimeSpan.FromSeconds(20) };
        var retry = new WassistRetryHandler(options) { InnerHandler = stub };
        using var http = new HttpClient(retry);
        cts.CancelAfter(TimeSpan.FromMilliseconds(100));

        Assert.That(async () => await http.GetAsync(ItemUrl, cts.Token), Throws.InstanceOf<OperationCanceledException>());
        Assert.That(stub.Calls, Is.EqualTo(1));
    }

    [Test]
    public async Task A_wait_that_would_overrun_the_overall_timeout_is_not_started()
    {
        using var test = new RetryingClient(o => o.Timeout = TimeSpan.FromSeconds(5));
        var calls = test.RespondInOrder(HttpMethod.Get, ItemUrl, () => TestHttp.Json(503, "", r => r.Headers.Add("Retry-After", "10")), () => TestHttp.Json(200));

        using var response = await test.Http.GetAsync(ItemUrl);

        Assert.That((int)response.StatusCode, Is.EqualTo(503));
        Assert.That(calls(), Is.EqualTo(1));
    }

    [Promise("retry-after-cap")]
    [Test]
    public async Task A_retry_after_of_exactly_the_cap_is_waited_out_and_one_second_more_is_not()
    {
        using var atCap = new RetryingClient(o => o.MaxRetryDelay = TimeSpan.FromSeconds(7));
        using var beyond = new RetryingClient(o => o.MaxRetryDelay = TimeSpan.FromSeconds(7));
        var atCapCalls = atCap.RespondInOrder(HttpMethod.Get, ItemUrl, () => TestHttp.Json(429, "{}", r => r.Headers.Add("Retry-After", "7")), () => TestHttp.Json(200));
        var beyondCalls = beyond.RespondInOrder(HttpMethod.Get, ItemUrl, () => TestHttp.Json(429, "{}", r => r.Headers.Add("Retry-After", "8")), () => TestHttp.Json(200));

        using var waited = await atCap.Http.GetAsync(ItemUrl);
        using var returned = await beyond.Http.GetAsync(ItemUrl);

        Assert.That(((int)waited.StatusCode, atCapCalls()), Is.EqualTo((200, 2)));
        Assert.That(atCap.Delays, Is.EqualTo(new[] { TimeSpan.FromSeconds(7) }));
        Assert.That(((int)returned.StatusCode, beyondCalls()), Is.EqualTo((429, 1)));
        Assert.That(beyond.Delays, Is.Empty);
    }

    [Test]
    public async Task The_overall_timeout_message_counts_the_attempts_made()
    {
        var calls = 0;
        var stub = new StubHandler((request, token) => calls++ == 0 ? Task.FromResult(TestHttp.Json(503)) : Never(request, token));
        using var http = Hanging(stub, o =>
        {
            o.AttemptTimeout = Timeout.InfiniteTimeSpan;
            o.InitialRetryDelay = TimeSpan.FromMilliseconds(10);
            o.Timeout = TimeSpan.FromMilliseconds(150);
        }, out _);

        var error = await Assert.ThrowsAsync<WassistTimeoutException>(() => http.GetAsync(ItemUrl));

        Assert.That(error!.Message, Is.EqualTo("The Wassist API call did not finish within the overall timeout of 0.15 s (2 attempt(s))."));
        Assert.That(error.InnerException, Is.InstanceOf<OperationCanceledException>());
    }

    [Test]
    public async Task When_the_overall_timeout_ends_a_backoff_wait_the_last_answer_is_returned()
    {
        var stub = new StubHandler((_, _) => Task.FromResult(TestHttp.Json(503, "{\"detail\":\"busy\"}")));
        var options = new WassistClientOptions { ApiKey = TestClient.ApiKey, InitialRetryDelay = TimeSpan.FromMilliseconds(10), Timeout = TimeSpan.FromMilliseconds(150) };
        using var http = new HttpClient(new WassistRetryHandler(options) { InnerHandler = stub, Delay = (_, token) => Task.Delay(Timeout.Infinite, token) });

        using var response = await http.GetAsync(ItemUrl);

        Assert.That((int)response.StatusCode, Is.EqualTo(503));
        Assert.That(await response.Content.ReadAsStringAsync(), Is.EqualTo("{\"detail\":\"busy\"}"));
        Assert.That(stub.Calls, Is.EqualTo(1), "no attempt is started once the call's time is up");
    }

    [Test]
    public void The_handler_needs_options()
    {
        var error = Assert.Throws<ArgumentNullException>(() => new WassistRetryHandler(null!));

        Assert.That(error!.ParamName, Is.EqualTo("options"));
    }

    [TestCase(-1)]
    [TestCase(11)]
    public void Max_retries_out_of_range_is_refused(int value)
    {
        var error = Assert.Throws<ArgumentException>(() => new WassistRetryHandler(new WassistClientOptions { ApiKey = "k", MaxRetries = value }));

        Assert.That(error!.ParamName, Is.EqualTo("MaxRetries"));
    }

    [Test]
    public void A_zero_attempt_timeout_is_refused()
    {
        var error = Assert.Throws<ArgumentException>(() => new WassistClient(new WassistClientOptions { ApiKey = "k", AttemptTimeout = TimeSpan.Zero }));

        Assert.That(error!.ParamName, Is.EqualTo("AttemptTimeout"));
    }
}
