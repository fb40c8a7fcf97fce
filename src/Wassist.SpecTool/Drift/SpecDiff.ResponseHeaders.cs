using System;
using System.Collections.Generic;
using System.Linq;
using Newtonsoft.Json.Linq;

namespace Wassist.SpecTool.Drift;

/// <summary>
/// Response headers the client reads: whether a response declares them. The client reads them as text (Retry-After
/// as seconds or an HTTP date), so their schemas do not matter; other headers do not concern it.
/// </summary>
public sealed partial class SpecDiff
{
    /// <summary>The response headers the hand-written client reads: retry delays, and the request id it puts in exceptions.</summary>
    public static IReadOnlyList<string> HeadersTheClientReads { get; } = ["Retry-After", "X-Request-Id"];

    private void CompareResponseHeaders(string location, JObject? oldResponses, JObject? newResponses)
    {
        foreach (var header in HeadersTheClientReads)
        {
            var before = StatusesDeclaring(oldResponses, header);
            var after = StatusesDeclaring(newResponses, header);
            foreach (var status in before.Where(s => !after.Contains(s)))
            {
                Add(ChangeKinds.ResponseHeaderRemoved, $"{location} response {status} header {header}", "no longer declared, and the client reads it");
            }

            foreach (var status in after.Where(s => !before.Contains(s)))
            {
                Add(ChangeKinds.ResponseHeaderAdded, $"{location} response {status} header {header}", "now declared");
            }
        }
    }

    /// <summary>The statuses whose response declares the header (header names compare case-insensitively).</summary>
    private static List<string> StatusesDeclaring(JObject? responses, string header) =>
        (responses?.Properties() ?? [])
        .Where(r => ((r.Value["headers"] as JObject)?.Properties() ?? []).Any(h => string.Equals(h.Name, header, StringComparison.OrdinalIgnoreCase)))
        .Select(r => r.Name).ToList();
}
