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
        public Task<Simulation> GetSimulationAsync(CancellationToken cancellationToken = default) =>
            Client.Simulations.GetAsync(SimulationId, cancellationToken);

        /// <summary>The test chat's messages, oldest first.</summary>
        public Task<IReadOnlyList<SimulationMessage>> ListMessagesAsync(CancellationToken cancellationToken = default) =>
            Client.Simulations.ListMessagesAsync(SimulationId, cancellationToken);
    }
}
