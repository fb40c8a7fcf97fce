using System;
using System.Threading.Tasks;
using NUnit.Framework;

namespace Wassist.Client.Tests;

/// <summary>
/// The one-line message of an API error for each error body form the API sends (notes §4), and the retry_after the
/// 429 body gives: the message is what a log shows, so it is checked whole.
/// </summary>
public class ErrorMessageTests
{
    private static Task<WassistApiException> Fail(int status, string body, string mediaType = "application/json") =>
        TestClient.CreateFailingWith(status, body, mediaType);

    [TestCase(404, "{\"error\":\"Conversation not found\",\"code\":\"not_found\"}", "Wassist API error 404 Not Found: Conversation not found (code not_found)")]
    [TestCase(401, "{\"detail\":\"Invalid API key.\"}", "Wassist API error 401 Unauthorized: Invalid API key.")]
    [TestCase(400, "{\"error\":\"The 24-hour window is closed\"}", "Wassist API error 400 Bad Request: The 24-hour window is closed")]
    [TestCase(403, "{\"message\":\"Token revoked\"}", "Wassist API error 403 Forbidden: Token revoked")]
    [TestCase(409, "{\"error\":{\"message\":\"Agent is archived\",\"code\":\"agent_archived\"}}", "Wassist API error 409 Conflict: Agent is archived (code agent_archived)")]
    [TestCase(400, "{\"toNumber\":[\"Enter a valid phone number.\",\"Too long.\"],\"non_field_errors\":[\"Bad.\"]}", "Wassist API error 400 Bad Request: toNumber: Enter a valid phone number. Too long.; non_field_errors: Bad.")]
    [TestCase(429, "{\"retry_after\":1.5}", "Wassist API error 429 Too Many Requests: retry after 1.5 s")]
    [TestCase(429, "{\"retry_after\":0}", "Wassist API error 429 Too Many Requests: retry after 0 s")]
    [TestCase(500, "", "Wassist API error 500 Internal Server Error.")]
    [TestCase(500, "{}", "Wassist API error 500 Internal Server Error: {}")]
    [TestCase(599, "", "Wassist API error 599.")]
    public async Task Each_error_body_form_gives_a_one_line_message(int status, string body, string expected) =>
        Assert.That((await Fail(status, body)).Message, Is.EqualTo(expected));

    [Test]
    public async Task A_body_of_300_characters_is_shown_whole_and_a_longer_one_is_cut_at_300()
    {
        var whole = new string('x', 299) + "y";

        var exact = await Fail(502, whole, "text/plain");
        var longer = await Fail(502, whole + "z", "text/plain");

        Assert.That(exact.Message, Is.EqualTo("Wassist API error 502 Bad Gateway: " + whole));
        Assert.That(longer.Message, Is.EqualTo("Wassist API error 502 Bad Gateway: " + whole + "…"));
        Assert.That(longer.Response, Is.EqualTo(whole + "z"), "the body itself is kept whole");
    }

    [Test]
    public async Task The_top_level_code_is_the_error_code_even_beside_a_nested_one()
    {
        var error = await Fail(409, "{\"error\":{\"message\":\"Agent is archived\",\"code\":\"agent_archived\"},\"code\":\"conflict\"}");

        Assert.That((error.ErrorMessage, error.ErrorCode), Is.EqualTo(("Agent is archived", "conflict")));
    }

    [Test]
    public async Task Only_lists_of_text_are_field_errors()
    {
        var error = await Fail(400, "{\"tags\":[\"vip\",3],\"ids\":[1,2],\"name\":[\"This field is required.\"]}");

        Assert.That(error.FieldErrors.Keys, Is.EqualTo(new[] { "name" }));
        Assert.That(error.FieldErrors["name"], Is.EqualTo(new[] { "This field is required." }));
    }

    [TestCase("17", 17.0)]
    [TestCase("\"17\"", 17.0)]
    [TestCase("2.5", 2.5)]
    [TestCase("0", 0.0)]
    [TestCase("604799", 604799.0)]
    [TestCase("604800", null)]
    [TestCase("-1", null)]
    [TestCase("\"soon\"", null)]
    [TestCase("null", null)]
    [TestCase("{\"seconds\":5}", null)]
    public async Task The_body_retry_after_is_seconds_from_zero_to_under_a_week(string value, double? seconds)
    {
        var error = await Fail(429, "{\"retry_after\":" + value + "}");

        Assert.That(error.RetryAfter?.TotalSeconds, Is.EqualTo(seconds));
    }

    [Test]
    public async Task A_429_without_retry_after_has_none() =>
        Assert.That((await Fail(429, "{\"detail\":\"Request was throttled.\"}")).RetryAfter, Is.Null);
}
