using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace Wassist.Apps
{
    /// <summary>An agent session in the dashboard's test chat (a simulation): read it and its messages.</summary>
    public sealed class WebBuilderChannel : WassistChannel
    {
        internal WebBuilderChannel(WassistClient client, string sessionId, Session session, System.Guid simulationId)
            : base(client, sessionId, session)
        {
            SimulationId = simulationId;
        }

        /// <summary>The test chat (channel <c>simulationId</c>).</summary>
        public System.Guid SimulationId { get; }

        /// <summary>Reads the test chat.</summary>
        public Task<Simulation> GetSimulationAsync(CancellationToken cancellationToken) =>
            GetSimulationAsync(requestOptions: null, cancellationToken);

        /// <summary>Reads the test chat, with <paramref name="requestOptions"/> for the request.</summary>
        public Task<Simulation> GetSimulationAsync(WassistRequestOptions? requestOptions = null, CancellationToken cancellationToken = default) =>
            Client.Simulations.GetAsync(SimulationId, requestOptions, cancellationToken);

        /// <summary>The test chat's messages, oldest first.</summary>
        public Task<IReadOnlyList<SimulationMessage>> ListMessagesAsync(CancellationToken cancellationToken) =>
            ListMessagesAsync(requestOptions: null, cancellationToken);

        /// <summary>The test chat's messages, oldest first, with <paramref name="requestOptions"/> for the request.</summary>
        public Task<IReadOnlyList<SimulationMessage>> ListMessagesAsync(WassistRequestOptions? requestOptions = null, CancellationToken cancellationToken = default) =>
            Client.Simulations.ListMessagesAsync(SimulationId, requestOptions, cancellationToken);
    }
}
