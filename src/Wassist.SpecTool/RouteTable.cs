using System.Linq;
using System.Text;
using Newtonsoft.Json.Linq;

namespace Wassist.SpecTool;

/// <summary>
/// Generates <c>WassistRoutes.All</c>: every operation's id, method and path template, so the client can name the
/// operation and the parameter when it refuses a path value before sending (an empty, <c>.</c> or <c>..</c> id).
/// </summary>
public static class RouteTable
{
    public static void Append(StringBuilder code, JObject effectiveSpec)
    {
        code.Append("\n    internal static partial class WassistRoutes\n    {\n");
        code.Append("        internal static readonly WassistRoute[] All =\n        [\n");
        foreach (var operation in OpenApiOperation.All(effectiveSpec).OrderBy(o => o.OperationId, System.StringComparer.Ordinal))
        {
            code.Append($"            new(\"{operation.OperationId}\", \"{operation.Method.ToUpperInvariant()}\", \"{operation.Path.TrimStart('/')}\"),\n");
        }

        code.Append("        ];\n    }\n");
    }
}
