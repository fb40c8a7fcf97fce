using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Newtonsoft.Json.Linq;
using NUnit.Framework;
using Wassist.Testing;
using Wassist.Tests.Shared;

namespace Wassist.LiveCheck.Tests;

/// <summary>--record: each answer becomes a redacted fixture listed in fixtures.json, checked as the conformance test checks it.</summary>
public class RecordTests
{
    private string _fixtures = null!;

    [SetUp]
    public void CreateFixturesFolder()
    {
        _fixtures = Directory.CreateTempSubdirectory("wassist-record-").FullName;
        File.WriteAllText(Path.Combine(_fixtures, "fixtures.json"), """{"description": "test manifest", "fixtures": [{"file": "operations/Agents_List.response.json", "operation": "Agents_List", "kind": "response", "status": 200}]}""");
    }

    [TearDown]
    public void DeleteFixturesFolder() => Directory.Delete(_fixtures, recursive: true);

    [Test]
    public async Task Answers_are_written_redacted_and_listed_as_recorded_evidence_with_the_date()
    {
        using var fake = new FakeWassist();
        await LiveCheckHarness.SeedAsync(fake);

        var (exit, output, log) = await LiveCheckHarness.RunAsync(fake, "--record", "--fixtures", _fixtures);

        var entries = ((JArray)JObject.Parse(File.ReadAllText(Path.Combine(_fixtures, "fixtures.json")))["fixtures"]!).Cast<JObject>().ToList();
        var contacts = entries.Single(e => (string?)e["file"] == "recorded/Contacts_Get.response.json");
        var recorded = Directory.GetFiles(Path.Combine(_fixtures, "recorded")).Select(File.ReadAllText).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.Zero, output + log);
            Assert.That(entries, Has.Count.EqualTo(1 + 20), "the existing entry and one per answered operation (17 lists, 3 reads by id)");
            Assert.That((string?)contacts["operation"], Is.EqualTo("Contacts_Get"));
            Assert.That((string?)contacts["kind"], Is.EqualTo("response"));
            Assert.That((int?)contacts["status"], Is.EqualTo(200));
            Assert.That((string?)contacts["evidence"]!["class"], Is.EqualTo("recorded"));
            Assert.That((string?)contacts["evidence"]!["date"], Is.EqualTo("2026-11-28"));
            Assert.That((string?)contacts["evidence"]!["capture"], Is.EqualTo("live-check --record against https://backend.wassist.app"));
            Assert.That(recorded, Has.Count.EqualTo(20));
            Assert.That(recorded, Has.None.Contain(LiveCheckHarness.ApiKey).And.None.Contain("Ada").And.None.Contain("hooks.example.org"));
            Assert.That(recorded.SelectMany(RedactionTests.NumbersOutsideTheFictionalRange), Is.Empty);
            Assert.That(output, Does.Contain("Recorded 20 fixtures").And.Not.Contain("fails fixture conformance"));
        });
    }

    [Test]
    public async Task Recording_again_replaces_the_entries_instead_of_adding_more()
    {
        using var fake = new FakeWassist();

        await LiveCheckHarness.RunAsync(fake, "--record", "--fixtures", _fixtures);
        await LiveCheckHarness.RunAsync(fake, "--record", "--fixtures", _fixtures);

        var files = ((JArray)JObject.Parse(File.ReadAllText(Path.Combine(_fixtures, "fixtures.json")))["fixtures"]!).Select(e => (string?)e["file"]).ToList();
        Assert.That(files, Is.Unique);
        Assert.That(files, Has.Count.EqualTo(1 + 17));
    }

    [Test]
    public async Task The_entries_already_in_the_manifest_stay_as_they_were_written()
    {
        var manifest = Path.Combine(_fixtures, "fixtures.json");
        File.Copy(Path.Combine(RepositoryRoot.Path, "tests/fixtures/fixtures.json"), manifest, overwrite: true);
        var before = File.ReadAllText(manifest);
        using var fake = new FakeWassist();

        await LiveCheckHarness.RunAsync(fake, "--record", "--fixtures", _fixtures, "--max-operations", "1");

        var after = File.ReadAllText(manifest);
        var lastEntryEnd = before.LastIndexOf("\n  ]", System.StringComparison.Ordinal);
        Assert.That(after, Does.StartWith(before.Substring(0, lastEntryEnd) + ",\n    {\n      \"file\": \"recorded/Agents_List.response.json\","));
        Assert.That(after, Does.EndWith("\n  ]\n}\n"));
    }

    [Test]
    public async Task A_recorded_answer_that_breaks_the_description_is_named_with_its_problems()
    {
        using var fake = new FakeWassist();
        fake.Respond("PhoneNumbers_List", 200, """[{"number":"447911123456"}]""");

        var (exit, output, _) = await LiveCheckHarness.RunAsync(fake, "--record", "--fixtures", _fixtures, "--max-operations", "17");

        Assert.That(output, Does.Contain("recorded/PhoneNumbers_List.response.json fails fixture conformance: missing-required at $[0].whatsappPhoneNumberId"));
        Assert.That(exit, Is.EqualTo(1));
    }
}
