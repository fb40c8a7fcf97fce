using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Threading.Tasks;
using NUnit.Framework;
using RichardSzalay.MockHttp;
using Wassist.Tests.Shared;

namespace Wassist.Client.Tests.Hardening;

/// <summary>
/// Whatever path builds a <see cref="WassistApiException"/>, nothing it carries holds the API key: not the message,
/// reason phrase, headers, request id, body, parsed error fields or inner exceptions, whether the key comes back as
/// sent, JSON-escaped or URL-encoded.
/// </summary>
public class RedactionTests
{
    private const string Key = TestClient.ApiKey;

    /// <summary>Every text an exception exposes to a logger or a structured log.</summary>
    private static IEnumerable<string> Everything(WassistApiException error)
    {
        yield return error.ToString();
        yield return error.Message;
        yield return error.Response ?? "";
        yield return error.RequestId ?? "";
        yield return error.ErrorMessage ?? "";
        yield return error.ErrorCode ?? "";
        foreach (var header in error.Headers)
        {
            yield return header.Key + ": " + string.Join(",", header.Value);
        }

        foreach (var field in error.FieldErrors)
        {
            yield return field.Key + ": " + string.Join(",", field.Value);
        }

        for (var inner = error.InnerException; inner is not null; inner = inner.InnerException)
        {
            yield return inner.Message;
        }
    }

    private static void AssertNoKey(WassistApiException error)
    {
        var escaped = string.Concat(Key.Select(c => $"\\u{(int)c:x4}"));
        var encoded = string.Concat(Key.Select(c => $"%{(int)c:X2}"));
        foreach (var text in Everything(error))
        {
            Assert.That(text, Does.Not.Contain(Key).And.Not.Contain(escaped).And.Not.Contain(encoded).And.Not.Contain("SECRET"));
        }
    }

    [Promise("redaction-headers")]
    [Test]
    public async Task The_key_in_the_reason_phrase_is_redacted()
    {
        var error = await TestClient.CreateFailingWith(401, "{}", decorate: r => r.ReasonPhrase = $"Invalid key {Key}");

        AssertNoKey(error);
        Assert.That(error.Message, Does.Contain("Invalid key [redacted]"));
    }

    [Promise("redaction-headers")]
    [Test]
    public async Task The_key_echoed_in_response_headers_is_redacted_on_the_exception()
    {
        var error = await TestClient.CreateFailingWith(401, "{}", decorate: r =>
        {
            r.Headers.TryAddWithoutValidation("X-Request-Id", Key);
            r.Headers.TryAddWithoutValidation("WWW-Authenticate", $"ApiKey realm=\"wassist\", key=\"{Key}\"");
        });

        AssertNoKey(error);
        Assert.That(error.RequestId, Is.EqualTo("[redacted]"));
    }

    [Promise("redaction-escaped-forms")]
    [TestCase("{\"detail\":\"Invalid key \\u0077sk_test_SECRET_0123456789\"}")]
    [TestCase("{\"detail\":\"Invalid key \\u0077\\u0073\\u006B\\u005F\\u0074\\u0065\\u0073\\u0074\\u005F\\u0053\\u0045\\u0043\\u0052\\u0045\\u0054\\u005F\\u0030\\u0031\\u0032\\u0033\\u0034\\u0035\\u0036\\u0037\\u0038\\u0039\"}")]
    [TestCase("{\"detail\":\"GET /check?key=wsk%5Ftest%5FSECRET%5F0123456789 refused\"}")]
    [TestCase("{\"wsk_test_SECRET_0123456789\":[\"is not a valid key\"]}")]
    public async Task An_escaped_or_encoded_echo_of_the_key_is_redacted(string body)
    {
        var error = await TestClient.CreateFailingWith(400, body);

        AssertNoKey(error);
    }

    [Promise("undeclared-2xx")]
    [Promise("redaction-response-body")]
    [Test]
    public async Task An_undeclared_success_status_keeps_no_key_in_its_body()
    {
        using var test = new TestClient();
        test.Handler.When(HttpMethod.Post, TestClient.ConversationsUrl).Respond(HttpStatusCode.OK, "application/json", $"{{\"detail\":\"created for {Key}\"}}");

        var error = await Assert.CatchAsync<WassistApiException>(() => test.Wassist.Conversations.CreateAsync(new CreateConversationInput { ToNumber = "+447700900123" }));

        Assert.That(error!.StatusCode, Is.EqualTo(200));
        Assert.That(error.Response, Does.Contain("created for [redacted]"));
        AssertNoKey(error);
    }

    [Promise("redaction-inner-exceptions")]
    [Test]
    public async Task A_success_body_that_echoes_the_key_where_a_model_belongs_keeps_no_key_in_the_inner_exception()
    {
        using var test = new TestClient();
        test.Handler.When("*").Respond("application/json", $"\"{Key}\"");

        var error = await Assert.CatchAsync<WassistApiException>(() => test.Wassist.Agents.GetAsync(System.Guid.Parse("7d3b8f0e-2c41-4a8e-9f6d-1b2c3d4e5f60")));

        Assert.That(error!.InnerException, Is.Not.Null, "the reader's failure is kept");
        AssertNoKey(error);
    }

    [Promise("redaction-inner-exceptions")]
    [Test]
    public async Task A_page_that_echoes_the_key_where_an_envelope_belongs_keeps_no_key_in_the_message()
    {
        using var test = new TestClient();
        test.Handler.When("*").Respond("application/json", $"\"{Key}\"");

        var error = await Assert.CatchAsync<WassistApiException>(() => test.Wassist.Paging.GetFirstPageAsync<Agent>("api/v1/agents/"));

        AssertNoKey(error!);
    }

    [Promise("redaction-inner-exceptions")]
    [Test]
    public async Task A_network_failure_that_quotes_the_key_keeps_no_key()
    {
        using var test = new RetryingClient(o => o.MaxRetries = 0);
        test.Handler.When("*").Throw(new HttpRequestException($"proxy refused header X-API-Key: {Key}"));

        var error = await Assert.ThrowsAsync<WassistConnectionException>(() => test.Wassist.Agents.GetAsync(System.Guid.Parse("7d3b8f0e-2c41-4a8e-9f6d-1b2c3d4e5f60")));

        AssertNoKey(error!);
    }

    [Test]
    public async Task Redaction_is_scoped_to_the_calling_clients_own_key()
    {
        using var other = new WassistClient(new HttpClient(new MockHttpMessageHandler()), new WassistClientOptions { ApiKey = "e" });

        var error = await TestClient.CreateFailingWith(400, "{\"detail\":\"The agent needs a name.\"}");

        Assert.That(error.ErrorMessage, Is.EqualTo("The agent needs a name."), "another client's key never redacts this call");
    }
}
