using System;
using System.Linq;
using System.Text;
using NUnit.Framework;
using Wassist.Tests.Shared;

namespace Wassist.Client.Tests;

/// <summary>
/// How WassistWebhook reads the signature header and what it says when it refuses one: every header here is signed
/// by <see cref="WebhookSigning"/>, written from the protocol, never by the code under test.
/// </summary>
public class WebhookHeaderRulesTests
{
    private const string Secret = "whsec_header_rules";
    private const long SignedAt = 1795608000;
    private const string Body = "{\"event\":\"test.ping\",\"timestamp\":\"2026-11-25T12:00:00Z\",\"message\":\"This is a test event\"}";

    // The largest Unix second a DateTimeOffset can hold: 9999-12-31T23:59:59Z.
    private const long LastRepresentableSecond = 253402300799;

    private static readonly string Signature = WebhookSigning.Signature(Secret, SignedAt, Body);

    private static WassistWebhook At(long unixSeconds) => new(Secret) { Clock = () => DateTimeOffset.FromUnixTimeSeconds(unixSeconds) };

    private static WassistSignatureVerificationException Refusal(Action verify) =>
        Assert.Throws<WassistSignatureVerificationException>(() => verify())!;

    [Test]
    public void The_test_signer_matches_the_vector_of_the_api_notes() =>
        Assert.That(WebhookSigning.Header("whsec_test_secret", 1700000000, "{\"phone_number\":\"+1\",\"message\":\"hi\"}"),
            Is.EqualTo("t=1700000000,v1=bce2aaa0d68c78c1339b78687ce3ddd5a7c73e8a4ecc7ab7733479ac28508c6d"));

    [Test]
    public void The_signature_header_computed_for_tools_is_the_one_wassist_sends() =>
        Assert.That(WassistWebhook.ComputeSignatureHeader(Secret, SignedAt, Body), Is.EqualTo($"t={SignedAt},v1={Signature}"));

    [TestCase(null)]
    [TestCase("")]
    public void A_webhook_needs_its_signing_secret(string? secret)
    {
        var error = Assert.Throws<ArgumentException>(() => _ = new WassistWebhook(secret!))!;

        Assert.That(error.ParamName, Is.EqualTo("signingSecret"));
        Assert.That(error.Message, Does.StartWith("The webhook signing secret is required."));
    }

    [Test]
    public void A_negative_tolerance_is_refused_with_the_way_to_turn_the_check_off()
    {
        var webhook = At(SignedAt);

        var error = Assert.Throws<ArgumentOutOfRangeException>(() => webhook.Tolerance = TimeSpan.FromSeconds(-1))!;

        Assert.That(error.Message, Does.StartWith("Tolerance cannot be negative; use TimeSpan.Zero to turn the check off."));
        Assert.That(webhook.Tolerance, Is.EqualTo(TimeSpan.FromSeconds(300)), "the refused value is not kept");
    }

    [Test]
    public void A_null_body_is_an_argument_error_not_a_signature_failure()
    {
        Assert.That(Assert.Throws<ArgumentNullException>(() => At(SignedAt).Verify((byte[])null!, $"t={SignedAt},v1={Signature}"))!.ParamName, Is.EqualTo("payload"));
        Assert.That(Assert.Throws<ArgumentNullException>(() => At(SignedAt).Verify((string)null!, $"t={SignedAt},v1={Signature}"))!.ParamName, Is.EqualTo("payload"));
    }

    [TestCase(null)]
    [TestCase("  ")]
    public void A_missing_header_names_the_header(string? header)
    {
        var error = Refusal(() => At(SignedAt).Verify(Body, header));

        Assert.That((error.Reason, error.Message), Is.EqualTo((WassistSignatureFailure.MissingHeader, "The X-Wassist-Signature header is missing.")));
    }

    [Test]
    public void A_malformed_header_shows_the_form_it_must_have()
    {
        var error = Refusal(() => At(SignedAt).Verify(Body, "sha256=" + Signature));

        Assert.That((error.Reason, error.Message), Is.EqualTo((WassistSignatureFailure.MalformedHeader, "The X-Wassist-Signature header must look like t=<unix seconds>,v1=<hex HMAC-SHA256>.")));
    }

    [Test]
    public void A_mismatch_says_what_to_check()
    {
        var error = Refusal(() => At(SignedAt).Verify(Body + " ", $"t={SignedAt},v1={Signature}"));

        Assert.That((error.Reason, error.Message), Is.EqualTo((WassistSignatureFailure.SignatureMismatch, "The webhook signature does not match the body: check the signing secret, and verify the raw body exactly as received.")));
    }

    [TestCase(301)]
    [TestCase(-301)]
    public void A_stale_or_future_timestamp_says_how_far_off_it_is(int offset)
    {
        var error = Refusal(() => At(SignedAt + offset).Verify(Body, $"t={SignedAt},v1={Signature}"));

        Assert.That((error.Reason, error.Message), Is.EqualTo((WassistSignatureFailure.TimestampOutsideTolerance,
            "The webhook signature timestamp is 301 s from now, beyond the tolerance of 300 s; the delivery may be a replay.")));
    }

