using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;

namespace Wassist.SpecTool;

/// <summary>
/// Checks that the naming overlay gave every operation a <c>Resource_Method</c> operationId, which NSwag turns into
/// <c>ResourceClient.MethodAsync</c>. A published operation the overlay does not map keeps its drf id and fails here.
/// </summary>
public static partial class OperationNames
{
    [GeneratedRegex("^[A-Z][A-Za-z0-9]*_[A-Z][A-Za-z0-9]*$")]
    private static partial Regex MappedName();

    public static void Validate(IEnumerable<OpenApiOperation> operations, string namingOverlay)
    {
        var problems = Problems(operations, namingOverlay);
        if (problems.Count > 0)
        {
            throw new SpecToolException(string.Join("\n", problems));
        }
    }

    /// <summary>One message per operation without a usable name: unmapped, or named like another operation.</summary>
    public static IReadOnlyList<string> Problems(IEnumerable<OpenApiOperation> operations, string namingOverlay)
    {
        var problems = new List<string>();
        var seen = new Dictionary<string, OpenApiOperation>();
        foreach (var operation in operations)
        {
            var id = operation.OperationId;
            if (id is null || !MappedName().IsMatch(id))
            {
                problems.Add($"{operation} (operationId '{id ?? "none"}') has no name mapping: add an action to {namingOverlay} targeting $.paths['{operation.Path}'].{operation.Method} with update {{\"operationId\": \"Resource_Method\"}}.");
            }
            else if (seen.TryGetValue(id, out var other))
            {
                problems.Add($"{operation} and {other} are both named '{id}': give one of them another name in {namingOverlay}.");
            }
            else
            {
                seen.Add(id, operation);
            }
        }

        return problems;
    }

    /// <summary>The C# client and method an operationId of the form <c>Resource_Method</c> becomes.</summary>
    public static (string Client, string Method) ToClientMethod(string operationId)
    {
        var parts = operationId.Split('_');
        return (parts[0] + "Client", parts[1] + "Async");
    }
}
