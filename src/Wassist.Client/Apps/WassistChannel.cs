using System;

namespace Wassist.Apps
{
    /// <summary>
    /// Where an agent session is talking, from <see cref="WassistApp.ResolveChannelAsync"/>: a
    /// <see cref="WhatsAppChannel"/> or a <see cref="WebBuilderChannel"/>. Switch on the type.
    /// </summary>
    public abstract class WassistChannel
    {
        private protected WassistChannel(WassistClient client, string sessionId, Session session)
        {
            Client = client;
            SessionId = sessionId;
            Session = session;
        }

        /// <summary>The client acting for the session's installation.</summary>
        public WassistClient Client { get; }

        /// <summary>The session the channel belongs to.</summary>
        public string SessionId { get; }

        /// <summary>The session as the API returned it.</summary>
        public Session Session { get; }

        /// <summary>
        /// Types the session's <c>channel</c>: <c>{type: "whatsapp", conversationId, contactId}</c> or
        /// <c>{type: "web_builder", simulationId}</c>.
        /// </summary>
        internal static WassistChannel From(WassistClient client, string sessionId, Session session)
        {
            var channel = session.Channel;
            string? Read(string name) => channel is not null && channel.TryGetValue(name, out var value) && value?.ToString() is { Length: > 0 } text ? text : null;

            Guid? ReadId(string name) => Guid.TryParse(Read(name), out var id) ? id : null;

            var type = Read("type");
            switch (type)
            {
                case "whatsapp" when ReadId("conversationId") is { } conversationId:
                    return new WhatsAppChannel(client, sessionId, session, conversationId, ReadId("contactId"));
                case "web_builder" when ReadId("simulationId") is { } simulationId:
                    return new WebBuilderChannel(client, sessionId, session, simulationId);
                default:
                    throw new InvalidOperationException(
                        $"Session {sessionId} is attached to neither a WhatsApp conversation nor a web-builder test chat (channel type '{type ?? "none"}'), so there is nowhere to read or send messages.");
            }
        }
    }
}
