using System;
using System.Collections.Generic;
using System.Linq;
using Newtonsoft.Json.Linq;
using NUnit.Framework;
using Wassist.SpecTool.Drift;

namespace Wassist.SpecTool.Tests;

/// <summary>Each kind of change between two descriptions is found, placed and classified as the client sees it.</summary>
public class SpecDiffTests
{
    private static DriftReport Report(JObject changed, params Overlay[] overlays) => DriftReport.Create(SpecVariants.Base(), changed, overlays);

    private static TestCaseData Case(string name, Action<JObject> change, string kind, string location, string detail) =>
        new TestCaseData(change, new DriftChange(kind, location, detail)).SetName(name);

    private static IEnumerable<TestCaseData> BreakingChanges()
    {
        yield return Case("Operation removed", s => s.Path().Remove("get"), ChangeKinds.OperationRemoved, "GET /api/v1/things/", "operation 'Things_List' is no longer in the description");
        yield return Case("Operation path changed", s =>
        {
            var post = s.Path()["post"]!;
            s.Path().Remove("post");
            s["paths"]!["/api/v2/things/"] = new JObject { ["post"] = post };
        }, ChangeKinds.OperationMoved, "POST /api/v1/things/", "now POST /api/v2/things/ (published operationId 'Things_Create')");
        yield return Case("Operation method changed", s =>
        {
            s.Path()["put"] = s.Path()["post"];
            s.Path().Remove("post");
        }, ChangeKinds.OperationMoved, "POST /api/v1/things/", "now PUT /api/v1/things/ (published operationId 'Things_Create')");
        yield return Case("Operation renamed", s => s.Path()["get"]!["operationId"] = "Things_All", ChangeKinds.OperationRenamed, "GET /api/v1/things/", "'Things_List' is now 'Things_All', which renames the client method");
        yield return Case("Success response removed", s => s.Path()["get"]!["responses"] = new JObject { ["204"] = new JObject { ["description"] = "" } }, ChangeKinds.ResponseRemoved, "GET /api/v1/things/ response 200", "the success response is no longer described");
        yield return Case("Response field removed", s => s.Properties("Thing").Remove("count"), ChangeKinds.ResponseFieldRemoved, "response Thing.count", "removed");
        yield return Case("Response field retyped", s => s.Properties("Thing")["count"] = new JObject { ["type"] = "string" }, ChangeKinds.TypeChanged, "response Thing.count", "type integer is now string");
        yield return Case("Response field made nullable", s => s.Properties("Thing")["name"]!["nullable"] = true, ChangeKinds.ResponseFieldNullable, "response Thing.name", "may now be null");
        yield return Case("Response field no longer required", s => s.Schema("Thing")["required"] = new JArray("id"), ChangeKinds.ResponseFieldOptional, "response Thing.name", "no longer required, so it may be missing");
        yield return Case("Format changed", s => s.Properties("Thing")["id"]!["format"] = "uri", ChangeKinds.FormatChanged, "response Thing.id", "format uuid is now uri");
        yield return Case("Object became another component", s => s.Properties("Thing")["status"] = new JObject { ["type"] = "string" }, ChangeKinds.TypeChanged, "response Thing.status", "ThingStatus is now string");
        yield return Case("New required request field", s =>
        {
            s.Properties("ThingInput")["colour"] = new JObject { ["type"] = "string" };
            ((JArray)s.Schema("ThingInput")["required"]!).Add("colour");
        }, ChangeKinds.RequestFieldRequired, "request ThingInput.colour", "new required field");
        yield return Case("Request field made required", s => ((JArray)s.Schema("ThingInput")["required"]!).Add("size"), ChangeKinds.RequestFieldRequired, "request ThingInput.size", "now required");
        yield return Case("Request field removed", s => s.Properties("ThingInput").Remove("size"), ChangeKinds.RequestFieldRemoved, "request ThingInput.size", "removed");
        yield return Case("Request field retyped", s => s.Properties("ThingInput")["size"]!["type"] = "number", ChangeKinds.TypeChanged, "request ThingInput.size", "type integer is now number");
        yield return Case("New required parameter", s => ((JArray)s.Path()["post"]!["parameters"]!).Add(JObject.Parse("""{ "name": "tenant", "in": "header", "required": true, "schema": { "type": "string" } }""")),
            ChangeKinds.ParameterRequired, "POST /api/v1/things/ parameter 'tenant' (header)", "new required parameter");
        yield return Case("Parameter made required", s => s.Path()["post"]!["parameters"]![0]!["required"] = true, ChangeKinds.ParameterRequired, "POST /api/v1/things/ parameter 'dryRun' (query)", "now required");
        yield return Case("Parameter removed", s => s.Path()["post"]!["parameters"] = new JArray(), ChangeKinds.ParameterRemoved, "POST /api/v1/things/ parameter 'dryRun' (query)", "removed");
        yield return Case("Parameter retyped", s => s.Path()["post"]!["parameters"]![0]!["schema"]!["type"] = "string", ChangeKinds.TypeChanged, "POST /api/v1/things/ parameter 'dryRun' (query)", "type boolean is now string");
        yield return Case("Array items retyped", s => s.Properties("ThingInput")["labels"]!["items"]!["type"] = "integer", ChangeKinds.TypeChanged, "request ThingInput.labels[]", "type string is now integer");
        yield return Case("List items became another component", s => s.Path()["get"]!["responses"]!["200"]!["content"]!["application/json"]!["schema"]!["items"] = JObject.Parse("""{ "$ref": "#/components/schemas/ThingInput" }"""),
            ChangeKinds.TypeChanged, "GET /api/v1/things/ response 200[]", "Thing is now ThingInput");
        yield return Case("Request body removed", s => ((JObject)s.Path()["post"]!).Remove("requestBody"), ChangeKinds.RequestBodyChanged, "POST /api/v1/things/ request body", "the operation no longer takes a body");
        yield return Case("Request body added", s => s.Path()["get"]!["requestBody"] = JObject.Parse("""{ "content": { "application/json": { "schema": { "$ref": "#/components/schemas/ThingInput" } } } }"""),
            ChangeKinds.RequestBodyChanged, "GET /api/v1/things/ request body", "the operation now takes a body");
        yield return Case("Nullable through an allOf wrapper", s => s.Properties("Thing")["status"] = JObject.Parse("""{ "allOf": [ { "$ref": "#/components/schemas/ThingStatus" } ], "nullable": true }"""),
            ChangeKinds.ResponseFieldNullable, "response Thing.status", "may now be null");
        yield return Case("Referenced component made nullable", s => s.Schema("ThingStatus")["nullable"] = true, ChangeKinds.ResponseFieldNullable, "response Thing.status", "may now be null");
        yield return Case("Text became an enum", s => s.Properties("Thing")["name"]!["enum"] = new JArray("small", "large"), ChangeKinds.TypeChanged, "response Thing.name", "now an enum (small, large)");
        yield return Case("Enum became text", s => s.Schema("ThingStatus").Remove("enum"), ChangeKinds.TypeChanged, "response ThingStatus", "no longer an enum");
        yield return Case("Alternatives changed", s => s.Properties("Thing")["count"]!["oneOf"] = JArray.Parse("""[ { "type": "integer" }, { "type": "string" } ]"""),
            ChangeKinds.TypeChanged, "response Thing.count", "its oneOf alternatives changed");
        yield return Case("Response schema removed", s => ((JObject)s.Path()["get"]!["responses"]!["200"]!["content"]!["application/json"]!).Remove("schema"),
            ChangeKinds.TypeChanged, "GET /api/v1/things/ response 200", "no longer has a schema");
        yield return Case("Object without a type became an array without a type", s => s.Properties("Thing")["meta"] = JObject.Parse("""{ "items": { "type": "string" } }"""),
            ChangeKinds.TypeChanged, "response Thing.meta", "type object is now array");
        yield return Case("Formatted text became a component", s => s.Properties("Thing")["id"] = JObject.Parse("""{ "$ref": "#/components/schemas/ThingStatus" }"""),
            ChangeKinds.TypeChanged, "response Thing.id", "string (uuid) is now ThingStatus");
        yield return Case("Enum value removed", s => s.Schema("ThingStatus")["enum"] = new JArray("open"), ChangeKinds.EnumValueRemoved, "response ThingStatus", "value 'closed' removed");
    }

