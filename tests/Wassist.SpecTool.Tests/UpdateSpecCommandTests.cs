using System.IO;
using Newtonsoft.Json.Linq;
using NUnit.Framework;
using Wassist.SpecTool.Drift;

namespace Wassist.SpecTool.Tests;

/// <summary><c>update-spec</c>: reports on stdout (progress on stderr), then takes the new description unless it breaks the client unaccepted.</summary>
public class UpdateSpecCommandTests
{
    private static (TempRepository Repo, string NewSpec) Prepare(JObject newSpec)
    {
        var repo = new TempRepository(SpecVariants.Base());
        return (repo, repo.Write("incoming/openapi.json", newSpec.ToString()));
    }

    [Test]
    public void A_breaking_change_stops_it_and_leaves_the_spec_as_it_was()
    {
        var (repo, newSpec) = Prepare(SpecVariants.With(s => s.Properties("Thing").Remove("count")));
        var before = repo.Read("openapi/wassist.openapi.json");

        var (exitCode, output, error) = CommandLineTests.Run("update-spec", newSpec, "--repo", repo.Layout.Root);

        Assert.That(exitCode, Is.EqualTo(1));
        Assert.That(output, Does.Contain("[response-field-removed] response Thing.count: removed"));
        Assert.That(error, Is.EqualTo($"error WASSIST002: {newSpec} makes 1 breaking change(s) to the client; openapi/wassist.openapi.json was left as it was. " +
            "If the changes are intended, run again with --accept, and plan a major version.\n"));
        Assert.That(repo.Read("openapi/wassist.openapi.json"), Is.EqualTo(before));
    }

    [Test]
    public void With_accept_it_takes_the_file_verbatim_and_records_the_breaking_changes()
    {
        var (repo, newSpec) = Prepare(SpecVariants.With(s => s.Properties("Thing").Remove("count")));

        var (exitCode, _, error) = CommandLineTests.Run("update-spec", newSpec, "--accept", "--repo", repo.Layout.Root);

        Assert.That(exitCode, Is.Zero, error);
        Assert.That(repo.Read("openapi/wassist.openapi.json"), Is.EqualTo(File.ReadAllText(newSpec)));
        Assert.That(AcceptedChanges.Load(repo.Layout.AcceptedChanges), Is.EqualTo(new[] { new DriftChange(ChangeKinds.ResponseFieldRemoved, "response Thing.count", "removed") }));
        Assert.That(DriftGate.Check(repo.Layout).Problems, Is.Empty);
    }

    [Test]
    public void An_additive_change_is_taken_and_the_report_can_be_json()
    {
        var (repo, newSpec) = Prepare(SpecVariants.With(s => ((JArray)s.Schema("ThingStatus")["enum"]!).Add("paused")));

        var (exitCode, output, error) = CommandLineTests.Run("update-spec", newSpec, "--json", "--repo", repo.Layout.Root);

        Assert.That(exitCode, Is.Zero, error);
        var report = JObject.Parse(output);
        Assert.That(report.SelectToken("additive[0].kind")?.ToString(), Is.EqualTo(ChangeKinds.EnumValueAdded));
        Assert.That(repo.Read("openapi/wassist.openapi.json"), Does.Contain("paused"));
    }

    [Test]
    public void A_stale_overlay_is_an_error_to_fix_after_the_spec_is_taken()
    {
        var (repo, newSpec) = Prepare(SpecVariants.With(s => s.Properties("Thing")["count"]!["description"] = "How many."));
        repo.Write("openapi/corrections.overlay.json", """{ "overlay": "1.0.0", "actions": [ { "description": "gone", "target": "$.components.schemas.Gone", "remove": true } ] }""");

        var (exitCode, _, error) = CommandLineTests.Run("update-spec", newSpec, "--repo", repo.Layout.Root);

        Assert.That(exitCode, Is.EqualTo(1));
        Assert.That(error, Does.Contain("\nerror WASSIST001: stale: corrections.overlay.json action #0 (gone"));
        Assert.That(repo.Read("openapi/wassist.openapi.json"), Does.Contain("How many."));
    }

    [TestCase("""{ "openapi": "3.1.0", "paths": {} }""", "3.1.0")]
    [TestCase("""{ "swagger": "2.0", "paths": {} }""", "nothing")]
    [TestCase("""{ "openapi": "3.0.3" }""", "3.0.3")]
    public void A_file_that_is_not_an_openapi_3_0_description_with_paths_is_refused_by_name(string json, string says)
    {
        var repo = new TempRepository(SpecVariants.Base());
        var file = repo.Write("incoming/openapi.json", json);

        var result = CommandLineTests.Run("update-spec", file, "--repo", repo.Layout.Root);

        Assert.That(result, Is.EqualTo((1, "",
            $"error WASSIST001: update-spec: {file} is not an OpenAPI 3.0.x description with 'paths' (the 'openapi' field says '{says}'); NSwag reads 3.0 only.\n")));
    }
}
