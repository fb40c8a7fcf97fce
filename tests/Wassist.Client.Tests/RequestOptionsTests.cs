using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Reflection;
using System.Text.RegularExpressions;
using System.Threading;
using System.Threading.Tasks;
using NUnit.Framework;
using RichardSzalay.MockHttp;

namespace Wassist.Client.Tests;

/// <summary>WassistRequestOptions: per-call timeout, retries, idempotency key and headers, checked before sending; and the X-Wassist-Client header.</summary>
public class RequestOptionsTests
{
    private const string AgentUrl = "https://backend.wassist.app/api/v1/agents/7d3b8f0e-2c41-4a8e-9f6d-1b2c3d4e5f60/";
    private const string MessagesUrl = "https://backend.wassist.app/api/v1/conversations/5f1c2a9e-8b7d-4c3e-a1f2-0e9d8c7b6a51/messages/";

    private static readonly Guid ConversationId = Guid.Parse("5f1c2a9e-8b7d-4c3e-a1f2-0e9d8c7b6a51");

    private static SendMessageInput Text => new() { Type = SendMessageType.Text, Text = new SendMessageTextInput { Body = "Hello" } };

    private static string? Header(HttpRequestMessage request, string name) =>
        request.Headers.TryGetValues(name, out var values) ? string.Join("|", values) : null;

    /// <summary>Answers <paramref name="url"/> with an empty JSON object and returns the last request it received.</summary>
    private static Func<HttpRequestMessage?> Capture(TestClient test, HttpMethod method, string url, int status)
    {
        HttpRequestMessage? sent = null;
        test.Handler.When(method, url).Respond(request =>
        {
            sent = request;
            return TestHttp.Json(status);
        });
        return () => sent;
    }

    [Test]
    public async Task Every_request_names_the_sdk_and_its_version_in_X_Wassist_Client()
    {
        using var test = new TestClient();
        var sent = Capture(test, HttpMethod.Get, AgentUrl, 200);

        await test.Wassist.Agents.GetAsync(TestClient.AgentId);

        var header = Header(sent()!, "X-Wassist-Client");
        Assert.That(header, Does.Match(@"^wassist-dotnet/\d+\.\d+\.\d+(-[0-9A-Za-z.]+)?$"), "one value, a semantic version without build metadata");
        var userAgent = Header(sent()!, "User-Agent");
        Assert.That(userAgent, Is.EqualTo("Wassist.Client/" + header!.Substring("wassist-dotnet/".Length)), "the same version as the User-Agent");
        var fileVersion = new Version(typeof(WassistClient).Assembly.GetCustomAttribute<AssemblyFileVersionAttribute>()!.Version);
        Assert.That(header, Does.StartWith("wassist-dotnet/" + fileVersion.ToString(3)), "the version the assembly was built as, not a placeholder");
    }

    [Test]
    public async Task An_idempotency_key_and_extra_headers_go_on_the_request()
    {
        using var test = new TestClient();
        var sent = Capture(test, HttpMethod.Post, MessagesUrl, 201);
        var options = new WassistRequestOptions
        {
            IdempotencyKey = "send-7f3a",
            Headers = { ["X-Request-Id"] = "req-42", ["Accept-Language"] = "de" },
        };

        await test.Wassist.Conversations.SendMessageAsync(ConversationId, Text, options);

        Assert.That(Header(sent()!, "Idempotency-Key"), Is.EqualTo("send-7f3a"));
        Assert.That(Header(sent()!, "X-Request-Id"), Is.EqualTo("req-42"));
        Assert.That(Header(sent()!, "Accept-Language"), Is.EqualTo("de"));
        Assert.That(Header(sent()!, "X-API-Key"), Is.EqualTo(TestClient.ApiKey));
    }

    [Test]
    public async Task Without_options_no_idempotency_key_is_sent()
    {
        using var test = new TestClient();
        var sent = Capture(test, HttpMethod.Post, MessagesUrl, 201);

        await test.Wassist.Conversations.SendMessageAsync(ConversationId, Text, CancellationToken.None);

        Assert.That(sent()!.Headers.Contains("Idempotency-Key"), Is.False);
    }