    private static IEnumerable<TestCaseData> AdditiveChanges()
    {
        yield return Case("New operation", s => s["paths"]!["/api/v1/others/"] = JObject.Parse("""{ "get": { "operationId": "Others_List", "responses": {} } }"""), ChangeKinds.OperationAdded, "GET /api/v1/others/", "new operation 'Others_List'; it needs a Resource_Method name in naming.overlay.json");
        yield return Case("New optional request field", s => s.Properties("ThingInput")["note"] = new JObject { ["type"] = "string" }, ChangeKinds.OptionalFieldAdded, "request ThingInput.note", "new optional field");
        yield return Case("New response field", s => s.Properties("Thing")["tags"] = JObject.Parse("""{ "type": "array", "items": { "type": "string" } }"""), ChangeKinds.OptionalFieldAdded, "response Thing.tags", "new optional field");
        yield return Case("New optional parameter", s => ((JArray)s.Path()["post"]!["parameters"]!).Add(JObject.Parse("""{ "name": "page", "in": "query", "schema": { "type": "integer" } }""")),
            ChangeKinds.OptionalParameterAdded, "POST /api/v1/things/ parameter 'page' (query)", "new optional parameter");
        yield return Case("New enum value", s => ((JArray)s.Schema("ThingStatus")["enum"]!).Add("paused"), ChangeKinds.EnumValueAdded, "response ThingStatus", "new value 'paused' (older clients read it as null and keep it in AdditionalProperties; worth a release note)");
        yield return Case("New success response", s => s.Path()["get"]!["responses"]!["206"] = new JObject { ["description"] = "" }, ChangeKinds.ResponseAdded, "GET /api/v1/things/ response 206", "new success response");
    }

