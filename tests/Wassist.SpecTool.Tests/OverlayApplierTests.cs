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

    [TestCase("""{ "openapi": "3.0.3", "actions": [] }""", "x.json: not an OpenAPI Overlay 1.x document (the 'overlay' field must be \"1.0.0\").")]
    [TestCase("""{ "overlay": "2.0.0", "actions": [] }""", "x.json: not an OpenAPI Overlay 1.x document (the 'overlay' field must be \"1.0.0\").")]
    [TestCase("""{ "overlay": "1.0.0" }""", "x.json: the 'actions' array is missing.")]
    [TestCase("""{ "overlay": "1.0.0", "actions": [ { "update": {} } ] }""", "x.json action #0 (no description): 'target' is required (a JSONPath expression such as $.paths['/api/v1/x/'].get).")]
    [TestCase("""{ "overlay": "1.0.0", "actions": [ { "target": "$.x", "update": {} }, { "target": "$.y" } ] }""", "x.json action #1 (no description): give exactly one of 'update' or 'remove: true'.")]
    public void A_document_that_is_not_a_usable_overlay_is_refused_saying_why(string json, string expected)
    {
        var error = Assert.Throws<SpecToolException>(() => Overlay.Parse("x.json", json));

        Assert.That(error!.Message, Is.EqualTo(expected));
    }

    [Test]
    public void A_remove_of_an_array_item_takes_just_that_item()
    {
        var spec = Spec();

        OverlayApplier.Apply(spec, OverlayOf("""[{ "target": "$.components.schemas.Thing.required[0]", "remove": true }]"""));

        Assert.That(spec.SelectToken("$.components.schemas.Thing.required")!.ToObject<string[]>(), Is.Empty);
    }

    [TestCase("""{ "target": "$", "remove": true }""", "test.overlay.json action #0 (no description, target $): cannot remove the document root.")]
    [TestCase("""{ "target": "$.paths['/api/v1/things/'].get.operationId", "update": "Things_List" }""",
        "test.overlay.json action #0 (no description, target $.paths['/api/v1/things/'].get.operationId): an update must target an object (with an object update) or an array; this target is a String.")]
    [TestCase("""{ "target": "$.components", "update": "x" }""",
        "test.overlay.json action #0 (no description, target $.components): an update must target an object (with an object update) or an array; this target is a Object.")]
    public void An_action_that_cannot_apply_to_its_target_fails_naming_it(string action, string expected)
    {
        var error = Assert.Throws<SpecToolException>(() => OverlayApplier.Apply(Spec(), OverlayOf($"[{action}]")));

        Assert.That(error!.Message, Is.EqualTo(expected));
    }

    [Test]
    public void A_target_that_is_not_json_path_fails_naming_the_action()
    {
        var error = Assert.Throws<SpecToolException>(() => OverlayApplier.Apply(Spec(), OverlayOf("""[{ "description": "typo", "target": "$.paths[", "remove": true }]""")));

        Assert.That(error!.Message, Does.StartWith("test.overlay.json action #0 (typo, target $.paths[): the target is not valid JSONPath: "));
    }
}
