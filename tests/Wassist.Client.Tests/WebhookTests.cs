using System;
using System.Text;
using NUnit.Framework;
using Wassist.Tests.Shared;

namespace Wassist.Client.Tests;

/// <summary>
/// WassistWebhook: signature checks against vectors computed outside this code (Python's hmac module), replay
/// tolerance, and typed reading of every event type, unknown ones included.
/// </summary>
public class WebhookTests
{
    // The vector from the API notes (§8).
    private const string NotesSecret = "whsec_test_secret";
    private const string NotesBody = "{\"phone_number\":\"+1\",\"message\":\"hi\"}";
    private const string NotesHeader = "t=1700000000,v1=bce2aaa0d68c78c1339b78687ce3ddd5a7c73e8a4ecc7ab7733479ac28508c6d";

    // Our own vector: a full message.received body with non-ASCII text, signed with
    // hmac.new(secret.encode(), f"{t}.{body}".encode(), hashlib.sha256).hexdigest().
    private const string Secret = "whsec_wassist_generated_tests";
    private const long SignedAt = 1795608000;
    private const string MessageBody = "{\"event\":\"message.received\",\"timestamp\":\"2026-11-25T12:00:00Z\",\"phoneNumber\":\"447700900100\",\"from\":\"447700900123\",\"contact\":{\"name\":\"Alex\",\"phoneNumber\":\"447700900123\"},\"message\":{\"id\":\"0f1e2d3c-4b5a-4978-8695-a4b3c2d1e0f9\",\"waId\":\"wamid.HBgLNDQ3NzAwOTAwMTIzFQIAEhgg\",\"body\":\"Is my order on its way? 🚚\",\"media\":[],\"buttons\":[]},\"conversationId\":\"5a6b7c8d-9e0f-4a1b-8c2d-3e4f5a6b7c8d\"}";
    private const string MessageSignature = "e967f0147b943830e710ab732b5027aa08a87ce5c6ae10c18fe54615eedfaf2d";

    private static WassistWebhook At(string secret, long unixSeconds) =>
        new(secret) { Clock = () => DateTimeOffset.FromUnixTimeSeconds(unixSeconds) };

    [Promise("webhook-signature")]
    [Test]
    public void The_notes_vector_verifies()
    {
        Assert.DoesNotThrow(() => At(NotesSecret, 1700000000).Verify(NotesBody, NotesHeader));
        Assert.That(WassistWebhook.ComputeSignatureHeader(NotesSecret, 1700000000, NotesBody), Is.EqualTo(NotesHeader));
    }

    [Promise("webhook-signature")]
    [Test]
    public void Our_vector_verifies_from_text_and_from_raw_bytes()
    {
        var header = $"t={SignedAt},v1={MessageSignature}";
        var webhook = At(Secret, SignedAt + 10);

        Assert.DoesNotThrow(() => webhook.Verify(MessageBody, header));
        Assert.DoesNotThrow(() => webhook.Verify(Encoding.UTF8.GetBytes(MessageBody), header));
        Assert.That(WassistWebhook.ComputeSignatureHeader(Secret, SignedAt, MessageBody), Is.EqualTo(header));
    }

    [Test]
    public void Upper_case_hex_extra_keys_and_spaces_are_accepted()
    {
        var header = $"t={SignedAt}, v0=ignored ,v1={MessageSignature.ToUpperInvariant()}";

        Assert.DoesNotThrow(() => At(Secret, SignedAt).Verify(MessageBody, header));
    }

    [Test]
    public void Any_matching_v1_is_enough()
    {
        var header = $"t={SignedAt},v1={new string('0', 64)},v1={MessageSignature}";

        Assert.DoesNotThrow(() => At(Secret, SignedAt).Verify(MessageBody, header));
    }

    private static WassistSignatureFailure FailureOf(Action verify) =>
        Assert.Throws<WassistSignatureVerificationException>(() => verify())!.Reason;

    [Test]
    public void A_changed_body_is_refused()
    {
        var changed = MessageBody.Replace("on its way", "on its wax");

        Assert.That(FailureOf(() => At(Secret, SignedAt).Verify(changed, $"t={SignedAt},v1={MessageSignature}")), Is.EqualTo(WassistSignatureFailure.SignatureMismatch));
    }

    [Test]
    public void A_re_encoded_body_is_refused()
    {
        var reformatted = Newtonsoft.Json.Linq.JObject.Parse(MessageBody).ToString(Newtonsoft.Json.Formatting.Indented);

        Assert.That(FailureOf(() => At(Secret, SignedAt).Verify(reformatted, $"t={SignedAt},v1={MessageSignature}")), Is.EqualTo(WassistSignatureFailure.SignatureMismatch));
    }

    [Test]
    public void The_wrong_secret_is_refused()
    {
        Assert.That(FailureOf(() => At("whsec_other", SignedAt).Verify(MessageBody, $"t={SignedAt},v1={MessageSignature}")), Is.EqualTo(WassistSignatureFailure.SignatureMismatch));
    }