    [TestCaseSource(nameof(BreakingChanges))]
    public void A_breaking_change_is_reported_as_breaking_where_it_happens(Action<JObject> change, DriftChange expected)
    {
        var report = Report(SpecVariants.With(change));

        Assert.That(report.Breaking, Does.Contain(expected));
        Assert.That(report.Breaking.Concat(report.Additive).Where(c => c.Kind != ChangeKinds.ResponseAdded).Select(c => c.Kind), Is.All.EqualTo(expected.Kind), "no other change is reported");
    }

    [TestCaseSource(nameof(AdditiveChanges))]
    public void An_additive_change_is_reported_as_additive_and_nothing_breaks(Action<JObject> change, DriftChange expected)
    {
        var report = Report(SpecVariants.With(change));

        Assert.That(report.Breaking, Is.Empty);
        Assert.That(report.Additive, Is.EqualTo(new[] { expected }));
    }

    [Test]
    public void An_unchanged_description_reports_nothing()
    {
        var report = Report(SpecVariants.Base());

        Assert.That(report.IsEmpty, Is.True);
        Assert.That(report.ToText("same"), Does.Contain("no changes"));
    }

    [Test]
    public void A_new_required_read_only_field_is_not_asked_of_requests()
    {
        var report = Report(SpecVariants.With(s =>
        {
            s.Properties("ThingInput")["createdAt"] = JObject.Parse("""{ "type": "string", "readOnly": true }""");
            ((JArray)s.Schema("ThingInput")["required"]!).Add("createdAt");
        }));

        Assert.That(report.Breaking, Is.Empty);
    }

    [Test]
    public void A_change_to_a_shared_schema_is_reported_once_per_direction()
    {
        var report = Report(SpecVariants.With(s => s.Properties("Thing").Remove("count")));

        Assert.That(report.Breaking, Has.Count.EqualTo(1), "Thing is returned by two operations but declared once");
    }

    [Test]
    public void A_change_our_correction_already_makes_does_not_reach_the_client()
    {
        var correction = Overlay.Parse("corrections.overlay.json", """
            { "overlay": "1.0.0", "actions": [ { "target": "$.components.schemas.Thing.properties.count", "update": { "type": "integer", "nullable": true } } ] }
            """);

        var report = Report(SpecVariants.With(s => s.Properties("Thing")["count"]!["type"] = "string"), correction);

        Assert.That(report.Breaking.Concat(report.Additive), Is.Empty);
    }

    [Test]
    public void The_report_reads_as_text_and_as_json()
    {
        var report = Report(SpecVariants.With(s =>
        {
            s.Properties("Thing").Remove("count");
            ((JArray)s.Schema("ThingStatus")["enum"]!).Add("paused");
        }));

        Assert.That(report.ToText("old -> new"), Does.Contain("Breaking changes (1):\n  [response-field-removed] response Thing.count: removed")
            .And.Contain("Additive changes (1):\n  [enum-value-added] response ThingStatus: new value 'paused'"));
        var json = report.ToJson();
        Assert.That(json.SelectToken("breaking[0].kind")?.ToString(), Is.EqualTo(ChangeKinds.ResponseFieldRemoved));
        Assert.That(json.SelectToken("additive[0].location")?.ToString(), Is.EqualTo("response ThingStatus"));
    }
}
