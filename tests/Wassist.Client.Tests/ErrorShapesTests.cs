using System;
using System.Net;
using System.Net.Http;
using System.Threading.Tasks;
using NUnit.Framework;
using RichardSzalay.MockHttp;
using Wassist.Tests.Shared;

namespace Wassist.Client.Tests;

/// <summary>Every error body form of notes §4, the retry-after sources, and the subclass a caller catches per status.</summary>
public class ErrorShapesTests
{
    private static Task<WassistApiException> Fail(int status, string body, string mediaType = "application/json", Action<HttpResponseMessage>? decorate = null) =>
        TestClient.CreateFailingWith(status, body, mediaType, decorate);

    [Promise("exception-types")]
    [TestCase(400, typeof(WassistValidationException))]
    [TestCase(422, typeof(WassistValidationException))]
    [TestCase(401, typeof(WassistAuthenticationException))]
    [TestCase(403, typeof(WassistPermissionException))]
    [TestCase(404, typeof(WassistNotFoundException))]
    [TestCase(429, typeof(WassistRateLimitException))]
    [TestCase(409, typeof(WassistConflictException))]
    [TestCase(500, typeof(WassistServerException))]
    [TestCase(502, typeof(WassistServerException))]
    [TestCase(503, typeof(WassistServerException))]
    [TestCase(599, typeof(WassistServerException))]
    [TestCase(405, typeof(WassistApiException))]
    [TestCase(418, typeof(WassistApiException))]
    public async Task Each_status_a_caller_branches_on_has_its_own_type(int status, Type expected)
    {
        var error = await Fail(status, "{\"detail\":\"x\"}");

        Assert.That(error.GetType(), Is.EqualTo(expected));
        Assert.That(error.StatusCode, Is.EqualTo(status));
    }

    [Promise("exception-types")]
    [Test]
    public async Task A_403_is_still_caught_as_an_authentication_error()
    {
        var error = await Fail(403, "{\"detail\":\"You do not have permission to perform this action.\"}");

        Assert.That(error, Is.InstanceOf<WassistAuthenticationException>());
        Assert.That(error.ErrorMessage, Is.EqualTo("You do not have permission to perform this action."));
    }

    [Promise("error-body-shapes")]
    [Test]
    public async Task Error_and_code_envelope()
    {
        var error = await Fail(404, "{\"error\":\"Conversation not found\",\"code\":\"not_found\"}");

        Assert.That((error.ErrorMessage, error.ErrorCode), Is.EqualTo(("Conversation not found", "not_found")));
    }

    [Promise("error-body-shapes")]
    [Test]
    public async Task Bare_error_text()
    {
        var error = await Fail(400, "{\"error\":\"Sandbox routing requires a signed-in user.\"}");

        Assert.That((error.ErrorMessage, error.ErrorCode), Is.EqualTo(("Sandbox routing requires a signed-in user.", (string?)null)));
    }

    [Promise("error-body-shapes")]
    [Test]
    public async Task Nested_error_object()
    {
        var error = await Fail(409, "{\"error\":{\"message\":\"Template already exists\",\"code\":\"conflict\"}}");

        Assert.That((error.ErrorMessage, error.ErrorCode), Is.EqualTo(("Template already exists", "conflict")));
    }

    [Promise("error-body-shapes")]
    [Test]
    public async Task Message_text()
    {
        var error = await Fail(401, "{\"message\":\"Token expired\"}");

        Assert.That(error.ErrorMessage, Is.EqualTo("Token expired"));
        Assert.That(error.Message, Does.Contain("Token expired"));
    }

    [Test]
    public async Task Detail_text()
    {
        var error = await Fail(404, "{\"detail\":\"Not found.\"}");

        Assert.That(error.ErrorMessage, Is.EqualTo("Not found."));
    }

    [Test]
    public async Task Field_errors_on_a_422_are_a_validation_exception()
    {
        var error = await Fail(422, "{\"toNumber\":[\"Enter a valid phone number.\",\"Too long.\"],\"non_field_errors\":[\"Bad.\"]}");

        Assert.That(error, Is.InstanceOf<WassistValidationException>());
        Assert.That(error.FieldErrors["toNumber"], Is.EqualTo(new[] { "Enter a valid phone number.", "Too long." }));
        Assert.That(error.FieldErrors["non_field_errors"], Is.EqualTo(new[] { "Bad." }));
    }

    [Test]
    public async Task Retry_after_from_the_body()
    {
        var error = await Fail(429, "{\"retry_after\":17}");

        Assert.That(error.RetryAfter, Is.EqualTo(TimeSpan.FromSeconds(17)));
        Assert.That(error.Message, Does.Contain("retry after 17 s"));
    }

    [Test]
    public async Task Retry_after_header_in_seconds_wins_over_the_body()
    {
        var error = await Fail(429, "{\"retry_after\":17}", decorate: r => r.Headers.Add("Retry-After", "5"));

        Assert.That(error.RetryAfter, Is.EqualTo(TimeSpan.FromSeconds(5)));
    }

    [Test]
    public async Task Retry_after_header_as_an_http_date()
    {
        var at = DateTimeOffset.UtcNow.AddSeconds(90);
        var error = await Fail(503, "", decorate: r => r.Headers.Add("Retry-After", at.ToString("r")));

        Assert.That(error.RetryAfter!.Value.TotalSeconds, Is.InRange(80, 91));
    }

    [Test]
    public async Task No_retry_after_when_none_was_given()
    {
        var error = await Fail(500, "{\"detail\":\"boom\"}");

        Assert.That(error.RetryAfter, Is.Null);
    }

    [Test]
    public async Task An_html_502_page_keeps_the_status_and_the_page_and_has_no_parsed_fields()
    {
        var page = "<html><head><title>502 Bad Gateway</title></head><body><center><h1>502 Bad Gateway</h1></center></body></html>";
        var error = await Fail(502, page, "text/html", r => r.Headers.Add("X-Request-Id", "edge-77"));

        Assert.Multiple(() =>
        {
            Assert.That(error.StatusCode, Is.EqualTo(502));
            Assert.That(error.ErrorMessage, Is.Null);
            Assert.That(error.ErrorCode, Is.Null);
            Assert.That(error.FieldErrors, Is.Empty);
            Assert.That(error.Response, Is.EqualTo(page));
            Assert.That(error.RequestId, Is.EqualTo("edge-77"));
        });
    }

    [Test]
    public async Task Broken_json_is_read_as_text()
    {
        var error = await Fail(500, "{\"error\": \"cut of");

        Assert.That(error.ErrorMessage, Is.Null);
        Assert.That(error.Message, Does.Contain("{\"error\": \"cut of"));
    }

    [Test]
    public async Task The_key_is_redacted_from_every_form()
    {
        var error = await Fail(400, "{\"apiKey\":[\"" + TestClient.ApiKey + " is not valid\"],\"error\":\"bad key " + TestClient.ApiKey + "\"}");

        Assert.That(error.ToString() + error.Response + error.ErrorMessage + string.Join(",", error.FieldErrors["apiKey"]), Does.Not.Contain(TestClient.ApiKey));
    }
}