    [Test]
    public void A_timestamp_that_was_not_signed_is_refused()
    {
        Assert.That(FailureOf(() => At(Secret, SignedAt).Verify(MessageBody, $"t={SignedAt + 1},v1={MessageSignature}")), Is.EqualTo(WassistSignatureFailure.SignatureMismatch));
    }

    [Promise("webhook-tolerance")]
    [TestCase(301)]
    [TestCase(-301)]
    public void A_timestamp_beyond_300_seconds_either_way_is_refused(int offset)
    {
        Assert.That(FailureOf(() => At(Secret, SignedAt + offset).Verify(MessageBody, $"t={SignedAt},v1={MessageSignature}")), Is.EqualTo(WassistSignatureFailure.TimestampOutsideTolerance));
    }

    [Promise("webhook-tolerance")]
    [TestCase(300)]
    [TestCase(-300)]
    public void A_timestamp_exactly_300_seconds_away_is_accepted(int offset)
    {
        Assert.DoesNotThrow(() => At(Secret, SignedAt + offset).Verify(MessageBody, $"t={SignedAt},v1={MessageSignature}"));
    }

    [Test]
    public void The_tolerance_is_configurable_and_zero_turns_it_off()
    {
        var header = $"t={SignedAt},v1={MessageSignature}";
        var strict = At(Secret, SignedAt + 61);
        strict.Tolerance = TimeSpan.FromMinutes(1);
        var off = At(Secret, SignedAt + 86400);
        off.Tolerance = TimeSpan.Zero;

        Assert.That(FailureOf(() => strict.Verify(MessageBody, header)), Is.EqualTo(WassistSignatureFailure.TimestampOutsideTolerance));
        Assert.DoesNotThrow(() => off.Verify(MessageBody, header));
        Assert.Throws<ArgumentOutOfRangeException>(() => off.Tolerance = TimeSpan.FromSeconds(-1));
    }

    [TestCase(null, WassistSignatureFailure.MissingHeader)]
    [TestCase("", WassistSignatureFailure.MissingHeader)]
    [TestCase("v1=abcd", WassistSignatureFailure.MalformedHeader)]
    [TestCase("t=1795608000", WassistSignatureFailure.MalformedHeader)]
    [TestCase("t=soon,v1=abcd", WassistSignatureFailure.MalformedHeader)]
    [TestCase("t=1795608000,v1=not-hex!", WassistSignatureFailure.MalformedHeader)]
    [TestCase("sha256=e967f0147b943830", WassistSignatureFailure.MalformedHeader)]
    public void A_missing_or_malformed_header_is_refused(string? header, WassistSignatureFailure expected)
    {
        Assert.That(FailureOf(() => At(Secret, SignedAt).Verify(MessageBody, header)), Is.EqualTo(expected));
    }

    [Test]
    public void A_verified_message_received_reads_as_a_typed_event()
    {
        var evt = At(Secret, SignedAt).ConstructEvent(MessageBody, $"t={SignedAt},v1={MessageSignature}");

        var message = evt as MessageReceivedEvent;
        Assert.That(message, Is.Not.Null);
        Assert.Multiple(() =>
        {
            Assert.That(message!.Type, Is.EqualTo(WassistEventTypes.MessageReceived));
            Assert.That(message.Timestamp, Is.EqualTo(new DateTimeOffset(2026, 11, 25, 12, 0, 0, TimeSpan.Zero)));
            Assert.That(message.PhoneNumber, Is.EqualTo("447700900100"));
            Assert.That(message.From, Is.EqualTo("447700900123"));
            Assert.That(message.Contact!.Name, Is.EqualTo("Alex"));
            Assert.That(message.Message!.Body, Is.EqualTo("Is my order on its way? 🚚"));
            Assert.That(message.Message.WaId, Does.StartWith("wamid."));
            Assert.That(message.ConversationId, Is.EqualTo(Guid.Parse("5a6b7c8d-9e0f-4a1b-8c2d-3e4f5a6b7c8d")));
        });
    }

    [Test]
    public void ConstructEvent_does_not_read_a_body_whose_signature_fails()
    {
        Assert.Throws<WassistSignatureVerificationException>(() => At(Secret, SignedAt).ConstructEvent(MessageBody, $"t={SignedAt},v1={new string('a', 64)}"));
    }

