using System;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Security.Cryptography;
using System.Text;
using System.Threading.Tasks;
using NUnit.Framework;
using RichardSzalay.MockHttp;
using Wassist.Tests.Shared;

namespace Wassist.Client.Tests.Hardening;

/// <summary>Answers in forms the client must still read: any charset, odd Retry-After values, a webhook body with a BOM.</summary>
public class AnswerFormTests
{
    [Promise("error-charset")]
    [TestCase("windows-1252")]
    [TestCase("iso-8859-15")]
    [TestCase("shift_jis")]
    [TestCase("utf8")]
    [TestCase("no-such-charset")]
    public async Task An_error_body_in_a_charset_the_runtime_lacks_is_read_as_utf8(string charset)
    {
        var error = await TestClient.CreateFailingWith(502, "<html>Bad Gateway</html>", decorate: r =>
        {
            r.Content!.Headers.Remove("Content-Type");
            r.Content.Headers.TryAddWithoutValidation("Content-Type", $"text/html; charset={charset}");
        });

        Assert.That(error.StatusCode, Is.EqualTo(502));
        Assert.That(error.Response, Is.EqualTo("<html>Bad Gateway</html>"));
    }

    [TestCase("text/html charset=windows-1252", Description = "no ';' before the parameter, so no valid media type")]
    [TestCase("text/html; charset=", Description = "an empty charset")]
    [TestCase("text/html; charset=\"\"", Description = "a quoted empty charset")]
    [TestCase("text/html; charset=\" utf-8 \"", Description = "a quoted charset with spaces")]
    [TestCase("text/html; charset='utf-8'", Description = "a charset in single quotes")]
    [TestCase("text/html; charset=\"UTF-8\"", Description = "a quoted charset the runtime has")]
    [TestCase("text/html; CHARSET=UTF-8", Description = "names in capitals")]
    [TestCase("text/html; charset=\"windows-1252\"", Description = "a quoted charset the runtime lacks")]
    [TestCase("text/html; xcharset=shift_jis", Description = "another parameter that only mentions charset")]
    public async Task An_error_body_with_an_odd_charset_parameter_is_read_as_utf8(string contentType)
    {
        var error = await TestClient.CreateFailingWith(502, "<html>Bad Gateway – Zoë</html>", decorate: r =>
        {
            r.Content!.Headers.Remove("Content-Type");
            r.Content.Headers.TryAddWithoutValidation("Content-Type", contentType);
        });

        Assert.That(error.StatusCode, Is.EqualTo(502));
        Assert.That(error.Response, Is.EqualTo("<html>Bad Gateway – Zoë</html>"));
    }

    [Test]
    public async Task An_error_body_in_a_charset_the_runtime_has_is_decoded_with_it()
    {
        using var test = new TestClient();
        test.Handler.When(HttpMethod.Post, TestClient.ConversationsUrl).Respond(_ =>
        {
            var content = new ByteArrayContent(Encoding.Latin1.GetBytes("{\"detail\":\"Zoë is blocked.\"}"));
            content.Headers.TryAddWithoutValidation("Content-Type", "application/json; charset=iso-8859-1");
            return new HttpResponseMessage(HttpStatusCode.BadRequest) { Content = content };
        });

        var error = await Assert.CatchAsync<WassistApiException>(() => test.Wassist.Conversations.CreateAsync(new CreateConversationInput { ToNumber = "+447700900123" }));

        Assert.That(error!.ErrorMessage, Is.EqualTo("Zoë is blocked."));
    }

