using System.ComponentModel;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using ModelContextProtocol;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;
using Wassist.Apps;

namespace Wassist.Samples.McpApp
{
    /// <summary>The app's tools: each verifies the caller, finds the channel its agent is talking on, and answers there.</summary>
    [McpServerToolType]
    public sealed class ChatTools
    {
        private readonly WassistApp _app;

        public ChatTools(WassistApp app) => _app = app;

        [McpServerTool(Name = "summarize_chat", ReadOnly = true)]
        [Description("Summarizes the chat the calling agent is in: how many recent messages it has and what was said last.")]
        public async Task<string> SummarizeChatAsync(RequestContext<CallToolRequestParams> request, CancellationToken cancellationToken)
        {
            var context = ToolCaller.Verify(_app, request);
            switch (await _app.ResolveChannelAsync(context, cancellationToken).ConfigureAwait(false))
            {
                case WhatsAppChannel whatsapp:
                    // Newest first, as the API lists a conversation's messages.
                    var recent = await whatsapp.ListMessagesAsync(limit: 20, cancellationToken).ConfigureAwait(false);
                    var last = recent.Select(m => m.Text?.Body).FirstOrDefault(text => text is not null);
                    return $"WhatsApp conversation {whatsapp.ConversationId}: {recent.Count} recent messages; the last text: \"{last ?? "(none)"}\".";
                case WebBuilderChannel test:
                    var messages = await test.ListMessagesAsync(cancellationToken).ConfigureAwait(false);
                    return $"Test chat {test.SimulationId}: {messages.Count} messages so far.";
                default:
                    throw new McpException("The agent is on a channel this app does not know.");
            }
        }

        [McpServerTool(Name = "send_whatsapp_text")]
        [Description("Sends a text message to the customer in the WhatsApp conversation the calling agent is in.")]
        public async Task<string> SendWhatsAppTextAsync(
            RequestContext<CallToolRequestParams> request,
            [Description("The text to send.")] string text,
            CancellationToken cancellationToken)
        {
            var context = ToolCaller.Verify(_app, request);
            if (await _app.ResolveChannelAsync(context, cancellationToken).ConfigureAwait(false) is not WhatsAppChannel whatsapp)
            {
                throw new McpException("The agent is in the dashboard's test chat, not a WhatsApp conversation: nothing was sent.");
            }

            var message = await whatsapp.SendTextAsync(text, cancellationToken).ConfigureAwait(false);
            return $"Sent message {message.Id} to WhatsApp conversation {whatsapp.ConversationId}.";
        }
    }
}
