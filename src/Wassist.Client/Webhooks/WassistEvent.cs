using System;
using System.Collections.Generic;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Wassist
{
    /// <summary>Event names Wassist sends to webhooks (the <c>event</c> field and the <c>X-Wassist-Event</c> header).</summary>
    public static class WassistEventTypes
    {
        /// <summary>A contact wrote to one of your numbers (sent to every webhook subscribed to it).</summary>
        public const string MessageReceived = "message.received";

        /// <summary>A conversation was routed to this webhook.</summary>
        public const string SubscriptionActivated = "subscription.activated";

        /// <summary>A contact wrote in a conversation routed to this webhook.</summary>
        public const string SubscriptionMessageReceived = "subscription.message.received";

        /// <summary>A conversation stopped being routed to this webhook.</summary>
        public const string SubscriptionRevoked = "subscription.revoked";

        /// <summary>The 24-hour reply window of a routed conversation ends in about an hour.</summary>
        public const string ServiceWindowExpiring = "subscription.service_window.expiring";

        /// <summary>The 24-hour reply window of a routed conversation has ended: only templates can be sent now.</summary>
        public const string ServiceWindowClosed = "subscription.service_window.closed";

        /// <summary>A test delivery from the dashboard or <c>POST /webhooks/{id}/test/</c>.</summary>
        public const string TestPing = "test.ping";
    }

    /// <summary>
    /// A webhook event. <see cref="WassistWebhook.ConstructEvent(string, string)"/> returns the subclass for its
    /// type; any other type (one Wassist adds later) is a plain <see cref="WassistEvent"/> that still carries
    /// <see cref="Type"/>, <see cref="Timestamp"/> and the whole body in <see cref="Json"/>. A field of an
    /// unexpected shape is left null rather than failing the whole event.
    /// </summary>
    public class WassistEvent
    {
        private static readonly JsonSerializer Reader = JsonSerializer.Create(new JsonSerializerSettings
        {
            DateParseHandling = DateParseHandling.None,
            MissingMemberHandling = MissingMemberHandling.Ignore,
            Error = (_, args) => args.ErrorContext.Handled = true,
        });

        /// <summary>The event name, e.g. <c>message.received</c>; see <see cref="WassistEventTypes"/>.</summary>
        [JsonProperty("event")]
        public string? Type { get; set; }

        /// <summary>When Wassist emitted the event (UTC).</summary>
        [JsonProperty("timestamp")]
        public DateTimeOffset? Timestamp { get; set; }

        /// <summary>The whole event body as JSON, including fields this client has no property for.</summary>
        [JsonIgnore]
        public JObject Json { get; private set; } = new();

        internal static WassistEvent Parse(string payload)
        {
            JObject json;
            try
            {
                // The signature was checked over the body as sent; a byte-order mark before the JSON is not part of it.
                json = JObject.Parse(payload.TrimStart('\uFEFF'));
            }
            catch (JsonException e)
            {
                throw new FormatException("The webhook body is not a JSON object.", e);
            }

            var type = (json["event"] as JValue)?.Value as string;
            var target = type switch
            {
                WassistEventTypes.MessageReceived => typeof(MessageReceivedEvent),
                WassistEventTypes.SubscriptionMessageReceived => typeof(SubscriptionMessageReceivedEvent),
                WassistEventTypes.SubscriptionActivated or WassistEventTypes.SubscriptionRevoked => typeof(SubscriptionChangedEvent),
                WassistEventTypes.ServiceWindowExpiring or WassistEventTypes.ServiceWindowClosed => typeof(ServiceWindowEvent),
                WassistEventTypes.TestPing => typeof(TestPingEvent),
                _ => typeof(WassistEvent),
            };
            var result = (WassistEvent?)json.ToObject(target, Reader) ?? new WassistEvent();
            result.Json = json;
            return result;
        }
    }

    /// <summary><c>message.received</c>: a contact wrote to one of your numbers.</summary>
    public class MessageReceivedEvent : WassistEvent
    {
        /// <summary>Your number that received the message (Wassist sends it with or without a leading <c>+</c>).</summary>
        [JsonProperty("phoneNumber")]
        public string? PhoneNumber { get; set; }

        /// <summary>The contact's number.</summary>
        [JsonProperty("from")]
        public string? From { get; set; }

        /// <summary>The contact.</summary>
        [JsonProperty("contact")]
        public WebhookContact? Contact { get; set; }

        /// <summary>The message.</summary>
        [JsonProperty("message")]
        public WebhookMessage? Message { get; set; }

        /// <summary>The conversation the message belongs to.</summary>
        [JsonProperty("conversationId")]
        public Guid? ConversationId { get; set; }
    }

    /// <summary><c>subscription.message.received</c>: a message in a conversation routed to this webhook.</summary>
    public sealed class SubscriptionMessageReceivedEvent : MessageReceivedEvent
    {
        /// <summary>The conversation's routing, <c>webhook</c>.</summary>
        [JsonProperty("routing")]
        public string? Routing { get; set; }

        /// <summary>The webhook the conversation is routed to.</summary>
        [JsonProperty("webhookId")]
        public Guid? WebhookId { get; set; }
    }

    /// <summary><c>subscription.activated</c> or <c>subscription.revoked</c>: a conversation's routing to this webhook changed.</summary>
    public class SubscriptionChangedEvent : WassistEvent
    {
        /// <summary>The webhook concerned.</summary>
        [JsonProperty("webhookId")]
        public Guid? WebhookId { get; set; }

        /// <summary>The conversation concerned.</summary>
        [JsonProperty("conversationId")]
        public Guid? ConversationId { get; set; }

        /// <summary>Your number in the conversation.</summary>
        [JsonProperty("phoneNumber")]
        public string? PhoneNumber { get; set; }

        /// <summary>The contact.</summary>
        [JsonProperty("contact")]
        public WebhookContact? Contact { get; set; }

        /// <summary>True for <c>subscription.activated</c>, false for <c>subscription.revoked</c>.</summary>
        [JsonIgnore]
        public bool IsActivated => Type == WassistEventTypes.SubscriptionActivated;
    }

    /// <summary><c>subscription.service_window.expiring</c> or <c>.closed</c>: the 24-hour reply window is ending or has ended.</summary>
    public sealed class ServiceWindowEvent : SubscriptionChangedEvent
    {
        /// <summary>True when the window has closed (only templates can be sent), false when it is about to.</summary>
        [JsonIgnore]
        public bool IsClosed => Type == WassistEventTypes.ServiceWindowClosed;
    }

    /// <summary><c>test.ping</c>: a test delivery.</summary>
    public sealed class TestPingEvent : WassistEvent
    {
        /// <summary>The test text.</summary>
        [JsonProperty("message")]
        public string? Message { get; set; }
    }

    /// <summary>The contact in a webhook event.</summary>
    public sealed class WebhookContact
    {
        /// <summary>The contact's WhatsApp profile name, when known.</summary>
        [JsonProperty("name")]
        public string? Name { get; set; }

        /// <summary>The contact's number.</summary>
        [JsonProperty("phoneNumber")]
        public string? PhoneNumber { get; set; }
    }

    /// <summary>The inbound message in a webhook event.</summary>
    public sealed class WebhookMessage
    {
        /// <summary>Wassist's message id.</summary>
        [JsonProperty("id")]
        public string? Id { get; set; }

        /// <summary>WhatsApp's message id (<c>wamid...</c>).</summary>
        [JsonProperty("waId")]
        public string? WaId { get; set; }

        /// <summary>The text.</summary>
        [JsonProperty("body")]
        public string? Body { get; set; }

        /// <summary>Attached media.</summary>
        [JsonProperty("media")]
        public IList<WebhookMedia>? Media { get; set; }

        /// <summary>Buttons the message carried.</summary>
        [JsonProperty("buttons")]
        public IList<WebhookButton>? Buttons { get; set; }
    }

    /// <summary>A media attachment of an inbound message.</summary>
    public sealed class WebhookMedia
    {
        /// <summary>Where to download it.</summary>
        [JsonProperty("url")]
        public string? Url { get; set; }

        /// <summary>Its MIME type, e.g. <c>image/jpeg</c>.</summary>
        [JsonProperty("mimeType")]
        public string? MimeType { get; set; }
    }

    /// <summary>A button on an inbound message.</summary>
    public sealed class WebhookButton
    {
        /// <summary><c>url</c> or <c>quick_reply</c>.</summary>
        [JsonProperty("type")]
        public string? Type { get; set; }

        /// <summary>The label.</summary>
        [JsonProperty("text")]
        public string? Text { get; set; }

        /// <summary>The link of a <c>url</c> button.</summary>
        [JsonProperty("url")]
        public string? Url { get; set; }

        /// <summary>The id of a <c>quick_reply</c> button.</summary>
        [JsonProperty("quickReplyId")]
        public string? QuickReplyId { get; set; }
    }
}
