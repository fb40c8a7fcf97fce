using System;

namespace Wassist.Apps
{
    /// <summary>
    /// Where an agent session is talking, from <see cref="WassistApp.ResolveChannelAsync(WassistToolContext, WassistRequestOptions?, System.Threading.CancellationToken)"/>: a
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
        /// The channel for the session's typed <see cref="Session.Channel"/>: <c>whatsapp</c> with a conversation id,
        /// or <c>web_builder</c> with a simulation id.
        /// </summary>
        internal static WassistChannel From(WassistClient client, string sessionId, Session session)
        {
            var channel = session.Channel;
            var type = channel?.Type;
            switch (type)
            {
                case "whatsapp" when channel!.ConversationId is { } conversationId:
                    return new WhatsAppChannel(client, sessionId, session, conversationId, channel.ContactId);
                case "web_builder" when channel!.SimulationId is { } simulationId:
                    return new WebBuilderChannel(client, sessionId, session, simulationId);
                default:
                    throw new InvalidOperationException(
                        $"Session {sessionId} is attached to neither a WhatsApp conversation nor a web-builder test chat (channel type '{(string.IsNullOrEmpty(type) ? "none" : type)}'), so there is nowhere to read or send messages.");
            }
        }
    }
}