    [Test]
    public void Subscription_message_received_has_routing_and_buttons_and_media()
    {
        var evt = WassistWebhook.ParseEvent("{\"event\":\"subscription.message.received\",\"timestamp\":\"2026-11-25T12:00:05Z\",\"routing\":\"webhook\",\"webhookId\":\"7e1d2c3b-4a59-4687-9a6b-5c4d3e2f1a0b\",\"phoneNumber\":\"+447700900100\",\"from\":\"+447700900123\",\"contact\":{\"name\":null,\"phoneNumber\":\"+447700900123\"},\"message\":{\"id\":\"m-2\",\"body\":\"\",\"media\":[{\"url\":\"https://cdn.example/p.jpg\",\"mimeType\":\"image/jpeg\"}],\"buttons\":[{\"type\":\"quick_reply\",\"text\":\"Yes\",\"quickReplyId\":\"yes\"}]},\"conversationId\":\"2d3e4f5a-6b7c-4d8e-9f0a-1b2c3d4e5f6a\"}");

        var sub = (SubscriptionMessageReceivedEvent)evt;
        Assert.That((sub.Routing, sub.WebhookId, sub.Contact!.Name), Is.EqualTo(("webhook", (Guid?)Guid.Parse("7e1d2c3b-4a59-4687-9a6b-5c4d3e2f1a0b"), (string?)null)));
        Assert.That(sub.Message!.Media![0].MimeType, Is.EqualTo("image/jpeg"));
        Assert.That(sub.Message.Buttons![0].QuickReplyId, Is.EqualTo("yes"));
    }

    [TestCase("subscription.activated", true)]
    [TestCase("subscription.revoked", false)]
    public void Subscription_changes(string type, bool activated)
    {
        var evt = WassistWebhook.ParseEvent("{\"event\":\"" + type + "\",\"timestamp\":\"2026-11-25T12:00:00Z\",\"webhookId\":\"7e1d2c3b-4a59-4687-9a6b-5c4d3e2f1a0b\",\"conversationId\":\"1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f\",\"phoneNumber\":\"447700900100\",\"contact\":{\"phoneNumber\":\"447700900123\"}}");

        var change = evt as SubscriptionChangedEvent;
        Assert.That(change, Is.Not.Null.And.Not.InstanceOf<ServiceWindowEvent>());
        Assert.That((change!.IsActivated, change.WebhookId, change.Contact!.PhoneNumber), Is.EqualTo((activated, (Guid?)Guid.Parse("7e1d2c3b-4a59-4687-9a6b-5c4d3e2f1a0b"), "447700900123")));
    }

    [TestCase("subscription.service_window.expiring", false)]
    [TestCase("subscription.service_window.closed", true)]
    public void Service_window_events(string type, bool closed)
    {
        var evt = WassistWebhook.ParseEvent("{\"event\":\"" + type + "\",\"timestamp\":\"2026-11-25T12:00:00Z\",\"webhookId\":\"7e1d2c3b-4a59-4687-9a6b-5c4d3e2f1a0b\",\"conversationId\":\"1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f\",\"message\":null}");

        Assert.That(((ServiceWindowEvent)evt).IsClosed, Is.EqualTo(closed));
    }

    [Test]
    public void Test_ping()
    {
        var evt = WassistWebhook.ParseEvent("{\"event\":\"test.ping\",\"timestamp\":\"2026-11-25T12:00:00Z\",\"message\":\"This is a test event\"}");

        Assert.That(((TestPingEvent)evt).Message, Is.EqualTo("This is a test event"));
    }

    [Promise("webhook-unknown-event")]
    [Test]
    public void An_unknown_event_type_stays_readable()
    {
        var evt = WassistWebhook.ParseEvent("{\"event\":\"conversation.handoff.requested\",\"timestamp\":\"2026-11-25T12:00:00Z\",\"reason\":\"angry customer\",\"conversationId\":\"c-9\"}");

        Assert.That(evt.GetType(), Is.EqualTo(typeof(WassistEvent)));
        Assert.That(evt.Type, Is.EqualTo("conversation.handoff.requested"));
        Assert.That((string?)evt.Json["reason"], Is.EqualTo("angry customer"));
    }

    [Test]
    public void A_field_of_an_unexpected_shape_is_left_null_and_the_rest_is_read()
    {
        var evt = WassistWebhook.ParseEvent("{\"event\":\"message.received\",\"timestamp\":\"not a date\",\"contact\":\"Alex\",\"from\":\"447700900123\",\"message\":{\"body\":\"hi\",\"media\":{\"url\":\"x\"}}}");

        var message = (MessageReceivedEvent)evt;
        Assert.That((message.Timestamp, message.Contact, message.From, message.Message!.Body), Is.EqualTo(((DateTimeOffset?)null, (WebhookContact?)null, "447700900123", "hi")));
    }

    [TestCase("<html></html>")]
    [TestCase("[1,2]")]
    [TestCase("")]
    public void A_body_that_is_not_a_json_object_is_a_format_error(string body)
    {
        Assert.Throws<FormatException>(() => WassistWebhook.ParseEvent(body));
    }

    [Test]
    public void An_event_id_that_is_not_a_uuid_is_left_null_and_kept_in_the_json()
    {
        var evt = WassistWebhook.ParseEvent("{\"event\":\"subscription.activated\",\"webhookId\":\"w-1\",\"conversationId\":\"1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f\"}");

        var change = (SubscriptionChangedEvent)evt;
        Assert.That(change.WebhookId, Is.Null);
        Assert.That(change.ConversationId, Is.EqualTo(Guid.Parse("1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f")));
        Assert.That((string?)change.Json["webhookId"], Is.EqualTo("w-1"));
    }
}
