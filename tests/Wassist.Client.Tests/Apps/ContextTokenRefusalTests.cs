using System;
using System.Text;
using NUnit.Framework;
using Wassist.Apps;
using static Wassist.Client.Tests.Apps.AppVectors;

namespace Wassist.Client.Tests.Apps;

/// <summary>Each refused context token names the check that failed, in words a developer can act on; exp is read at its limits.</summary>
public class ContextTokenRefusalTests
{
    private const string NotAJwt = "The context token is not a JWT: it needs three base64url parts separated by dots.";

    private static WassistSignatureVerificationException Refused(string token)
    {
        using var app = App();
        return Assert.Throws<WassistSignatureVerificationException>(() => app.VerifyContextToken(token))!;
    }

    private static void AssertRefused(string token, WassistSignatureFailure reason, string message)
    {
        var error = Refused(token);
        Assert.That(error.Reason, Is.EqualTo(reason));
        Assert.That(error.Message, Is.EqualTo(message));
    }

    private static string Part(string text) => Base64Url(Encoding.UTF8.GetBytes(text));

    private static WassistToolContext Accepted(string token)
    {
        using var app = App();
        return app.VerifyContextToken(token);
    }

    [TestCase(null)]
    [TestCase("")]
    [TestCase("   ")]
    [TestCase("Bearer")]
    [TestCase("bearer   ")]
    public void An_absent_token_is_refused_as_missing(string? token) =>
        AssertRefused(token!, WassistSignatureFailure.MissingToken, "The context token is missing.");

    [TestCase("abcd.abcd")]
    [TestCase("abcd.abcd.abcd.abcd")]
    [TestCase("abcd..abcd")]
    [TestCase("abc*.abcd.abcd")]
    [TestCase("abcd.ab=d.abcd")]
    [TestCase("abcde.abcd.abcd")]
    public void A_token_without_three_base64url_parts_is_refused_as_malformed(string token) =>
        AssertRefused(token, WassistSignatureFailure.MalformedToken, NotAJwt);

    [TestCase("not json")]
    [TestCase("[\"HS256\"]")]
    [TestCase("{\"alg\":\"HS256\"} {}")]
    [TestCase("{\"alg\":")]
    public void A_header_that_is_not_one_json_object_is_refused_as_malformed(string header) =>
        AssertRefused(Token(header: header), WassistSignatureFailure.MalformedToken,
            "The context token's header is not a base64url-encoded JSON object.");

    [TestCase("not json")]
    [TestCase("42")]
    [TestCase("{} {}")]
    public void A_signed_payload_that_is_not_one_json_object_is_refused_as_malformed(string claims) =>
        AssertRefused(Token(claims), WassistSignatureFailure.MalformedToken,
            "The context token's payload is not a base64url-encoded JSON object.");

    [Test]
    public void Another_algorithm_is_refused_with_the_reason() =>
        AssertRefused(Token(header: """{"alg":"RS256"}"""), WassistSignatureFailure.UnsupportedAlgorithm,
            "The context token's header does not name the HS256 algorithm; Wassist signs context tokens only with HS256.");

    [TestCase(16)]
    [TestCase(31)]
    [TestCase(33)]
    [TestCase(64)]
    public void A_signature_of_another_length_is_refused_as_a_mismatch(int length)
    {
        var parts = Token().Split('.');
        var signature = Base64Url(new byte[length]);

        AssertRefused($"{parts[0]}.{parts[1]}.{signature}", WassistSignatureFailure.SignatureMismatch,
            "The context token's signature does not match: it was changed, or signed with another secret than the app's client secret.");
    }

    [Test]
    public void Another_issuer_is_refused_naming_the_expected_one() =>
        AssertRefused(Token(Claims(iss: "\"https://wassist.example\"")), WassistSignatureFailure.IssuerMismatch,
            "The context token was not issued by Wassist: its iss is not https://wassist.app.");

    [Test]
    public void Another_audience_is_refused() =>
        AssertRefused(Token(Claims(aud: "[\"app_other\"]")), WassistSignatureFailure.AudienceMismatch,
            "The context token is for another app: its aud does not include this app's client id.");

    [Test]
    public void A_token_is_accepted_up_to_thirty_seconds_after_it_expires() =>
        Assert.That(Accepted(Token(Claims(exp: NowSeconds - 30))).ExpiresAt, Is.EqualTo(new DateTimeOffset(2027, 1, 15, 7, 59, 30, TimeSpan.Zero)));

    [Test]
    public void A_token_more_than_thirty_seconds_past_its_expiry_is_refused_with_the_time() =>
        AssertRefused(Token(Claims(exp: NowSeconds - 31)), WassistSignatureFailure.TokenExpired,
            "The context token expired at 2027-01-15T07:59:29.0000000+00:00, more than 30 s ago.");

    [Test]
    public void A_fractional_exp_is_read_as_its_whole_second() =>
        Assert.That(Accepted(Token(Claims().Replace("\"exp\":1800000600", "\"exp\":1800000600.9"))).ExpiresAt,
            Is.EqualTo(new DateTimeOffset(2027, 1, 15, 8, 10, 0, TimeSpan.Zero)));

    [Test]
    public void The_latest_representable_exp_is_accepted() =>
        Assert.That(Accepted(Token(Claims(exp: 253_402_300_799))).ExpiresAt, Is.EqualTo(new DateTimeOffset(9999, 12, 31, 23, 59, 59, TimeSpan.Zero)));

    [Test]
    public void The_earliest_representable_exp_is_read_and_found_expired() =>
        AssertRefused(Token(Claims(exp: -62_135_596_800)), WassistSignatureFailure.TokenExpired,
            "The context token expired at 0001-01-01T00:00:00.0000000+00:00, more than 30 s ago.");

    [TestCase("253402300800")]
    [TestCase("-62135596801")]
    [TestCase("1e300")]
    [TestCase("\"1800000600\"")]
    [TestCase("null")]
    public void An_exp_that_is_not_representable_unix_seconds_is_refused_as_malformed(string exp) =>
        AssertRefused(Token(Claims().Replace("\"exp\":1800000600", "\"exp\":" + exp)), WassistSignatureFailure.MalformedToken,
            "The context token has no usable exp claim (unix seconds).");

    [Test]
    public void A_token_without_exp_is_refused_as_malformed() =>
        AssertRefused(Token(Claims().Replace("\"exp\":1800000600,", "")), WassistSignatureFailure.MalformedToken,
            "The context token has no usable exp claim (unix seconds).");

    [TestCase("installation_id")]
    [TestCase("organization_id")]
    [TestCase("agent_id")]
    [TestCase("session_id")]
    public void A_token_without_an_id_claim_is_refused_naming_it(string claim) =>
        AssertRefused(Token(Claims().Replace($"\"{claim}\":", $"\"x_{claim}\":")), WassistSignatureFailure.MalformedToken,
            $"The context token lacks the {claim} claim.");

    [Test]
    public void An_id_claim_that_looks_like_a_date_is_kept_as_written()
    {
        var context = Accepted(Token(Claims().Replace("\"sess_9\"", "\"2027-01-15T08:00:00Z\"")));

        Assert.That(context.SessionId, Is.EqualTo("2027-01-15T08:00:00Z"));
    }
}
