using System.Collections.Generic;
using System.IO;
using System.Linq;
using Newtonsoft.Json.Linq;

namespace Wassist.SpecTool.Drift;

/// <summary>
/// The breaking changes since the baseline that a maintainer accepted (<c>update-spec --accept</c>), kept in
/// openapi/baseline/accepted-changes.json. The drift gate fails on a breaking change not listed there, and on an
/// entry that no longer happens, so the file always says exactly what the next release breaks.
/// </summary>
public static class AcceptedChanges
{
    public static IReadOnlyList<DriftChange> Load(string path) =>
        File.Exists(path)
            ? (JObject.Parse(File.ReadAllText(path))["accepted"] as JArray ?? []).Select((entry, index) => Entry(path, index, entry)).ToList()
            : [];

    /// <summary>An entry missing a field would match no change, so the file is refused, naming the entry.</summary>
    private static DriftChange Entry(string path, int index, JToken entry)
    {
        string Field(string name) => (string?)entry[name]
            ?? throw new SpecToolException($"{path}: accepted change #{index} has no '{name}'; each entry has the kind, location and detail that update-spec --accept writes.");

        return new DriftChange(Field("kind"), Field("location"), Field("detail"));
    }

    public static void Write(string path, IEnumerable<DriftChange> breaking)
    {
        var document = new JObject
        {
            ["description"] = "Breaking changes since openapi/baseline/wassist.openapi.json that were accepted with update-spec --accept. Written by the spec tool; emptied when a release moves the baseline.",
            ["accepted"] = new JArray(breaking.Select(c => c.ToJson())),
        };
        EffectiveSpec.Write(document, path);
    }

    /// <summary>What the drift gate fails on: breaking changes nobody accepted, and accepted ones that are gone.</summary>
    public static IReadOnlyList<string> Problems(DriftReport report, IReadOnlyList<DriftChange> accepted, string acceptedFile)
    {
        var unaccepted = report.Breaking.Where(c => !accepted.Contains(c))
            .Select(c => $"breaking change not accepted: {c}. If it is intended, run ./build.sh update-spec <file> --accept (it records it in {acceptedFile}); otherwise fix the spec or add a correction.");
        var gone = accepted.Where(c => !report.Breaking.Contains(c))
            .Select(c => $"{acceptedFile} accepts a change that no longer happens: {c}. Remove the entry.");
        return unaccepted.Concat(gone).ToList();
    }
}