    [Test]
    public async Task A_post_with_an_idempotency_key_is_retried_with_the_same_key()
    {
        using var test = new RetryingClient();
        var keys = new List<string?>();
        var calls = 0;
        test.Handler.When(HttpMethod.Post, MessagesUrl).Respond(request =>
        {
            keys.Add(Header(request, "Idempotency-Key"));
            return ++calls == 1 ? TestHttp.Json(503) : TestHttp.Json(201, """{"id":"8e4c1d2a-0b3f-4c5d-9e6f-7a8b9c0d1e2f"}""");
        });

        var message = await test.Wassist.Conversations.SendMessageAsync(ConversationId, Text, new WassistRequestOptions { IdempotencyKey = "send-7f3a" });

        Assert.That(message.Id, Is.EqualTo(Guid.Parse("8e4c1d2a-0b3f-4c5d-9e6f-7a8b9c0d1e2f")));
        Assert.That(keys, Is.EqualTo(new[] { "send-7f3a", "send-7f3a" }));
    }

    [Test]
    public async Task A_patch_with_an_idempotency_key_is_retried()
    {
        using var test = new RetryingClient();
        var calls = test.RespondInOrder(HttpMethod.Patch, AgentUrl, () => TestHttp.Json(502), () => TestHttp.Json(200, """{"name":"Support"}"""));

        var agent = await test.Wassist.Agents.UpdateAsync(TestClient.AgentId, new AgentPatch { Name = "Support" }, new WassistRequestOptions { IdempotencyKey = "rename-1" });

        Assert.That(agent.Name, Is.EqualTo("Support"));
        Assert.That(calls(), Is.EqualTo(2));
    }

    [Test]
    public async Task A_post_with_options_but_no_idempotency_key_is_still_not_retried()
    {
        using var test = new RetryingClient();
        var calls = test.RespondInOrder(HttpMethod.Post, MessagesUrl, () => TestHttp.Json(503), () => TestHttp.Json(201));

        var error = await Assert.ThrowsAsync<WassistServerException>(() => test.Wassist.Conversations.SendMessageAsync(ConversationId, Text, new WassistRequestOptions { MaxRetries = 3 }));

        Assert.That(error!.StatusCode, Is.EqualTo(503));
        Assert.That(calls(), Is.EqualTo(1));
    }

    [Test]
    public async Task MaxRetries_zero_turns_retries_off_for_the_call()
    {
        using var test = new RetryingClient();
        var calls = test.RespondInOrder(HttpMethod.Get, AgentUrl, () => TestHttp.Json(503), () => TestHttp.Json(200));

        var error = await Assert.ThrowsAsync<WassistServerException>(() => test.Wassist.Agents.GetAsync(TestClient.AgentId, new WassistRequestOptions { MaxRetries = 0 }));

        Assert.That(error!.StatusCode, Is.EqualTo(503));
        Assert.That(calls(), Is.EqualTo(1));
        Assert.That(test.Delays, Is.Empty);
    }

    [Test]
    public async Task MaxRetries_raises_the_clients_count_for_the_call()
    {
        // The client retries twice (3 attempts); this call asks for four retries, and the fifth attempt succeeds.
        using var test = new RetryingClient();
        var calls = test.RespondInOrder(HttpMethod.Get, AgentUrl, () => TestHttp.Json(503), () => TestHttp.Json(503), () => TestHttp.Json(503), () => TestHttp.Json(503), () => TestHttp.Json(200, """{"name":"Support"}"""));

        var agent = await test.Wassist.Agents.GetAsync(TestClient.AgentId, new WassistRequestOptions { MaxRetries = 4 });

        Assert.That(agent.Name, Is.EqualTo("Support"));
        Assert.That(calls(), Is.EqualTo(5));
        Assert.That(test.Delays, Has.Count.EqualTo(4));
    }

    [Test]
    public async Task The_options_apply_to_one_call_only()
    {
        using var test = new RetryingClient();
        var calls = test.RespondInOrder(HttpMethod.Get, AgentUrl, () => TestHttp.Json(503), () => TestHttp.Json(503), () => TestHttp.Json(503), () => TestHttp.Json(503));

        await Assert.ThrowsAsync<WassistServerException>(() => test.Wassist.Agents.GetAsync(TestClient.AgentId, new WassistRequestOptions { MaxRetries = 0 }));
        await Assert.ThrowsAsync<WassistServerException>(() => test.Wassist.Agents.GetAsync(TestClient.AgentId));

        Assert.That(calls(), Is.EqualTo(1 + 3));
    }

