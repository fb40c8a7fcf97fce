using System;

namespace Wassist.Apps
{
    /// <summary>
    /// Who is calling a Wassist App's tool, from a verified context token: the installation (and so the
    /// organisation), the agent and its session. Get one from <see cref="WassistApp.VerifyContextToken(string)"/>.
    /// </summary>
    public sealed class WassistToolContext
    {
        internal WassistToolContext(string installationId, string organizationId, string agentId, string sessionId, DateTimeOffset expiresAt, string token)
        {
            InstallationId = installationId;
            OrganizationId = organizationId;
            AgentId = agentId;
            SessionId = sessionId;
            ExpiresAt = expiresAt;
            Token = token;
        }

        /// <summary>The app installation the call comes from (claim <c>installation_id</c>).</summary>
        public string InstallationId { get; }

        /// <summary>The organisation that installed the app (claim <c>organization_id</c>).</summary>
        public string OrganizationId { get; }

        /// <summary>The agent calling the tool (claim <c>agent_id</c>).</summary>
        public string AgentId { get; }

        /// <summary>The agent session the call belongs to (claim <c>session_id</c>); see <see cref="WassistApp.ResolveChannelAsync(WassistToolContext, WassistRequestOptions?, System.Threading.CancellationToken)"/>.</summary>
        public string SessionId { get; }

        /// <summary>When the token expires (claim <c>exp</c>).</summary>
        public DateTimeOffset ExpiresAt { get; }

        /// <summary>The verified token, without a <c>Bearer</c> prefix.</summary>
        public string Token { get; }

        /// <summary>Describes the context without the token.</summary>
        public override string ToString() =>
            $"WassistToolContext {{ InstallationId = {InstallationId}, OrganizationId = {OrganizationId}, AgentId = {AgentId}, SessionId = {SessionId}, ExpiresAt = {ExpiresAt:O} }}";
    }
}
