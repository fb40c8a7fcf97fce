using System.Linq;
using System.Text.Json.Nodes;
using ModelContextProtocol;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;
using Wassist.Apps;

namespace Wassist.Samples.McpApp
{
    /// <summary>Who is calling a tool: the context token Wassist puts in every tool call's <c>_meta</c>, verified.</summary>
    internal static class ToolCaller
    {
        /// <summary>
        /// Verifies the call's context token, or refuses the call as an MCP tool error naming the failed check: a
        /// tool answers only Wassist agents of organisations that installed the app.
        /// </summary>
        internal static WassistToolContext Verify(WassistApp app, RequestContext<CallToolRequestParams> request)
        {
            var meta = (request.Params?.Meta ?? new JsonObject()).ToDictionary(p => p.Key, p => (object?)p.Value);
            try
            {
                return app.VerifyContextToken(meta);
            }
            catch (WassistSignatureVerificationException e)
            {
                throw new McpException($"This tool answers only Wassist agents: the context token failed its {e.Reason} check.");
            }
        }
    }
}
