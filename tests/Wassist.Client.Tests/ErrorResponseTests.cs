using System;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Threading.Tasks;
using NUnit.Framework;
using RichardSzalay.MockHttp;
using Wassist.Tests.Shared;

namespace Wassist.Client.Tests;

/// <summary>Error statuses surface as WassistApiException with the status, the parsed body, and never the key.</summary>
public class ErrorResponseTests
{
    private static Task<WassistApiException> CreateFailingWith(HttpStatusCode status, string fixture, string mediaType = "application/json", Action<HttpResponseMessage>? decorate = null) =>
        TestClient.CreateFailingWith((int)status, Fixture.Read(fixture), mediaType, decorate);

    [Promise("error-body-shapes")]
    [Test]
    public async Task Bad_request_exposes_the_field_errors()
    {
        var error = await CreateFailingWith(HttpStatusCode.BadRequest, "errors/400.field-errors.json");

        Assert.Multiple(() =>
        {
            Assert.That(error.StatusCode, Is.EqualTo(400));
            Assert.That(error.FieldErrors["toNumber"], Is.EqualTo(new[] { "This field is required." }));
            Assert.That(error.FieldErrors["agentId"], Is.EqualTo(new[] { "Must be a valid UUID." }));
            Assert.That(error.Message, Does.Contain("toNumber: This field is required."));
            Assert.That(error.Response, Is.EqualTo(Fixture.Read("errors/400.field-errors.json")));
        });
    }

    [Promise("error-body-shapes")]
    [Test]
    public async Task Unauthorized_reads_the_detail_text()
    {
        var error = await CreateFailingWith(HttpStatusCode.Unauthorized, "errors/401.detail.json");

        Assert.Multiple(() =>
        {
            Assert.That(error.StatusCode, Is.EqualTo(401));
            Assert.That(error.ErrorMessage, Is.EqualTo("Authentication credentials were not provided."));
            Assert.That(error.ErrorCode, Is.Null);
            Assert.That(error.Message, Does.StartWith("Wassist API error 401"));
        });
    }

    [Promise("redaction-response-body")]
    [Promise("redaction-message")]
    [Test]
    public async Task A_body_that_echoes_the_key_is_redacted_everywhere()
    {
        var error = await CreateFailingWith(HttpStatusCode.Unauthorized, "errors/401.echoes-key.json");

        Assert.That(Fixture.Read("errors/401.echoes-key.json"), Does.Contain(TestClient.ApiKey), "the answer echoes the key");
        Assert.That(error.Message, Does.Not.Contain(TestClient.ApiKey));
        Assert.That(error.ToString(), Does.Not.Contain(TestClient.ApiKey));
        Assert.That(error.Response, Is.EqualTo("{\"detail\":\"Invalid API key: [redacted].\"}"));
        Assert.That(error.ErrorMessage, Is.EqualTo("Invalid API key: [redacted]."));
    }

    [Test]
    public async Task Not_found_reads_the_error_and_code_envelope_and_the_request_id()
    {
        var error = await CreateFailingWith(HttpStatusCode.NotFound, "errors/404.error-code.json",
            decorate: r => r.Headers.Add("X-Request-Id", "req_8f2a"));

        Assert.Multiple(() =>
        {
            Assert.That(error.StatusCode, Is.EqualTo(404));
            Assert.That(error.ErrorMessage, Is.EqualTo("Agent not found"));
            Assert.That(error.ErrorCode, Is.EqualTo("not_found"));
            Assert.That(error.RequestId, Is.EqualTo("req_8f2a"));
            Assert.That(error.Message, Does.Contain("Agent not found (code not_found)"));
        });
    }

    [Test]
    public async Task Rate_limited_keeps_the_body_and_the_retry_after_header()
    {
        var error = await CreateFailingWith((HttpStatusCode)429, "errors/429.retry-after.json",
            decorate: r => r.Headers.Add("Retry-After", "60"));

        Assert.Multiple(() =>
        {
            Assert.That(error.StatusCode, Is.EqualTo(429));
            Assert.That(error.Response, Is.EqualTo("{\"retry_after\":60}"));
            Assert.That(error.Headers["Retry-After"].Single(), Is.EqualTo("60"));
            Assert.That(error.RetryAfter, Is.EqualTo(TimeSpan.FromSeconds(60)));
        });
    }

    [Promise("error-body-shapes")]
    [Test]
    public async Task A_non_json_server_error_still_gives_the_status_and_the_page()
    {
        var error = await CreateFailingWith(HttpStatusCode.InternalServerError, "errors/500.html", "text/html");

        Assert.Multiple(() =>
        {
            Assert.That(error.StatusCode, Is.EqualTo(500));
            Assert.That(error.ErrorMessage, Is.Null);
            Assert.That(error.Response, Does.Contain("<h1>Server Error (500)</h1>"));
            Assert.That(error.Message, Does.StartWith("Wassist API error 500 Internal Server Error: <!doctype html>"));
        });
    }

    [Promise("unreadable-2xx")]
    [Test]
    public async Task A_success_body_that_is_not_json_is_a_WassistApiException_not_a_null_reference()
    {
        using var test = new TestClient();
        test.RespondToCreate(HttpStatusCode.Created, "<html>maintenance</html>", "text/html");

        var error = await Assert.ThrowsAsync<WassistApiException>(() => test.Wassist.Conversations.CreateAsync(new CreateConversationInput { ToNumber = "+447700900123" }));

        Assert.That(error!.StatusCode, Is.EqualTo(201));
        Assert.That(error.InnerException, Is.InstanceOf<Newtonsoft.Json.JsonException>());
    }

    [Test]
    public async Task An_empty_success_body_is_a_WassistApiException()
    {
        using var test = new TestClient();
        test.RespondToCreate(HttpStatusCode.Created, "");

        var error = await Assert.ThrowsAsync<WassistApiException>(() => test.Wassist.Conversations.CreateAsync(new CreateConversationInput { ToNumber = "+447700900123" }));

        Assert.That(error!.StatusCode, Is.EqualTo(201));
    }

    [TestCase(300, "Multiple Choices")]
    [TestCase(302, "Found")]
    [TestCase(304, "Not Modified")]
    public async Task A_redirection_status_is_an_error_with_its_status_and_body_not_a_success(int status, string reason)
    {
        var error = await TestClient.CreateFailingWith(status, "{\"detail\":\"Moved to the new host.\"}", decorate: r => r.Headers.Location = new System.Uri("https://elsewhere.example/api/v1/conversations/"));

        Assert.Multiple(() =>
        {
            Assert.That(error.GetType(), Is.EqualTo(typeof(WassistApiException)));
            Assert.That(error.StatusCode, Is.EqualTo(status));
            Assert.That(error.ErrorMessage, Is.EqualTo("Moved to the new host."));
            Assert.That(error.Message, Is.EqualTo($"Wassist API error {status} {reason}: Moved to the new host."));
        });
    }
}