    [TestCase(60, true)]
    [TestCase(-60, true)]
    [TestCase(61, false)]
    [TestCase(-61, false)]
    public void A_custom_tolerance_holds_to_the_second_on_both_sides(int offset, bool accepted)
    {
        var webhook = At(SignedAt + offset);
        webhook.Tolerance = TimeSpan.FromMinutes(1);

        void Verify() => webhook.Verify(Body, $"t={SignedAt},v1={Signature}");

        if (accepted)
        {
            Assert.DoesNotThrow(Verify);
        }
        else
        {
            Assert.That(Refusal(Verify).Reason, Is.EqualTo(WassistSignatureFailure.TimestampOutsideTolerance));
        }
    }

    [Test]
    public void A_part_without_an_equals_sign_is_skipped()
    {
        Assert.DoesNotThrow(() => At(SignedAt).Verify(Body, $"t={SignedAt},scheme,v1={Signature}"));
        Assert.DoesNotThrow(() => At(SignedAt).Verify(Body, $"=x,t={SignedAt},v1={Signature}"));
    }

    [Test]
    public void A_truncated_signature_is_a_mismatch_not_a_match()
    {
        var error = Refusal(() => At(SignedAt).Verify(Body, $"t={SignedAt},v1={Signature.Substring(0, 32)}"));

        Assert.That(error.Reason, Is.EqualTo(WassistSignatureFailure.SignatureMismatch));
    }

    [Test]
    public void A_signature_with_a_byte_more_is_a_mismatch() =>
        Assert.That(Refusal(() => At(SignedAt).Verify(Body, $"t={SignedAt},v1={Signature}00")).Reason, Is.EqualTo(WassistSignatureFailure.SignatureMismatch));

    [TestCase("")]
    [TestCase("odd")]
    [TestCase("last-nibble")]
    [TestCase("first-nibble")]
    public void A_v1_that_is_not_whole_hex_bytes_is_no_signature(string damage)
    {
        var v1 = damage switch
        {
            "" => "",
            "odd" => Signature.Substring(1),
            "last-nibble" => Signature.Substring(0, 63) + "g",
            _ => "g" + Signature.Substring(1),
        };

        Assert.That(Refusal(() => At(SignedAt).Verify(Body, $"t={SignedAt},v1={v1}")).Reason, Is.EqualTo(WassistSignatureFailure.MalformedHeader));
        Assert.DoesNotThrow(() => At(SignedAt).Verify(Body, $"t={SignedAt},v1={v1},v1={Signature}"), "a damaged v1 beside a good one is ignored");
    }

    [TestCase("-1795608000")]
    [TestCase("+1795608000")]
    [TestCase("1795608000.0")]
    [TestCase("1 795 608 000")]
    public void A_timestamp_that_is_not_plain_digits_is_malformed(string t) =>
        Assert.That(Refusal(() => At(SignedAt).Verify(Body, $"t={t},v1={Signature}")).Reason, Is.EqualTo(WassistSignatureFailure.MalformedHeader));

    [Test]
    public void The_last_second_a_date_can_hold_is_read_and_the_next_is_malformed()
    {
        var webhook = At(SignedAt);
        var last = $"t={LastRepresentableSecond},v1={WebhookSigning.Signature(Secret, LastRepresentableSecond, Body)}";
        var beyond = $"t={LastRepresentableSecond + 1},v1={WebhookSigning.Signature(Secret, LastRepresentableSecond + 1, Body)}";

        Assert.That(Refusal(() => webhook.Verify(Body, last)).Reason, Is.EqualTo(WassistSignatureFailure.TimestampOutsideTolerance));
        Assert.That(Refusal(() => webhook.Verify(Body, beyond)).Reason, Is.EqualTo(WassistSignatureFailure.MalformedHeader));

        webhook.Tolerance = TimeSpan.Zero;
        Assert.DoesNotThrow(() => webhook.Verify(Body, last));
        Assert.That(Refusal(() => webhook.Verify(Body, beyond)).Reason, Is.EqualTo(WassistSignatureFailure.MalformedHeader));
    }

    [Test]
    public void A_body_with_a_byte_order_mark_is_verified_as_sent_and_read_without_it()
    {
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.UTF8.GetBytes(Body)).ToArray();
        var header = $"t={SignedAt},v1={WebhookSigning.Signature(Secret, SignedAt, bytes)}";

        var evt = At(SignedAt).ConstructEvent(bytes, header);

        Assert.That(((TestPingEvent)evt).Message, Is.EqualTo("This is a test event"));
        Assert.That(Refusal(() => At(SignedAt).Verify(Body, header)).Reason, Is.EqualTo(WassistSignatureFailure.SignatureMismatch), "the mark is part of what was signed");
    }

    [Test]
    public void A_body_that_is_not_json_says_so()
    {
        var error = Assert.Throws<FormatException>(() => WassistWebhook.ParseEvent("event=test.ping"))!;

        Assert.That(error.Message, Is.EqualTo("The webhook body is not a JSON object."));
        Assert.That(error.InnerException, Is.InstanceOf<Newtonsoft.Json.JsonException>());
    }
}
