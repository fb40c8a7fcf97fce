using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Threading.Tasks;
using NUnit.Framework;

namespace Wassist.Client.Tests.Hardening;

/// <summary>
/// What a <see cref="WassistApiException"/> built through its public constructor (the one generated code calls)
/// carries, and how the secrets of the call are taken out of every part of it, in every form they can come back in.
/// </summary>
public class ExceptionContentsTests
{
    private const string Secret = "cs_SECRET_1";

    /// <summary>Runs <paramref name="build"/> inside a call that sends <paramref name="secret"/>, as a client does.</summary>
    private static T DuringCallWith<T>(string secret, Func<T> build) =>
        Task.Run(() =>
        {
            Redaction.Enter(new ClientSecrets(secret));
            return build();
        }).GetAwaiter().GetResult();

    [Test]
    public void Every_part_of_the_exception_is_redacted()
    {
        var headers = new Dictionary<string, IEnumerable<string>>
        {
            ["X-Request-Id"] = ["req " + Secret],
            ["Retry-After"] = ["120"],
            ["X-Echo"] = ["plain", "cs%5FSECRET%5F1"],
        };

        var error = DuringCallWith(Secret, () => new WassistApiException("Wassist API error 500: " + Secret, 500, "{\"echo\":\"" + Secret + "\"}", headers, new HttpRequestException("proxy saw " + Secret)));

        Assert.Multiple(() =>
        {
            Assert.That(error.Message, Is.EqualTo("Wassist API error 500: [redacted]"));
            Assert.That(error.StatusCode, Is.EqualTo(500));
            Assert.That(error.Response, Is.EqualTo("{\"echo\":\"[redacted]\"}"));
            Assert.That(error.RequestId, Is.EqualTo("req [redacted]"));
            Assert.That(error.Headers["x-echo"], Is.EqualTo(new[] { "plain", "[redacted]" }), "header names are matched in any case");
            Assert.That(error.RetryAfter, Is.EqualTo(TimeSpan.FromSeconds(120)));
            Assert.That(error.InnerException!.Message, Is.EqualTo("System.Net.Http.HttpRequestException: proxy saw [redacted]"));
            Assert.That((error.ErrorCode, error.ErrorMessage, error.FieldErrors.Count), Is.EqualTo(((string?)null, (string?)null, 0)));
        });
    }

    [Test]
    public void Outside_a_call_nothing_is_taken_out()
    {
        var inner = new FormatException("at " + Secret);

        var error = new WassistApiException("Wassist API error 500: " + Secret, 500, Secret, new Dictionary<string, IEnumerable<string>>(), inner);

        Assert.That((error.Message, error.Response), Is.EqualTo(("Wassist API error 500: " + Secret, Secret)));
        Assert.That(error.InnerException, Is.SameAs(inner));
    }

    [Test]
    public void Headers_without_values_or_no_headers_at_all_give_no_request_id_and_no_wait()
    {
        var empty = new WassistApiException("Wassist API error 503.", 503, null, new Dictionary<string, IEnumerable<string>> { ["X-Request-Id"] = [], ["Retry-After"] = [] }, null);
        var none = new WassistApiException("Wassist API error 503.", 503, null, null!, null);

        Assert.That((empty.RequestId, empty.RetryAfter), Is.EqualTo(((string?)null, (TimeSpan?)null)));
        Assert.That((none.RequestId, none.RetryAfter, none.Headers.Count), Is.EqualTo(((string?)null, (TimeSpan?)null, 0)));
    }

    [Test]
    public void An_inner_exception_that_quotes_the_secret_keeps_its_type_name_and_loses_the_secret()
    {
        var original = new InvalidOperationException("could not read the answer", new FormatException($"unexpected '{Secret}' at 12"));

        var inner = DuringCallWith(Secret, () => RedactedException.Of(original))!;

        Assert.That(inner.Message, Is.EqualTo("System.InvalidOperationException: could not read the answer"));
        Assert.That(inner.InnerException!.Message, Is.EqualTo("System.FormatException: unexpected '[redacted]' at 12"));
    }

    [Test]
    public void An_inner_exception_without_the_secret_is_kept_as_it_is()
    {
        var original = new InvalidOperationException("could not read the answer", new FormatException("unexpected '<' at 0"));

        Assert.That(DuringCallWith(Secret, () => RedactedException.Of(original)), Is.SameAs(original));
    }

    // The secret holds the three characters JSON escapes with a backslash.
    [TestCase("cs/live\"q\\x", "cs/live\"q\\x")]
    [TestCase("cs/live\"q\\x", "cs\\/live\\\"q\\\\x")]
    [TestCase("cs/live\"q\\x", "cs\\u002flive\\u0022q\\u005cx")]
    [TestCase("cs/live\"q\\x", "cs\\u002Flive\\u0022q\\u005Cx")]
    [TestCase("cs/live\"q\\x", "cs%2flive%22q%5cx")]
    [TestCase("cs/live\"q\\x", "cs%2Flive%22q%5Cx")]
    [TestCase("wsk_JK", "\\u0077\\u0073\\u006b\\u005f\\u004a\\u004b")]
    [TestCase("wsk_JK", "wsk%5fJK")]
    public void A_secret_is_found_in_every_escaped_form_with_hex_digits_in_either_case(string secret, string echoed)
    {
        var text = DuringCallWith(secret, () => Redaction.Redact("{\"detail\":\"bad secret " + echoed + "\"}"));

        Assert.That(text, Is.EqualTo("{\"detail\":\"bad secret [redacted]\"}"));
    }
}
