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

    private static TestCaseData Case(string name, Action<JObject> change, string kind, string location) =>
        new TestCaseData(change, kind, location).SetName(name);

    private static IEnumerable<TestCaseData> BreakingChanges()
    {
        yield return Case("Operation removed", s => s.Path().Remove("get"), ChangeKinds.OperationRemoved, "GET /api/v1/things/");
        yield return Case("Operation path changed", s =>
        {
            var post = s.Path()["post"]!;
            s.Path().Remove("post");
            s["paths"]!["/api/v2/things/"] = new JObject { ["post"] = post };
        }, ChangeKinds.OperationMoved, "POST /api/v1/things/");
        yield return Case("Operation method changed", s =>
        {
            s.Path()["put"] = s.Path()["post"];
            s.Path().Remove("post");
        }, ChangeKinds.OperationMoved, "POST /api/v1/things/");
        yield return Case("Operation renamed", s => s.Path()["get"]!["operationId"] = "Things_All", ChangeKinds.OperationRenamed, "GET /api/v1/things/");
        yield return Case("Success response removed", s => s.Path()["get"]!["responses"] = new JObject { ["204"] = new JObject { ["description"] = "" } }, ChangeKinds.ResponseRemoved, "GET /api/v1/things/ response 200");
        yield return Case("Response field removed", s => s.Properties("Thing").Remove("count"), ChangeKinds.ResponseFieldRemoved, "response Thing.count");
        yield return Case("Response field retyped", s => s.Properties("Thing")["count"] = new JObject { ["type"] = "string" }, ChangeKinds.TypeChanged, "response Thing.count");
        yield return Case("Response field made nullable", s => s.Properties("Thing")["name"]!["nullable"] = true, ChangeKinds.ResponseFieldNullable, "response Thing.name");
        yield return Case("Response field no longer required", s => s.Schema("Thing")["required"] = new JArray("id"), ChangeKinds.ResponseFieldOptional, "response Thing.name");
        yield return Case("Format changed", s => s.Properties("Thing")["id"]!["format"] = "uri", ChangeKinds.FormatChanged, "response Thing.id");
        yield return Case("Object became another component", s => s.Properties("Thing")["status"] = new JObject { ["type"] = "string" }, ChangeKinds.TypeChanged, "response Thing.status");
        yield return Case("New required request field", s =>
        {
            s.Properties("ThingInput")["colour"] = new JObject { ["type"] = "string" };
            ((JArray)s.Schema("ThingInput")["required"]!).Add("colour");
        }, ChangeKinds.RequestFieldRequired, "request ThingInput.colour");
        yield return Case("Request field made required", s => ((JArray)s.Schema("ThingInput")["required"]!).Add("size"), ChangeKinds.RequestFieldRequired, "request ThingInput.size");
        yield return Case("Request field removed", s => s.Properties("ThingInput").Remove("size"), ChangeKinds.RequestFieldRemoved, "request ThingInput.size");
        yield return Case("Request field retyped", s => s.Properties("ThingInput")["size"]!["type"] = "number", ChangeKinds.TypeChanged, "request ThingInput.size");
        yield return Case("New required parameter", s => ((JArray)s.Path()["post"]!["parameters"]!).Add(JObject.Parse("""{ "name": "tenant", "in": "header", "required": true, "schema": { "type": "string" } }""")),
            ChangeKinds.ParameterRequired, "POST /api/v1/things/ parameter 'tenant' (header)");
        yield return Case("Parameter made required", s => s.Path()["post"]!["parameters"]![0]!["required"] = true, ChangeKinds.ParameterRequired, "POST /api/v1/things/ parameter 'dryRun' (query)");
        yield return Case("Parameter removed", s => s.Path()["post"]!["parameters"] = new JArray(), ChangeKinds.ParameterRemoved, "POST /api/v1/things/ parameter 'dryRun' (query)");
        yield return Case("Parameter retyped", s => s.Path()["post"]!["parameters"]![0]!["schema"]!["type"] = "string", ChangeKinds.TypeChanged, "POST /api/v1/things/ parameter 'dryRun' (query)");
        yield return Case("Enum value removed", s => s.Schema("ThingStatus")["enum"] = new JArray("open"), ChangeKinds.EnumValueRemoved, "response ThingStatus");
    }

    private static IEnumerable<TestCaseData> AdditiveChanges()
    {
        yield return Case("New operation", s => s["paths"]!["/api/v1/others/"] = JObject.Parse("""{ "get": { "operationId": "Others_List", "responses": {} } }"""), ChangeKinds.OperationAdded, "GET /api/v1/others/");
        yield return Case("New optional request field", s => s.Properties("ThingInput")["note"] = new JObject { ["type"] = "string" }, ChangeKinds.OptionalFieldAdded, "request ThingInput.note");
        yield return Case("New response field", s => s.Properties("Thing")["tags"] = JObject.Parse("""{ "type": "array", "items": { "type": "string" } }"""), ChangeKinds.OptionalFieldAdded, "response Thing.tags");
        yield return Case("New optional parameter", s => ((JArray)s.Path()["post"]!["parameters"]!).Add(JObject.Parse("""{ "name": "page", "in": "query", "schema": { "type": "integer" } }""")),
            ChangeKinds.OptionalParameterAdded, "POST /api/v1/things/ parameter 'page' (query)");
        yield return Case("New enum value", s => ((JArray)s.Schema("ThingStatus")["enum"]!).Add("paused"), ChangeKinds.EnumValueAdded, "response ThingStatus");
        yield return Case("New success response", s => s.Path()["get"]!["responses"]!["206"] = new JObject { ["description"] = "" }, ChangeKinds.ResponseAdded, "GET /api/v1/things/ response 206");
    }

    [TestCaseSource(nameof(BreakingChanges))]
    public void A_breaking_change_is_reported_as_breaking_where_it_happens(Action<JObject> change, string kind, string location)
    {
        var report = Report(SpecVariants.With(change));

        Assert.That(report.Breaking.Select(c => (c.Kind, c.Location)), Does.Contain((kind, location)));
        Assert.That(report.Breaking.Concat(report.Additive).Where(c => c.Kind != ChangeKinds.ResponseAdded).Select(c => c.Kind), Is.All.EqualTo(kind), "no other change is reported");
    }

    [TestCaseSource(nameof(AdditiveChanges))]
    public void An_additive_change_is_reported_as_additive_and_nothing_breaks(Action<JObject> change, string kind, string location)
    {
        var report = Report(SpecVariants.With(change));

        Assert.That(report.Breaking, Is.Empty);
        Assert.That(report.Additive.Select(c => (c.Kind, c.Location)), Is.EqualTo(new[] { (kind, location) }));
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