    [Test]
    public async Task A_retried_answer_in_a_charset_the_runtime_lacks_is_still_retried()
    {
        using var test = new RetryingClient();
        var calls = 0;
        test.Handler.When("*").Respond(_ =>
        {
            calls++;
            var response = new HttpResponseMessage(calls == 1 ? HttpStatusCode.ServiceUnavailable : HttpStatusCode.OK) { Content = new ByteArrayContent(Encoding.UTF8.GetBytes("{\"name\":\"Support\"}")) };
            response.Content.Headers.TryAddWithoutValidation("Content-Type", "application/json; charset=windows-1252");
            return response;
        });

        var agent = await test.Wassist.Agents.GetAsync(System.Guid.Parse("7d3b8f0e-2c41-4a8e-9f6d-1b2c3d4e5f60"));

        Assert.That(agent.Name, Is.EqualTo("Support"));
        Assert.That(calls, Is.EqualTo(2));
    }

    [TestCase("120", 120.0)]
    [TestCase(" 7 ", 7.0)]
    [TestCase("1.5", null)]
    [TestCase("12/31", null)]
    [TestCase("-3", null)]
    [TestCase("soon", null)]
    [TestCase("Sat, 28 Nov 2026 20:02:00 GMT", 120.0)]
    [TestCase("Saturday, 28-Nov-26 20:01:00 GMT", 60.0)]
    [TestCase("Sat Nov 28 20:00:30 2026", 30.0)]
    [TestCase("Tue Dec  1 20:00:00 2026", 259200.0)]
    [TestCase("Sat, 28 Nov 2026 19:00:00 GMT", 0.0)]
    [TestCase("604799", 604799.0)]
    [TestCase("604800", null)]
    [TestCase("99999999999999999999", null)]
    [TestCase("Sat, 05 Dec 2026 20:00:00 GMT", null)]
    public void Retry_after_is_whole_seconds_or_an_http_date_within_a_week(string header, double? seconds)
    {
        var now = new DateTimeOffset(2026, 11, 28, 20, 0, 0, TimeSpan.Zero);

        var wait = RetryAfter.Parse(header, now);

        Assert.That(wait?.TotalSeconds, Is.EqualTo(seconds));
    }

    [Test]
    public void Retry_after_is_found_whatever_the_header_names_case()
    {
        var headers = new System.Collections.Generic.Dictionary<string, System.Collections.Generic.IEnumerable<string>> { ["retry-after"] = ["9"] };

        Assert.That(RetryAfter.FromHeaders(headers, DateTimeOffset.UtcNow), Is.EqualTo(TimeSpan.FromSeconds(9)));
        Assert.That(RetryAfter.FromHeaders([], DateTimeOffset.UtcNow), Is.Null);
    }

    [Promise("key-printable-ascii")]
    [TestCase("wsk_live_séc")]
    [TestCase("wsk_live_\u00A0key")]
    [TestCase("wsk_live_ключ")]
    public void A_key_that_is_not_printable_ascii_is_refused_when_the_client_is_built(string key)
    {
        var error = Assert.Throws<ArgumentException>(() => new WassistClient(new WassistClientOptions { ApiKey = key }));

        Assert.That(error!.ParamName, Is.EqualTo("ApiKey"));
        Assert.That(error.Message, Does.Not.Contain(key), "the key is never echoed");
    }

    [Promise("webhook-byte-order-mark")]
    [Test]
    public void A_webhook_body_with_a_byte_order_mark_verifies_over_the_bytes_as_sent_and_parses_after_it()
    {
        const string secret = "whsec_bom_test";
        var body = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.UTF8.GetBytes("{\"event\":\"test.ping\"}")).ToArray();
        var timestamp = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        using var hmac = new HMACSHA256(Encoding.UTF8.GetBytes(secret));
        var signature = hmac.ComputeHash(Encoding.UTF8.GetBytes($"{timestamp}.").Concat(body).ToArray());
        var header = $"t={timestamp},v1={string.Concat(signature.Select(b => b.ToString("x2")))}";

        var evt = new WassistWebhook(secret).ConstructEvent(body, header);

        Assert.That(evt.Type, Is.EqualTo("test.ping"));
        Assert.Throws<WassistSignatureVerificationException>(() => new WassistWebhook(secret).ConstructEvent(body.Skip(3).ToArray(), header),
            "the BOM is part of what was signed");
    }
}
