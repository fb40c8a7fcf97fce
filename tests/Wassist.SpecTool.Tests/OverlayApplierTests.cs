using Newtonsoft.Json.Linq;
using NUnit.Framework;

namespace Wassist.SpecTool.Tests;

/// <summary>Overlay 1.0 actions: updates merge, removals remove, and a target that matches nothing stops the build.</summary>
public class OverlayApplierTests
{
    private static JObject Spec() => JObject.Parse("""
        {
          "paths": { "/api/v1/things/": { "get": { "operationId": "api_v1_things_list", "tags": ["api"] } } },
          "components": { "schemas": { "Thing": { "type": "object", "properties": { "flag": { "type": "string", "readOnly": true } }, "required": ["flag"] } } }
        }
        """);

    private static Overlay OverlayOf(string actions) => Overlay.Parse("test.overlay.json", $$"""{ "overlay": "1.0.0", "actions": {{actions}} }""");

    [Test]
    public void An_update_merges_into_the_target_and_keeps_what_it_does_not_name()
    {
        var spec = Spec();

        OverlayApplier.Apply(spec, OverlayOf("""[{ "target": "$.components.schemas.Thing.properties.flag", "update": { "type": "boolean", "nullable": true } }]"""));

        Assert.That(spec.SelectToken("$.components.schemas.Thing.properties.flag")!.ToString(Newtonsoft.Json.Formatting.None),
            Is.EqualTo("""{"type":"boolean","readOnly":true,"nullable":true}"""));
    }

    [Test]
    public void A_remove_deletes_the_target()
    {
        var spec = Spec();

        OverlayApplier.Apply(spec, OverlayOf("""[{ "target": "$.components.schemas.Thing.required", "remove": true }]"""));

        Assert.That(spec.SelectToken("$.components.schemas.Thing.required"), Is.Null);
    }

    [Test]
    public void An_update_of_an_array_appends_to_it()
    {
        var spec = Spec();

        OverlayApplier.Apply(spec, OverlayOf("""[{ "target": "$.paths['/api/v1/things/'].get.tags", "update": "things" }]"""));

        Assert.That(spec.SelectToken("$.paths['/api/v1/things/'].get.tags")!.ToObject<string[]>(), Is.EqualTo(new[] { "api", "things" }));
    }

    [Test]
    public void A_target_that_matches_nothing_fails_and_names_the_action()
    {
        var overlay = OverlayOf("""[{ "target": "$.paths['/api/v1/things/'].get", "update": { "operationId": "Things_List" } }, { "description": "fix gone field", "target": "$.components.schemas.Gone", "remove": true }]""");

        var error = Assert.Throws<SpecToolException>(() => OverlayApplier.Apply(Spec(), overlay));

        Assert.That(error!.Message, Does.Contain("test.overlay.json action #1 (fix gone field, target $.components.schemas.Gone)").And.Contain("matches nothing"));
    }

    [Test]
    public void An_action_with_both_update_and_remove_is_refused()
    {
        var error = Assert.Throws<SpecToolException>(() => OverlayOf("""[{ "target": "$.x", "update": {}, "remove": true }]"""));

        Assert.That(error!.Message, Does.Contain("exactly one of 'update' or 'remove: true'"));
    }

    [Test]
    public void A_document_that_is_not_an_overlay_is_refused()
    {
        Assert.Throws<SpecToolException>(() => Overlay.Parse("x.json", """{ "openapi": "3.0.3", "actions": [] }"""));
    }
}