    [Test]
    public async Task Timeout_replaces_the_attempt_timeout_for_the_call()
    {
        // The client allows 60 s per attempt; this call allows 50 ms against a server that never answers.
        var options = new WassistClientOptions { ApiKey = TestClient.ApiKey, MaxRetries = 0 };
        var server = new StubHandler(async (_, token) =>
        {
            await Task.Delay(Timeout.Infinite, token);
            return TestHttp.Json(200);
        });
        using var http = new HttpClient(new WassistRetryHandler(options) { InnerHandler = server });
        using var wassist = new WassistClient(http, options);

        var error = await Assert.ThrowsAsync<WassistTimeoutException>(() => wassist.Agents.GetAsync(TestClient.AgentId, new WassistRequestOptions { Timeout = TimeSpan.FromMilliseconds(50) }));

        Assert.That(error!.Message, Is.EqualTo("A Wassist API attempt did not finish within the attempt timeout of 0.05 s."));
        Assert.That(server.Calls, Is.EqualTo(1));
    }

    [Test]
    public async Task A_negative_timeout_is_refused_by_name_before_anything_is_sent()
    {
        using var test = new TestClient();

        var error = (await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => test.Wassist.Agents.GetAsync(TestClient.AgentId, new WassistRequestOptions { Timeout = TimeSpan.FromSeconds(-1) })))!;

