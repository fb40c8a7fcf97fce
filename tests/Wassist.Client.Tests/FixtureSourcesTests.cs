using System.Collections.Generic;
using System.IO;
using System.Linq;
using Newtonsoft.Json.Linq;
using NUnit.Framework;

namespace Wassist.Client.Tests;

/// <summary>
/// tests/fixtures/fixtures.json lists every fixture with its kind, source and evidence, and only existing files.
/// </summary>
public class FixtureSourcesTests
{
    private static readonly JArray Entries = (JArray)JObject.Parse(Fixture.Read("fixtures.json"))["fixtures"]!;

    /// <summary>What each evidence class must name so a reader can find the shape's origin.</summary>
    private static readonly Dictionary<string, string[][]> EvidenceFields = new()
    {
        ["recorded"] = [["capture"]],
        ["peer"] = [["repository"], ["path"], ["commit", "version"]],
        ["docs"] = [["page"]],
        ["synthetic"] = [],
    };

    [Test]
    public void Every_fixture_file_is_listed()
    {
        var listed = Entries.Select(e => (string?)e["file"]).OfType<string>().ToHashSet();
        var unlisted = Directory.EnumerateFiles(Fixture.Directory, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(Fixture.Directory, f).Replace('\\', '/'))
            .Where(f => f != "fixtures.json" && !listed.Contains(f));

        Assert.That(unlisted, Is.Empty);
    }

    [Test]
    public void Every_listed_fixture_exists_and_names_its_kind_and_source()
    {
        // A request entry without a file is a call that sends no body; a response entry without one is an empty answer.
        var incomplete = Entries.Where(e =>
            ((string?)e["file"] is { } file ? !File.Exists(Path.Combine(Fixture.Directory, file)) : (string?)e["kind"] == "error")
            || (string?)e["kind"] is not ("request" or "response" or "error")
            || string.IsNullOrWhiteSpace((string?)e["source"])
            || ((string?)e["kind"] != "error" && string.IsNullOrWhiteSpace((string?)e["operation"])));

        Assert.That(incomplete.Select(e => (string?)e["file"]), Is.Empty);
    }

    [Test]
    public void Every_entry_names_its_evidence_class_and_where_it_came_from()
    {
        var unclassified = Entries.Cast<JObject>().Where(e => MissingEvidence(e) is not null)
            .Select(e => $"{e["operation"] ?? e["file"]} ({e["kind"]}): {MissingEvidence(e)}");

        TestContext.Progress.WriteLine("Fixture evidence: " + string.Join(", ", Entries
            .GroupBy(e => (string?)e["evidence"]?["class"] ?? "none")
            .OrderBy(g => g.Key, System.StringComparer.Ordinal)
            .Select(g => $"{g.Key} {g.Count()}")));
        Assert.That(unclassified, Is.Empty);
    }

    /// <summary>Operations whose answer is proved against a shape from outside the project, not against our own description.</summary>
    [Test]
    public void At_least_45_operations_have_a_response_fixture_shaped_by_outside_evidence()
    {
        var evidenced = Entries.Where(e => (string?)e["kind"] == "response" && (string?)e["evidence"]?["class"] is "recorded" or "peer" or "docs")
            .Select(e => (string)e["operation"]!)
            .Distinct()
            .Count();

        TestContext.Progress.WriteLine($"Operations with a response fixture from outside evidence: {evidenced}");
        Assert.That(evidenced, Is.GreaterThanOrEqualTo(45));
    }

    [Test]
    public void The_check_rejects_an_entry_without_evidence_or_without_its_origin()
    {
        Assert.Multiple(() =>
        {
            Assert.That(MissingEvidence(new JObject()), Is.EqualTo("no evidence class"));
            Assert.That(MissingEvidence(JObject.Parse("""{"evidence":{"class":"rumour"}}""")), Is.EqualTo("unknown evidence class 'rumour'"));
            Assert.That(MissingEvidence(JObject.Parse("""{"evidence":{"class":"peer","repository":"o/r","path":"a.ts"}}""")), Is.EqualTo("peer evidence without commit or version"));
            Assert.That(MissingEvidence(JObject.Parse("""{"evidence":{"class":"docs"}}""")), Is.EqualTo("docs evidence without page"));
            Assert.That(MissingEvidence(JObject.Parse("""{"evidence":{"class":"peer","repository":"o/r","path":"a.ts","version":"0.3.0"}}""")), Is.Null);
        });
    }

    /// <summary>What the entry's evidence lacks, or null when it is complete.</summary>
    private static string? MissingEvidence(JObject entry)
    {
        if ((string?)entry["evidence"]?["class"] is not { } evidenceClass)
        {
            return "no evidence class";
        }

        if (!EvidenceFields.TryGetValue(evidenceClass, out var required))
        {
            return $"unknown evidence class '{evidenceClass}'";
        }

        var missing = required.FirstOrDefault(any => any.All(field => string.IsNullOrWhiteSpace((string?)entry["evidence"]![field])));
        return missing is null ? null : $"{evidenceClass} evidence without {string.Join(" or ", missing)}";
    }
}
