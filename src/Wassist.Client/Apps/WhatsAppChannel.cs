using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace Wassist.Apps
{
    /// <summary>An agent session on a WhatsApp conversation: read it, read its recent messages, send text.</summary>
    public sealed class WhatsAppChannel : WassistChannel
    {
        internal WhatsAppChannel(WassistClient client, string sessionId, Session session, Guid conversationId, Guid? contactId)
            : base(client, sessionId, session)
        {
            ConversationId = conversationId;
            ContactId = contactId;
        }

        /// <summary>The conversation (channel <c>conversationId</c>).</summary>
        public Guid ConversationId { get; }

        /// <summary>The contact on the other side (channel <c>contactId</c>), when the API named one.</summary>
        public Guid? ContactId { get; }

        /// <summary>Reads the conversation.</summary>
        public Task<Conversation> GetConversationAsync(CancellationToken cancellationToken) =>
            GetConversationAsync(requestOptions: null, cancellationToken);

        /// <summary>Reads the conversation, with <paramref name="requestOptions"/> for the request.</summary>
        public Task<Conversation> GetConversationAsync(WassistRequestOptions? requestOptions = null, CancellationToken cancellationToken = default) =>
            Client.Conversations.GetAsync(ConversationId, requestOptions, cancellationToken);

        /// <summary>The conversation's most recent messages, newest first.</summary>
        public Task<IReadOnlyList<Message>> ListMessagesAsync(int limit, CancellationToken cancellationToken) =>
            ListMessagesAsync(limit, requestOptions: null, cancellationToken);

        /// <summary>The conversation's most recent messages, newest first, with <paramref name="requestOptions"/> for the request.</summary>
        public Task<IReadOnlyList<Message>> ListMessagesAsync(int limit = 20, WassistRequestOptions? requestOptions = null, CancellationToken cancellationToken = default)
        {
            if (limit < 1)
            {
                throw new ArgumentOutOfRangeException(nameof(limit), limit, "The limit must be at least 1.");
            }

            return Client.Conversations.ListMessagesAsync(ConversationId, limit, null, requestOptions, cancellationToken);
        }

        /// <summary>Sends a text message into the conversation (the 24-hour service window must be open).</summary>
        public Task<Message> SendTextAsync(string body, CancellationToken cancellationToken) =>
            SendTextAsync(body, requestOptions: null, cancellationToken);

        /// <summary>
        /// Sends a text message into the conversation (the 24-hour service window must be open), with
        /// <paramref name="requestOptions"/> for the request: an <see cref="WassistRequestOptions.IdempotencyKey"/>
        /// makes the send safe to retry.
        /// </summary>
        public Task<Message> SendTextAsync(string body, WassistRequestOptions? requestOptions = null, CancellationToken cancellationToken = default)
        {
            if (string.IsNullOrWhiteSpace(body))
            {
                throw new ArgumentException("The text to send is required.", nameof(body));
            }

            var message = new SendMessageInput { Type = SendMessageType.Text, Text = new SendMessageTextInput { Body = body } };
            return Client.Conversations.SendMessageAsync(ConversationId, message, requestOptions, cancellationToken);
        }
    }
}