        Assert.That(error.ParamName, Is.EqualTo("Timeout"));
        Assert.That(error.Message, Does.StartWith("WassistRequestOptions.Timeout must be positive (or Timeout.InfiniteTimeSpan); it is -00:00:01."));
    }

    [TestCase(-1)]
    [TestCase(11)]
    public async Task Retries_out_of_range_are_refused_by_name_before_anything_is_sent(int retries)
    {
        using var test = new TestClient();

        var error = (await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => test.Wassist.Agents.GetAsync(TestClient.AgentId, new WassistRequestOptions { MaxRetries = retries })))!;

        Assert.That(error.ParamName, Is.EqualTo("MaxRetries"));
        Assert.That(error.Message, Does.StartWith($"WassistRequestOptions.MaxRetries must be between 0 and 10; it is {retries}."));
    }

    [TestCase("X-API-Key", "WassistRequestOptions.Headers cannot set 'X-API-Key': the client sets that header itself.")]
    [TestCase("authorization", "WassistRequestOptions.Headers cannot set 'Authorization': the client sets that header itself.")]
    [TestCase("X-Wassist-Installation", "WassistRequestOptions.Headers cannot set 'X-Wassist-Installation': the client sets that header itself.")]
    [TestCase("X-Wassist-Client", "WassistRequestOptions.Headers cannot set 'X-Wassist-Client': the client sets that header itself.")]
    [TestCase("Content-Type", "WassistRequestOptions.Headers cannot set 'Content-Type': the client sets that header itself.")]
    [TestCase("idempotency-key", "WassistRequestOptions.Headers cannot set 'Idempotency-Key': the client sets that header itself. Set IdempotencyKey instead.")]
    [TestCase("Host", "WassistRequestOptions.Headers cannot set 'Host': the client sets that header itself.")]
    [TestCase("Content-Encoding", "WassistRequestOptions.Headers cannot set 'Content-Encoding' on a request: it is a content header, which the client sets from the body.")]
    [TestCase("X Trace", "WassistRequestOptions.Headers holds the header name 'X Trace', which is not a valid HTTP header name.")]
    public async Task A_header_the_client_owns_or_cannot_send_is_refused_before_anything_is_sent(string name, string message)
    {
        using var test = new TestClient();
        var options = new WassistRequestOptions { Headers = { [name] = "value" } };

        var error = (await Assert.ThrowsAsync<ArgumentException>(() => test.Wassist.Conversations.SendMessageAsync(ConversationId, Text, options)))!;

        Assert.That(error.ParamName, Is.EqualTo("Headers"));
        Assert.That(error.Message, Does.StartWith(message));
    }

    [TestCase("a\r\nX-API-Key: stolen")]
    [TestCase("line\nbreak")]
    [TestCase("nul\0")]
    public async Task A_header_value_with_a_line_break_or_control_character_is_refused_without_echoing_it(string value)
    {
        using var test = new TestClient();
        var options = new WassistRequestOptions { Headers = { ["X-Request-Id"] = value } };

        var error = (await Assert.ThrowsAsync<ArgumentException>(() => test.Wassist.Agents.GetAsync(TestClient.AgentId, options)))!;

        Assert.That(error.ParamName, Is.EqualTo("Headers"));
        Assert.That(error.Message, Does.StartWith("WassistRequestOptions.Headers: the value of 'X-Request-Id' holds a line break or another control character."));
    }

    [TestCase("")]
    [TestCase("two words")]
    [TestCase("key\r\n")]
    public async Task An_idempotency_key_that_cannot_be_a_header_is_refused(string key)
    {
        using var test = new TestClient();

        var error = (await Assert.ThrowsAsync<ArgumentException>(() => test.Wassist.Conversations.SendMessageAsync(ConversationId, Text, new WassistRequestOptions { IdempotencyKey = key })))!;

        Assert.That(error.ParamName, Is.EqualTo("IdempotencyKey"));
    }

    [Test]
    public async Task Calls_written_before_per_call_options_still_compile_and_send_the_same_request()
    {
        using var test = new TestClient();
        var urls = new List<string>();
        test.Handler.When(HttpMethod.Get, "https://backend.wassist.app/api/v1/agents/").Respond(request =>
        {
            urls.Add(request.RequestUri!.PathAndQuery);
            return TestHttp.Json(200, """{"count":0,"next":null,"previous":null,"results":[]}""");
        });
        using var cts = new CancellationTokenSource();

        // Token by position, by name, with and without the optional filters.
        await test.Wassist.Agents.ListAsync(5, 10, cts.Token);
        await test.Wassist.Agents.ListAsync(limit: 5, cancellationToken: cts.Token);
        await test.Wassist.Agents.ListAsync();
        await test.Wassist.Agents.ListAsync(5, 10, new WassistRequestOptions(), cts.Token);

        Assert.That(urls, Is.EqualTo(new[] { "/api/v1/agents/?limit=5&offset=10", "/api/v1/agents/?limit=5", "/api/v1/agents/", "/api/v1/agents/?limit=5&offset=10" }));
    }

    [Test]
    public async Task Paging_a_page_at_a_time_sends_the_options_with_each_page()
    {
        using var test = new TestClient();
        var headers = new List<string?>();
        test.Handler.When("*").Respond(request =>
        {
            headers.Add(Header(request, "X-Request-Id"));
            return request.RequestUri!.Query.Contains("offset=1")
                ? TestHttp.Json(200, """{"count":2,"next":null,"previous":null,"results":[{"name":"Beta"}]}""")
                : TestHttp.Json(200, """{"count":2,"next":"https://backend.wassist.app/api/v1/agents/?limit=1&offset=1","previous":null,"results":[{"name":"Alpha"}]}""");
        });
        var options = new WassistRequestOptions { Headers = { ["X-Request-Id"] = "walk-3" } };

        var first = await test.Wassist.Paging.GetFirstPageAsync<Agent>("api/v1/agents/", [new("limit", "1")], options);
        var second = await test.Wassist.Paging.GetNextPageAsync(first, options);
        var third = await test.Wassist.Paging.GetNextPageAsync(second!, CancellationToken.None);

        Assert.That(second!.Items.Single().Name, Is.EqualTo("Beta"));
        Assert.That(third, Is.Null);
        Assert.That(headers, Is.EqualTo(new[] { "walk-3", "walk-3" }));
    }

    [Test]
    public void Every_operation_takes_request_options_before_the_token_and_keeps_an_overload_without_them()
    {
        var operations = typeof(WassistClient).Assembly.GetTypes()
            .Where(t => t.IsPublic && t.Name.EndsWith("Client", StringComparison.Ordinal) && t.BaseType == typeof(WassistClientBase))
            .SelectMany(t => t.GetMethods(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Instance | System.Reflection.BindingFlags.DeclaredOnly))
            .Where(m => m.Name.EndsWith("Async", StringComparison.Ordinal) && !m.Name.StartsWith("ListAll", StringComparison.Ordinal))
            .ToList();
        var withOptions = operations.Where(m => m.GetParameters().Any(p => p.ParameterType == typeof(WassistRequestOptions))).ToList();

        Assert.That(withOptions, Has.Count.GreaterThan(100));
        foreach (var method in withOptions)
        {
            var parameters = method.GetParameters();
            Assert.That(parameters[^2].Name, Is.EqualTo("requestOptions"), method.ToString());
            Assert.That(parameters[^1].ParameterType, Is.EqualTo(typeof(CancellationToken)), method.ToString());
            var without = parameters.Where(p => p.ParameterType != typeof(WassistRequestOptions)).Select(p => p.ParameterType).ToArray();
            Assert.That(method.DeclaringType!.GetMethod(method.Name, without), Is.Not.Null, $"{method}: no overload without the options");
        }
    }
}
