using Newtonsoft.Json.Linq;
using NUnit.Framework;

namespace Wassist.SpecTool.Tests;

/// <summary>The rules the spec tool applies to every schema and operation after the overlays.</summary>
public class NormalizationTests
{
    private static JObject Normalized(string json)
    {
        var document = JObject.Parse(json);
        Normalization.Apply(document);
        return document;
    }

    [Test]
    public void Read_only_properties_are_no_longer_required()
    {
        var document = Normalized("""
            { "components": { "schemas": { "Thing": { "type": "object", "required": ["id", "name"],
              "properties": { "id": { "type": "string", "readOnly": true }, "name": { "type": "string" } } },
              "Stamp": { "type": "object", "required": ["id"], "properties": { "id": { "type": "string", "readOnly": true } } } } } }
            """);

        Assert.That(document.SelectToken("$.components.schemas.Thing.required")!.ToObject<string[]>(), Is.EqualTo(new[] { "name" }));
        Assert.That(document.SelectToken("$.components.schemas.Stamp.required"), Is.Null);
    }

    [Test]
    public void Error_responses_are_dropped_and_success_responses_kept()
    {
        var document = Normalized("""
            { "paths": { "/api/v1/x/": { "post": { "responses": { "204": { "description": "" }, "400": { "description": "" }, "500": { "description": "" } } } } } }
            """);

        Assert.That(((JObject)document.SelectToken("$.paths['/api/v1/x/'].post.responses")!).Properties(), Has.Exactly(1).Items);
    }

    [TestCase("low", true)]
    [TestCase("medium", true)]
    [TestCase("high", false)]
    public void Operations_below_high_confidence_say_so_in_their_description(string confidence, bool noted)
    {
        var document = Normalized($$"""
            { "paths": { "/api/v1/x/": { "get": { "description": "Lists x.", "x-wassist-confidence": "{{confidence}}",
              "x-wassist-sources": ["official CLI"], "responses": {} } } } }
            """);
        var description = (string)document.SelectToken("$.paths['/api/v1/x/'].get.description")!;

        Assert.That(description, Does.StartWith("Lists x."));
        Assert.That(description.Contains($"Confidence: {confidence}. This operation is reconstructed from official CLI"), Is.EqualTo(noted));
    }
}
