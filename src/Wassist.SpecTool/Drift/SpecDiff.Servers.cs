using System.Collections.Generic;
using System.Linq;
using Newtonsoft.Json.Linq;

namespace Wassist.SpecTool.Drift;

/// <summary>
/// Servers: the first entry is production, which the client uses by default (WassistClientOptions.DefaultBaseUrl,
/// and the host it sends the key to), so moving it breaks the client; it does not use the other servers.
/// </summary>
public sealed partial class SpecDiff
{
    private void CompareServers()
    {
        var oldServers = Servers(_old);
        var newServers = Servers(_new);
        var production = oldServers.FirstOrDefault();
        if (production is not null && production != newServers.FirstOrDefault())
        {
            Add(ChangeKinds.ServerUrlChanged, "servers", $"the production URL {production} is now {newServers.FirstOrDefault() ?? "not described"}; the client's default base URL and the hosts it sends the key to must follow");
        }

        foreach (var url in newServers.Skip(production is null ? 0 : 1).Where(u => !oldServers.Contains(u)))
        {
            Add(ChangeKinds.ServerAdded, $"server {url}", "new server");
        }

        foreach (var url in oldServers.Skip(1).Where(u => !newServers.Contains(u)))
        {
            Add(ChangeKinds.ServerRemoved, $"server {url}", "no longer described; the client does not use it");
        }
    }

    /// <summary>The server URLs in order, without a trailing slash (the client adds the path to the base URL).</summary>
    private static List<string> Servers(JObject document) =>
        (document["servers"] as JArray ?? []).Select(s => s.Value<string>("url")?.TrimEnd('/')).OfType<string>().ToList();
}
