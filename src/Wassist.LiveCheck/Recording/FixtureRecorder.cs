using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Wassist.LiveCheck.Recording;

/// <summary>
/// Writes each successful JSON answer of a run, redacted, as tests/fixtures/recorded/&lt;operation&gt;.response.json and
/// lists it in fixtures.json with <c>evidence: {class: recorded}</c> and the date, replacing the entry an earlier
/// recording made for the same file. Each written fixture is checked against the description as the fixture
/// conformance test will check it; the ones that fail are returned with their problems (drift to fix).
/// </summary>
internal sealed class FixtureRecorder(string fixturesDirectory, Redactor redactor)
{
    internal const string Folder = "recorded";

    /// <summary>Writes the fixtures; returns the written files and, for each that fails conformance, its problems.</summary>
    internal (IReadOnlyList<string> Written, IReadOnlyDictionary<string, IReadOnlyList<Problem>> Failing) Record(IEnumerable<OperationResult> results, DateTimeOffset when, Uri baseUrl)
    {
        var written = new List<string>();
        var failing = new Dictionary<string, IReadOnlyList<Problem>>();
        var entries = new List<JObject>();
        Directory.CreateDirectory(Path.Combine(fixturesDirectory, Folder));
        foreach (var result in results.Where(r => r.Status == r.Operation.SuccessStatus && r.Body is not null))
        {
            if (LiveCheckRun.Parse(result.Body!, out _) is not { } json)
            {
                continue;
            }

            var file = $"{Folder}/{result.Operation.OperationId}.response.json";
            var redacted = redactor.Redact(json);
            File.WriteAllText(Path.Combine(fixturesDirectory, file), redacted.ToString(Formatting.Indented) + "\n", new UTF8Encoding(false));
            written.Add(file);
            entries.Add(Entry(file, result, when, baseUrl));

            var problems = result.Operation.Schema is null ? [] : AnswerValidator.Check(result.Operation.Schema, redacted).Where(p => p.Fails).ToList();
            if (problems.Count > 0)
            {
                failing[file] = problems;
            }
        }

        UpdateManifest(entries);
        return (written, failing);
    }

    private static JObject Entry(string file, OperationResult result, DateTimeOffset when, Uri baseUrl)
    {
        var date = when.UtcDateTime.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        return new JObject
        {
            ["file"] = file,
            ["operation"] = result.Operation.OperationId,
            ["kind"] = "response",
            ["status"] = result.Status,
            ["source"] = $"Answer of GET {result.Operation.PathTemplate} recorded by ./build.sh live-check --record on {date}, redacted (phone numbers in 447700900xxx, ids, names, emails, free text, URLs and secrets replaced consistently)",
            ["evidence"] = new JObject
            {
                ["class"] = "recorded",
                ["capture"] = $"live-check --record against {baseUrl.GetLeftPart(UriPartial.Authority)}",
                ["date"] = date,
            },
        };
    }

    /// <summary>Appends the new entries to fixtures.json, dropping the ones an earlier recording made for the same files.</summary>
    private void UpdateManifest(IReadOnlyList<JObject> entries)
    {
        var path = Path.Combine(fixturesDirectory, "fixtures.json");
        var manifest = JObject.Parse(File.ReadAllText(path));
        var fixtures = (JArray)manifest["fixtures"]!;
        var files = entries.Select(e => (string)e["file"]!).ToHashSet(StringComparer.Ordinal);
        foreach (var old in fixtures.Where(e => (string?)e["file"] is { } f && files.Contains(f)).ToList())
        {
            old.Remove();
        }

        foreach (var entry in entries)
        {
            fixtures.Add(entry);
        }

        File.WriteAllText(path, manifest.ToString(Formatting.Indented) + "\n", new UTF8Encoding(false));
    }
}
