using System.Collections.Generic;
using System.IO;
using System.Linq;
using Newtonsoft.Json.Linq;

namespace Wassist.Client.Tests;

/// <summary>The effective description the client was generated from (the build writes it under obj/).</summary>
internal static class EffectiveDescription
{
    private static readonly string[] Methods = ["get", "put", "post", "delete", "patch"];

    internal static IReadOnlySet<string> OperationIds() => Operations().Select(o => o.OperationId).ToHashSet();

    /// <summary>Every operation: its id, HTTP method and path template (e.g. <c>/api/v1/agents/{id}/</c>).</summary>
    internal static IReadOnlyList<(string OperationId, string Method, string Path)> Operations()
    {
        var document = JObject.Parse(File.ReadAllText(Path.Combine(Wassist.Tests.Shared.RepositoryRoot.Path, "src/Wassist.Client/obj/Generated/wassist.effective.json")));
        return ((JObject)document["paths"]!).Properties()
            .SelectMany(path => ((JObject)path.Value).Properties().Where(m => Methods.Contains(m.Name)).Select(m => ((string)m.Value["operationId"]!, m.Name.ToUpperInvariant(), path.Name)))
            .ToList();
    }
}
