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
    public void The_first_sentence_becomes_the_summary_and_reduced_confidence_one_short_remark(string confidence, bool noted)
    {
        var document = Normalized($$"""
            { "paths": { "/api/v1/x/": { "get": { "description": "Lists x, e.g. the first ones. Newest first.", "x-wassist-confidence": "{{confidence}}",
              "x-wassist-sources": ["official CLI"], "responses": {} } } } }
            """);
        var operation = document.SelectToken("$.paths['/api/v1/x/'].get")!;

        Assert.That((string?)operation["summary"], Is.EqualTo("Lists x, e.g. the first ones."));
        Assert.That((string?)operation["description"], Is.EqualTo(noted
            ? $"Newest first.\n\nShape reconstructed ({confidence} confidence): the live API may differ."
            : "Newest first."));
    }

    [Test]
    public void A_one_sentence_description_without_a_full_stop_becomes_a_summary_with_one()
    {
        var document = Normalized("""{ "paths": { "/api/v1/x/": { "get": { "description": "Lists every x", "responses": {} } } } }""");
        var operation = document.SelectToken("$.paths['/api/v1/x/'].get")!;

        Assert.That((string?)operation["summary"], Is.EqualTo("Lists every x."));
        Assert.That(operation["description"], Is.Null);
    }

    private const string Things = """
        { "paths": {
            "/api/v1/things/{id}/": {
              "get": { "parameters": [ { "in": "path", "name": "id", "schema": { "type": "string" }, "description": "spec declares plain string" } ],
                       "responses": { "200": { "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Thing" } } } } } },
              "put": { "parameters": [ { "in": "path", "name": "id", "schema": { "type": "string" } } ],
                       "requestBody": { "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Thing" } } } }, "responses": {} } },
            "/api/v1/things/{id}/reset/": {
              "post": { "parameters": [ { "in": "path", "name": "id", "schema": { "type": "string" } } ], "x-wassist-optional-body": true,
                        "requestBody": { "content": { "application/json": { "schema": { "type": "object" } } } }, "responses": {} } },
            "/api/v1/keys/{id}/": {
              "get": { "parameters": [ { "in": "path", "name": "id", "schema": { "type": "string" } } ],
                       "responses": { "200": { "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Key" } } } } } } } },
          "components": { "schemas": {
            "Thing": { "type": "object", "properties": { "id": { "type": "string", "format": "uuid" } } },
            "Key": { "type": "object", "properties": { "id": { "type": "integer" } } } } } }
        """;

    [Test]
    public void A_request_body_is_required_unless_the_operation_is_marked_optional()
    {
        var document = Normalized(Things);

        Assert.That((bool?)document.SelectToken("$.paths['/api/v1/things/{id}/'].put.requestBody.required"), Is.True);
        Assert.That(document.SelectToken("$.paths['/api/v1/things/{id}/reset/'].post.requestBody.required"), Is.Null);
    }

    [Test]
    public void An_id_path_parameter_is_a_uuid_where_the_resource_id_is_one_and_says_whose_id_it_is()
    {
        var document = Normalized(Things);

        Assert.Multiple(() =>
        {
            foreach (var path in new[] { "$.paths['/api/v1/things/{id}/'].get", "$.paths['/api/v1/things/{id}/'].put", "$.paths['/api/v1/things/{id}/reset/'].post" })
            {
                Assert.That((string?)document.SelectToken($"{path}.parameters[0].schema.format"), Is.EqualTo("uuid"), path);
                Assert.That((string?)document.SelectToken($"{path}.parameters[0].description"), Is.EqualTo("Id of the Thing."), path);
            }

            Assert.That((string?)document.SelectToken("$.paths['/api/v1/things/{id}/'].get.parameters[0].x-evidence"), Is.EqualTo("spec declares plain string"));
            Assert.That(document.SelectToken("$.paths['/api/v1/keys/{id}/'].get.parameters[0].schema.format"), Is.Null, "an integer id stays as it is");
        });
    }

    [Test]
    public void A_required_value_type_in_a_request_body_becomes_nullable_so_unset_is_not_sent_as_its_default()
    {
        var document = Normalized("""
            { "paths": { "/api/v1/x/": { "post": { "requestBody": { "content": { "application/json": { "schema": { "$ref": "#/components/schemas/SendInput" } } } }, "responses": {} } } },
              "components": { "schemas": {
                "Kind": { "type": "string", "enum": ["text", "unified"] },
                "SendInput": { "type": "object", "required": ["kind", "count", "target", "when", "name", "part", "payload"], "properties": {
                  "kind": { "$ref": "#/components/schemas/Kind" }, "count": { "type": "integer" }, "target": { "type": "string", "format": "uuid" },
                  "when": { "type": "string", "format": "date-time" }, "name": { "type": "string" }, "part": { "$ref": "#/components/schemas/Part" }, "payload": { "description": "Any JSON." },
                  "optional": { "type": "boolean" } } },
                "Part": { "type": "object", "required": ["on"], "properties": { "on": { "type": "boolean" } } },
                "Answer": { "type": "object", "required": ["count"], "properties": { "count": { "type": "integer" } } } } } }
            """);
        var send = document.SelectToken("$.components.schemas.SendInput.properties")!;

        Assert.Multiple(() =>
        {
            Assert.That((bool?)send["kind"]!["nullable"], Is.True);
            Assert.That(send["kind"]!["allOf"]![0]!["$ref"]!.ToString(), Is.EqualTo("#/components/schemas/Kind"), "a $ref cannot carry nullable, so it is wrapped");
            Assert.That((bool?)send["count"]!["nullable"], Is.True);
            Assert.That((bool?)send["target"]!["nullable"], Is.True);
            Assert.That((bool?)send["when"]!["nullable"], Is.True);
            Assert.That(send["name"]!["nullable"], Is.Null, "a string is a reference type: null already means unset");
            Assert.That(send["part"]!["nullable"], Is.Null, "an object is a reference type");
            Assert.That(send["optional"]!["nullable"], Is.Null, "an optional property is generated nullable anyway");
            Assert.That(send["payload"]!["nullable"], Is.Null, "an untyped value is generated as object, a reference type");
            Assert.That((bool?)document.SelectToken("$.components.schemas.Part.properties.on.nullable"), Is.True, "schemas a body refers to through others count too");
            Assert.That(document.SelectToken("$.components.schemas.Answer.properties.count.nullable"), Is.Null, "a schema no request sends is left alone");
        });
    }

    [TestCase("""{ "type": "object", "additionalProperties": {} }""", null, "no published description, official client or recorded answer shows its shape")]
    [TestCase("""{ "type": "object", "additionalProperties": {} }""", "it is Meta's answer", "it is Meta's answer")]
    [TestCase("""{ "type": "object", "properties": { "id": { "type": "string" } } }""", null, null)]
    [TestCase("""{ "type": "array", "items": {} }""", null, null)]
    public void An_operation_with_a_loose_result_says_why_in_its_description(string schema, string? reason, string? expectedReason)
    {
        var operation = JObject.Parse($$"""
            { "description": "Does x.", "responses": { "200": { "content": { "application/json": { "schema": {{schema}} } } } } }
            """);
        if (reason is not null)
        {
            operation[Normalization.UntypedReasonExtension] = reason;
        }

        var document = Normalized(new JObject { ["paths"] = new JObject { ["/api/v1/x/"] = new JObject { ["post"] = operation } } }.ToString());
        var post = document.SelectToken("$.paths['/api/v1/x/'].post")!;

        // The first sentence is the summary; the note goes to the description (the remarks).
        Assert.That((string?)post["summary"], Is.EqualTo("Does x."));
        Assert.That((string?)post["description"], Is.EqualTo(expectedReason is null ? null : $"Its result is left untyped (a loose object): {expectedReason}."));
    }
}
