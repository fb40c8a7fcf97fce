using System.Collections.Generic;
using System.Linq;
using Newtonsoft.Json.Linq;

namespace Wassist.SpecTool;

/// <summary>One operation of an OpenAPI description: method, path and its JSON node.</summary>
public sealed record OpenApiOperation(string Method, string Path, JObject Node)
{
    private static readonly string[] Methods = ["get", "put", "post", "delete", "options", "head", "patch", "trace"];

    public string? OperationId => Node.Value<string>("operationId");

    /// <summary>How messages name the operation, e.g. <c>POST /api/v1/conversations/</c>.</summary>
    public override string ToString() => $"{Method.ToUpperInvariant()} {Path}";

    /// <summary>Every operation of the description, in document order.</summary>
    public static IEnumerable<OpenApiOperation> All(JObject document) =>
        from path in (document["paths"] as JObject)?.Properties() ?? []
        from method in (path.Value as JObject)?.Properties() ?? []
        where Methods.Contains(method.Name) && method.Value is JObject
        select new OpenApiOperation(method.Name, path.Name, (JObject)method.Value);
}
