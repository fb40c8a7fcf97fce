using System.Linq;
using Newtonsoft.Json.Linq;
using NUnit.Framework;
using Wassist.SpecTool.Drift;

namespace Wassist.SpecTool.Tests;

/// <summary>What the drift report says about our overlays when a new description comes in.</summary>
public class OverlayStatusTests
{
    private static Overlay Corrections(string actions) => Overlay.Parse("corrections.overlay.json", $$"""{ "overlay": "1.0.0", "actions": {{actions}} }""");

    [Test]
    public void A_correction_the_published_description_now_makes_itself_is_redundant_but_not_a_failure()
    {
        var overlay = Corrections("""[ { "description": "count is nullable", "target": "$.components.schemas.Thing.properties.count", "update": { "nullable": true } } ]""");

        var report = DriftReport.Create(SpecVariants.Base(), SpecVariants.With(s => s.Properties("Thing")["count"]!["nullable"] = true), [overlay]);

        Assert.That(report.Overlays.Redundant.Select(a => a.Description), Is.EqualTo(new[] { "count is nullable" }));
        Assert.That(report.OverlayFailures, Is.Empty);
        Assert.That(report.ToText("x"), Does.Contain("Redundant overlay actions").And.Contain("count is nullable"));
    }

    [Test]
    public void A_correction_still_needed_is_neither_redundant_nor_stale()
    {
        var overlay = Corrections("""[ { "target": "$.components.schemas.Thing.properties.count", "update": { "nullable": true } } ]""");

        var report = DriftReport.Create(SpecVariants.Base(), SpecVariants.Base(), [overlay]);

        Assert.That(report.IsEmpty, Is.True);
    }

    [Test]
    public void A_correction_whose_target_vanished_is_stale_and_fails()
    {
        var overlay = Corrections("""[ { "description": "count is nullable", "target": "$.components.schemas.Thing.properties.count", "update": { "nullable": true } } ]""");

        var report = DriftReport.Create(SpecVariants.Base(), SpecVariants.With(s => s.Properties("Thing").Remove("count")), [overlay]);

        Assert.That(report.Overlays.Stale.Select(a => a.Description), Is.EqualTo(new[] { "count is nullable" }));
        Assert.That(report.OverlayFailures.Single(), Does.Contain("stale: corrections.overlay.json action #0 (count is nullable").And.Contain("Fix its target"));
    }

    [Test]
    public void A_removal_whose_target_is_already_gone_is_stale_and_says_to_drop_it()
    {
        var overlay = Corrections("""[ { "target": "$.components.schemas.Thing.required", "remove": true } ]""");

        var report = DriftReport.Create(SpecVariants.Base(), SpecVariants.With(s => s.Schema("Thing").Remove("required")), [overlay]);

        Assert.That(report.OverlayFailures.Single(), Does.Contain("no longer has it: drop the action"));
    }

    [Test]
    public void A_new_operation_without_a_name_mapping_fails_and_names_the_fix()
    {
        var naming = Overlay.Parse("naming.overlay.json", """{ "overlay": "1.0.0", "actions": [ { "target": "$.paths['/api/v1/things/'].get", "update": { "operationId": "Things_List" } } ] }""");
        var changed = SpecVariants.With(s => s["paths"]!["/api/v1/others/"] = JObject.Parse("""{ "get": { "operationId": "api_v1_others_list" } }"""));

        var report = DriftReport.Create(SpecVariants.Base(), changed, [naming]);

        Assert.That(report.Additive.Select(c => c.Kind), Is.EqualTo(new[] { ChangeKinds.OperationAdded }));
        Assert.That(report.OverlayFailures.Single(), Does.Contain("GET /api/v1/others/ (operationId 'api_v1_others_list') has no name mapping")
            .And.Contain("naming.overlay.json"));
        Assert.That(report.ToJson().SelectToken("overlays.unnamedOperations")!.Count(), Is.EqualTo(1));
    }

    [TestCase("$.components.schemas.Thing", """{ "required": [ "name" ] }""", true)]
    [TestCase("$.components.schemas.Thing", """{ "required": [ "id", "count" ] }""", false)]
    [TestCase("$.components.schemas.Thing.required", "\"name\"", true)]
    [TestCase("$.components.schemas.Thing.required", "\"count\"", false)]
    public void An_update_to_an_array_is_redundant_only_when_the_array_already_holds_every_item(string target, string update, bool redundant)
    {
        var overlay = Corrections($$"""[ { "description": "required", "target": "{{target}}", "update": {{update}} } ]""");

        var report = DriftReport.Create(SpecVariants.Base(), SpecVariants.Base(), [overlay]);

        Assert.That(report.Overlays.Redundant.Select(a => a.Description), Is.EqualTo(redundant ? new[] { "required" } : []));
    }

    [Test]
    public void The_text_report_lists_only_the_sections_that_have_lines()
    {
        var overlay = Corrections("""[ { "target": "$.components.schemas.Gone", "remove": true } ]""");

        var report = DriftReport.Create(SpecVariants.Base(), SpecVariants.With(s => s.Properties("Thing")["tags"] = new JObject { ["type"] = "string" }), [overlay]);

        Assert.That(report.ToText("old -> new").ReplaceLineEndings("\n"), Is.EqualTo(
            "Drift report: old -> new\n" +
            "Additive changes (1):\n" +
            "  [optional-field-added] response Thing.tags: new optional field\n" +
            "Overlay failures (the build fails until they are fixed) (1):\n" +
            "  stale: corrections.overlay.json action #0 (no description, target $.components.schemas.Gone) matches nothing in the new description. The description no longer has it: drop the action.\n"));
    }

    [Test]
    public void The_json_report_names_redundant_and_stale_actions()
    {
        var overlay = Corrections("""
            [ { "description": "count is nullable", "target": "$.components.schemas.Thing.properties.count", "update": { "nullable": true } },
              { "description": "gone", "target": "$.components.schemas.Gone", "remove": true } ]
            """);

        var report = DriftReport.Create(SpecVariants.Base(), SpecVariants.With(s => s.Properties("Thing")["count"]!["nullable"] = true), [overlay]);

        Assert.That(JToken.DeepEquals(report.ToJson()["overlays"], JObject.Parse("""
            {
              "redundant": [ "corrections.overlay.json action #0 (count is nullable, target $.components.schemas.Thing.properties.count)" ],
              "stale": [ "corrections.overlay.json action #1 (gone, target $.components.schemas.Gone)" ],
              "unnamedOperations": []
            }
            """)), Is.True, report.ToJson().ToString());
    }
}
