using System.IO;
using NUnit.Framework;
using Wassist.SpecTool.Drift;

namespace Wassist.SpecTool.Tests;

/// <summary>openapi/baseline/accepted-changes.json: the file a maintainer reviews, and what the gate reads back.</summary>
public class AcceptedChangesTests
{
    [Test]
    public void The_file_says_what_it_holds_and_lists_each_change_by_kind_location_and_detail()
    {
        var path = Path.Combine(Directory.CreateTempSubdirectory("wassist-accepted-").FullName, "accepted-changes.json");

        AcceptedChanges.Write(path, [new DriftChange("response-field-removed", "response Thing.count", "removed")]);

        Assert.That(File.ReadAllText(path), Is.EqualTo("""
            {
              "description": "Breaking changes since openapi/baseline/wassist.openapi.json that were accepted with update-spec --accept. Written by the spec tool; emptied when a release moves the baseline.",
              "accepted": [
                {
                  "kind": "response-field-removed",
                  "location": "response Thing.count",
                  "detail": "removed"
                }
              ]
            }

            """.ReplaceLineEndings("\n")));
        Assert.That(AcceptedChanges.Load(path), Is.EqualTo(new[] { new DriftChange("response-field-removed", "response Thing.count", "removed") }));
    }

    [Test]
    public void A_file_without_an_accepted_list_accepts_nothing()
    {
        var path = Path.Combine(Directory.CreateTempSubdirectory("wassist-accepted-").FullName, "accepted-changes.json");
        File.WriteAllText(path, """{ "description": "emptied for the release" }""");

        Assert.That(AcceptedChanges.Load(path), Is.Empty);
    }

    [TestCase("""{ "location": "response Thing.count", "detail": "removed" }""", "kind")]
    [TestCase("""{ "kind": "response-field-removed", "detail": "removed" }""", "location")]
    [TestCase("""{ "kind": "response-field-removed", "location": "response Thing.count" }""", "detail")]
    public void An_entry_without_a_kind_location_or_detail_is_refused_naming_it(string entry, string missing)
    {
        var path = Path.Combine(Directory.CreateTempSubdirectory("wassist-accepted-").FullName, "accepted-changes.json");
        File.WriteAllText(path, $$"""{ "accepted": [ { "kind": "response-field-removed", "location": "response Thing.name", "detail": "removed" }, {{entry}} ] }""");

        var error = Assert.Throws<SpecToolException>(() => AcceptedChanges.Load(path));

        Assert.That(error!.Message, Is.EqualTo($"{path}: accepted change #1 has no '{missing}'; each entry has the kind, location and detail that update-spec --accept writes."));
    }
}
