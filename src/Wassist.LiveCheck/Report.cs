using System.Collections.Generic;
using System.IO;
using System.Linq;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Wassist.LiveCheck;

/// <summary>The check's findings as text for a reader, or as the JSON a workflow reads.</summary>
internal static class Report
{
    /// <summary>1 when any problem fails the check (see <see cref="Problem.Fails"/>), else 0.</summary>
    internal static int ExitCode(IEnumerable<OperationResult> results) => results.SelectMany(r => r.Problems).Any(p => p.Fails) ? 1 : 0;

    /// <summary>
    /// <c>{"operations":[{"operation","method","path","status","skipped","problems":[{"kind","path","detail"}]}],
    /// "summary":{"operations","skipped","problems"}}</c>.
    /// </summary>
    internal static JObject Json(IReadOnlyList<OperationResult> results) => new()
    {
        ["operations"] = new JArray(results.Select(r => new JObject
        {
            ["operation"] = r.Operation.OperationId,
            ["method"] = r.Operation.Method,
            ["path"] = r.Operation.PathTemplate,
            ["status"] = r.Status,
            ["skipped"] = r.Skipped,
            ["problems"] = new JArray(r.Problems.Select(p => new JObject { ["kind"] = p.Kind, ["path"] = p.Path, ["detail"] = p.Detail })),
        })),
        ["summary"] = new JObject
        {
            ["operations"] = results.Count,
            ["skipped"] = results.Count(r => r.Skipped),
            ["problems"] = results.Sum(r => r.Problems.Count),
        },
    };

    internal static void WriteJson(TextWriter output, IReadOnlyList<OperationResult> results) =>
        output.WriteLine(Json(results).ToString(Formatting.Indented));

    internal static void WriteText(TextWriter output, string baseUrl, IReadOnlyList<OperationResult> results)
    {
        var problems = results.Sum(r => r.Problems.Count);
        output.WriteLine($"Live check of {baseUrl}: {results.Count} GET operations, {results.Count(r => r.Skipped)} skipped, {problems} problems.");
        foreach (var result in results)
        {
            var head = $"  {result.Operation.OperationId} {result.Operation.Method} {result.Operation.PathTemplate}";
            output.WriteLine(result.Skipped ? $"{head}: skipped ({result.SkipReason})"
                : result.Problems.Count == 0 ? $"{head}: {result.Status}, matches"
                : $"{head}: {result.Status?.ToString() ?? "no answer"}, {result.Problems.Count} problem(s)");
            foreach (var problem in result.Problems)
            {
                output.WriteLine($"      {problem}");
            }
        }

        output.WriteLine(ExitCode(results) == 0
            ? "No answer breaks the client or contradicts the description."
            : "Fails: an answer breaks the client or contradicts the description (client-failure, type-mismatch, missing-required or null-not-allowed).");
    }
}
