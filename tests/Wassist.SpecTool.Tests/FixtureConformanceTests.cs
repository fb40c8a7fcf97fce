using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Newtonsoft.Json.Linq;
using NUnit.Framework;

namespace Wassist.SpecTool.Tests;

/// <summary>
/// Every request and response fixture in tests/fixtures/fixtures.json matches the effective description's schemas,
/// so a fixture and the description cannot drift apart silently. Error fixtures are not checked: the published
/// description declares no error bodies, and entries without a file (a call that sends no body, an empty 204
/// answer) have nothing to check. A fixture marked forwardCompatibility may carry enum values the description
/// does not list (that is what it tests); every other violation fails it too. A fixture with offDescription carries
/// values off their declared format because its evidence shows the API sending them: it must violate the description
/// at exactly those places, so a listed value that the description comes to accept, or a new violation, fails it. A
/// fixture with listProperty is a list the API wraps in an object under that name, which the client reads as the list.
/// </summary>
public class FixtureConformanceTests
{
    private static readonly RepositoryLayout Repository = RepositoryLayout.Find(TestContext.CurrentContext.TestDirectory);

    private static string FixturesDir => Repository.PathOf("tests/fixtures");

    private static Task<FixtureSchemas>? _schemas;

    private static Task<FixtureSchemas> Schemas => _schemas ??= FixtureSchemas.LoadAsync(EffectiveSpec.Build(Repository.Spec, Repository.Overlays));

    private static IEnumerable<TestCaseData> SchemaFixtures() =>
        ((JArray)JObject.Parse(File.ReadAllText(Path.Combine(FixturesDir, "fixtures.json")))["fixtures"]!)
        .Where(e => (string?)e["kind"] is "request" or "response" && e["file"] is not null) // no file: a call without a body, or an empty answer
        .Select(e => new TestCaseData((string)e["file"]!, (string)e["kind"]!, (string?)e["operation"] ?? "", (int?)e["status"], (bool?)e["forwardCompatibility"] ?? false, (string?)e["listProperty"], e["offDescription"]?.Values<string>().ToArray() ?? [])
            .SetName($"Fixture matches the description: {e["file"]}"));

    [TestCaseSource(nameof(SchemaFixtures))]
    public async Task A_fixture_matches_its_schema_in_the_effective_description(string file, string kind, string operation, int? status, bool forwardCompatibility, string? listProperty, string[] offDescription)
    {
        var schema = (await Schemas).SchemaFor(operation, kind, status);
        var json = File.ReadAllText(Path.Combine(FixturesDir, file));

        // A list the API wraps in an object under its own name ({available_numbers: [...]}) is checked as the list it holds.
        var violations = FixtureSchemas.Violations(schema, listProperty is null ? json : JObject.Parse(json)[listProperty]!.ToString(), forwardCompatibility);

        Assert.That(violations, Is.EquivalentTo(offDescription), $"{file} does not match {kind} schema of {operation} (beyond its offDescription list); fix the fixture or its list, or the description with a correction in openapi/corrections.overlay.json");
    }

    [Test]
    public async Task A_fixture_that_no_longer_matches_fails_naming_the_field()
    {
        var schema = (await Schemas).SchemaFor("Conversations_Create", "response", 201);
        var fixture = JObject.Parse(File.ReadAllText(Path.Combine(FixturesDir, "conversations/conversation.open.json")));
        fixture["active"] = "yes";
        fixture["chatWindowRemainingTime"] = "3600";

        var violations = FixtureSchemas.Violations(schema, fixture.ToString(), forwardCompatibility: false);

        Assert.That(violations, Is.EquivalentTo(new[] { "BooleanExpected at #/active", "IntegerExpected at #/chatWindowRemainingTime" }));
    }

    [Test]
    public async Task An_unknown_enum_value_is_tolerated_only_in_a_forward_compatibility_fixture()
    {
        var schema = (await Schemas).SchemaFor("Conversations_Create", "response", 201);
        var fixture = JObject.Parse(File.ReadAllText(Path.Combine(FixturesDir, "conversations/conversation.open.json")));
        fixture["lastMessage"]!["role"] = "moderator";

        Assert.That(FixtureSchemas.Violations(schema, fixture.ToString(), forwardCompatibility: false), Is.EqualTo(new[] { "NotInEnumeration at #/lastMessage.role" }));
        Assert.That(FixtureSchemas.Violations(schema, fixture.ToString(), forwardCompatibility: true), Is.Empty);
    }

    [Test]
    public async Task A_fixture_naming_an_operation_the_description_lacks_fails_by_name()
    {
        var schemas = await Schemas;

        var error = Assert.Throws<KeyNotFoundException>(() => schemas.SchemaFor("Agents_Teleport", "response", 200));

        Assert.That(error!.Message, Does.Contain("no operation 'Agents_Teleport'"));
    }
}
