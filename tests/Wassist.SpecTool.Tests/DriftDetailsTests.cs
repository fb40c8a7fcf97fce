using System;
using System.Collections.Generic;
using System.Linq;
using Newtonsoft.Json.Linq;
using NUnit.Framework;
using Wassist.SpecTool.Drift;

namespace Wassist.SpecTool.Tests;

/// <summary>
/// The report lines a maintainer reads: for one change between two small descriptions, every line the report
/// lists, written out in full (kind, location and the detail that says what it was and what it is now).
/// </summary>
public class DriftDetailsTests
{
    private const string Post = "POST /api/v1/things/";
    private const string Get = "GET /api/v1/things/";

    private static TestCaseData Case(string name, Action<JObject> change, params string[] lines) => Case(name, _ => { }, change, lines);

    /// <summary>A case whose old description is the base with <paramref name="before"/> made to it.</summary>
    private static TestCaseData Case(string name, Action<JObject> before, Action<JObject> change, params string[] lines) =>
        new TestCaseData(before, change, lines).SetName(name);

    private static JObject Schemes(JObject spec) => (JObject)spec["components"]!["securitySchemes"]!;

    private static void AddBearer(JObject spec) => Schemes(spec)["TokenAuth"] = JObject.Parse("""{ "type": "http", "scheme": "bearer" }""");

    private static IEnumerable<TestCaseData> Constraints()
    {
        yield return Case("Pattern changed", s => s.Properties("ThingInput")["name"]!["pattern"] = "^[a-z]+$",
            "[constraint-tightened] request ThingInput.name: pattern '^[a-z ]+$' is now '^[a-z]+$'");
        yield return Case("Pattern dropped", s => ((JObject)s.Properties("ThingInput")["name"]!).Remove("pattern"),
            "[constraint-relaxed] request ThingInput.name: pattern '^[a-z ]+$' is now none");
        yield return Case("Pattern added to a header parameter", s => s.Path()["get"]!["parameters"]![0]!["schema"]!["pattern"] = "^[0-9a-f]+$",
            $"[constraint-tightened] {Get} parameter 'X-Trace-Id' (header): pattern none is now '^[0-9a-f]+$'");
        yield return Case("A minimum where there was none", s => s.Properties("ThingInput")["labels"]!["minItems"] = 1,
            "[constraint-tightened] request ThingInput.labels: minItems none is now 1");
        yield return Case("A lower bound raised", s => s.Properties("ThingInput")["labels"]!["minItems"] = 1, s => s.Properties("ThingInput")["labels"]!["minItems"] = 2,
            "[constraint-tightened] request ThingInput.labels: minItems 1 is now 2");
        yield return Case("A lower bound lowered", s => s.Properties("ThingInput")["labels"]!["minItems"] = 2, s => s.Properties("ThingInput")["labels"]!["minItems"] = 1,
            "[constraint-relaxed] request ThingInput.labels: minItems 2 is now 1");
        yield return Case("A bound dropped", s => ((JObject)s.Properties("ThingInput")["name"]!).Remove("minLength"),
            "[constraint-relaxed] request ThingInput.name: minLength 1 is now none");
        yield return Case("A fractional bound", s => s.Properties("ThingInput")["size"]!["maximum"] = 7.5,
            "[constraint-tightened] request ThingInput.size: maximum 10 is now 7.5");
    }

    private static IEnumerable<TestCaseData> Security()
    {
        yield return Case("The api key scheme replaced by a bearer token", s =>
        {
            Schemes(s).Remove("ApiKeyAuth");
            AddBearer(s);
            s.Operation("post")["security"] = JArray.Parse("""[ { "TokenAuth": [] } ]""");
            s.Operation("get")["security"] = JArray.Parse("""[ { "TokenAuth": [] } ]""");
        },
            "[security-scheme-removed] security scheme ApiKeyAuth: removed (it was apiKey in header 'X-API-Key')",
            $"[api-key-not-accepted] {Post}: the API key no longer authorises it: accepted ApiKeyAuth, now TokenAuth",
            $"[api-key-not-accepted] {Get}: the API key no longer authorises it: accepted ApiKeyAuth, now TokenAuth",
            "[security-scheme-added] security scheme TokenAuth: new: http bearer");
        yield return Case("A bearer token accepted beside the api key", s =>
        {
            AddBearer(s);
            s.Operation("get")["security"] = JArray.Parse("""[ { "ApiKeyAuth": [] }, { "TokenAuth": [] } ]""");
        },
            "[security-scheme-added] security scheme TokenAuth: new: http bearer",
            $"[security-requirement-changed] {Get}: accepted ApiKeyAuth, now ApiKeyAuth or TokenAuth");
        yield return Case("The api key no longer one of two ways in", s =>
        {
            AddBearer(s);
            s.Operation("get")["security"] = JArray.Parse("""[ { "ApiKeyAuth": [] }, { "TokenAuth": [] } ]""");
        }, s =>
        {
            AddBearer(s);
            s.Operation("get")["security"] = JArray.Parse("""[ { "TokenAuth": [] } ]""");
        },
            $"[api-key-not-accepted] {Get}: the API key no longer authorises it: accepted ApiKeyAuth or TokenAuth, now TokenAuth");
        yield return Case("The api key needs a bearer token with it", s =>
        {
            AddBearer(s);
            s.Operation("get")["security"] = JArray.Parse("""[ { "TokenAuth": [], "ApiKeyAuth": [] } ]""");
        },
            "[security-scheme-added] security scheme TokenAuth: new: http bearer",
            $"[api-key-not-accepted] {Get}: the API key no longer authorises it: accepted ApiKeyAuth, now ApiKeyAuth+TokenAuth");
        yield return Case("The document-wide requirement changes for an operation without its own", s =>
        {
            s.Operation("get").Remove("security");
            s["security"] = JArray.Parse("""[ { "ApiKeyAuth": [] } ]""");
        }, s =>
        {
            AddBearer(s);
            s.Operation("get").Remove("security");
            s["security"] = JArray.Parse("""[ { "TokenAuth": [] } ]""");
        },
            "[security-scheme-added] security scheme TokenAuth: new: http bearer",
            $"[api-key-not-accepted] {Get}: the API key no longer authorises it: accepted ApiKeyAuth, now TokenAuth");
        yield return Case("A scheme of another type is described by its settings", s =>
            Schemes(s)["Oidc"] = JObject.Parse("""{ "type": "openIdConnect", "description": "Sign in.", "openIdConnectUrl": "https://id.things.test/.well-known/openid-configuration" }"""),
            """[security-scheme-added] security scheme Oidc: new: openIdConnect {"openIdConnectUrl":"https://id.things.test/.well-known/openid-configuration"}""");
    }

    private static IEnumerable<TestCaseData> ServersAndMedia()
    {
        yield return Case("No servers described any more", s => s.Remove("servers"),
            "[server-url-changed] servers: the production URL https://api.things.test is now not described; the client's default base URL and the hosts it sends the key to must follow",
            "[server-removed] server http://localhost:8050: no longer described; the client does not use it");
        yield return Case("Server added", s => ((JArray)s["servers"]!).Add(JObject.Parse("""{ "url": "https://eu.things.test" }""")),
            "[server-added] server https://eu.things.test: new server");
        yield return Case("Request JSON replaced by multipart", s => ((JObject)s.Operation("post")["requestBody"]!["content"]!).Rename("application/json", "multipart/form-data"),
            $"[content-type-changed] {Post} request body: application/json is no longer described (now multipart/form-data)");
        yield return Case("Response JSON replaced by two other types", s =>
        {
            var content = (JObject)s.Operation("get")["responses"]!["200"]!["content"]!;
            content.Rename("application/json", "text/csv");
            content["application/xml"] = JObject.Parse("""{ "schema": { "type": "string" } }""");
        },
            $"[content-type-changed] {Get} response 200: application/json is no longer described (now text/csv, application/xml)");
        yield return Case("Response content emptied", s => s.Operation("post")["responses"]!["201"]!["content"] = new JObject(),
            $"[content-type-changed] {Post} response 201: application/json is no longer described (now no content)",
            $"[type-changed] {Post} response 201: no longer has a schema");
        yield return Case("Response also offered as CSV", s => s.Operation("post")["responses"]!["201"]!["content"]!["text/csv"] = JObject.Parse("""{ "schema": { "type": "string" } }"""),
            $"[content-type-added] {Post} response 201: text/csv is described too; the client keeps using application/json");
        yield return Case("Retry-After no longer declared", s => ((JObject)s.Operation("post")["responses"]!["429"]!["headers"]!).Remove("Retry-After"),
            $"[response-header-removed] {Post} response 429 header Retry-After: no longer declared, and the client reads it");
        yield return Case("X-Request-Id declared on another response", s => s.Operation("get")["responses"]!["200"]!["headers"] = JObject.Parse("""{ "X-Request-Id": { "schema": { "type": "string" } } }"""),
            $"[response-header-added] {Get} response 200 header X-Request-Id: now declared");
    }

    private static IEnumerable<TestCaseData> Schemas()
    {
        Action<JObject> untyped = s => s.Properties("Thing")["extra"] = new JObject();
        yield return Case("An untyped field gets a type", untyped, s => s.Properties("Thing")["extra"] = new JObject { ["type"] = "string" },
            "[type-changed] response Thing.extra: type any is now string");
        yield return Case("A typed field loses its type", s => s.Properties("Thing")["extra"] = new JObject { ["type"] = "string" }, untyped,
            "[type-changed] response Thing.extra: type string is now any");
        yield return Case("An untyped field becomes a component", untyped, s => s.Properties("Thing")["extra"] = JObject.Parse("""{ "$ref": "#/components/schemas/ThingStatus" }"""),
            "[type-changed] response Thing.extra: any is now ThingStatus");
        yield return Case("A format where there was none", s => s.Properties("Thing")["name"]!["format"] = "date-time",
            "[format-changed] response Thing.name: format none is now date-time");
        yield return Case("A format dropped", s => ((JObject)s.Properties("Thing")["id"]!).Remove("format"),
            "[format-changed] response Thing.id: format uuid is now none");
        yield return Case("The values of a map retyped",
            s => s.Properties("Thing")["labels"] = JObject.Parse("""{ "type": "object", "additionalProperties": { "type": "string" } }"""),
            s => s.Properties("Thing")["labels"] = JObject.Parse("""{ "type": "object", "additionalProperties": { "type": "integer" } }"""),
            "[type-changed] response Thing.labels{}: type string is now integer");
        yield return Case("A new request enum value", s => ((JArray)s.Properties("ThingInput")["kind"]!["enum"]!).Add("huge"),
            "[enum-value-added] request ThingInput.kind: new value 'huge' (worth a release note)");
        yield return Case("A response gains a schema", s => ((JObject)s.Operation("get")["responses"]!["200"]!["content"]!["application/json"]!).Remove("schema"), _ => { },
            $"[type-changed] {Get} response 200: now has a schema");
        yield return Case("A composed object with its own properties is compared as itself",
            s => s.Properties("Thing")["meta"] = JObject.Parse("""{ "allOf": [ { "$ref": "#/components/schemas/ThingInput" } ], "properties": { "note": { "type": "string" } } }"""),
            s => s.Properties("Thing")["meta"] = JObject.Parse("""{ "allOf": [ { "$ref": "#/components/schemas/ThingInput" } ], "properties": { "note": { "type": "string" }, "extra": { "type": "string" } } }"""),
            "[optional-field-added] response Thing.meta.extra: new optional field");
    }

    private static IEnumerable<TestCaseData> Operations()
    {
        yield return Case("A moved operation is compared with its new self", s =>
        {
            var post = (JObject)s.Operation("post");
            s.Path().Remove("post");
            post["parameters"]![0]!["required"] = true;
            s["paths"]!["/api/v2/things/"] = new JObject { ["post"] = post };
        },
            $"[operation-moved] {Post}: now POST /api/v2/things/ (published operationId 'Things_Create')",
            "[parameter-required] POST /api/v2/things/ parameter 'dryRun' (query): now required");
        Action<JObject> pageParameter = s =>
        {
            s["components"]!["parameters"] = JObject.Parse("""{ "Page": { "name": "page", "in": "query", "schema": { "type": "integer" } } }""");
            ((JArray)s.Operation("post")["parameters"]!).Add(JObject.Parse("""{ "$ref": "#/components/parameters/Page" }"""));
        };
        yield return Case("A shared parameter made required", pageParameter, s =>
        {
            pageParameter(s);
            s["components"]!["parameters"]!["Page"]!["required"] = true;
        },
            $"[parameter-required] {Post} parameter 'page' (query): now required");
    }

    [TestCaseSource(nameof(Constraints))]
    [TestCaseSource(nameof(Security))]
    [TestCaseSource(nameof(ServersAndMedia))]
    [TestCaseSource(nameof(Schemas))]
    [TestCaseSource(nameof(Operations))]
    public void The_report_lines_say_what_it_was_and_what_it_is_now(Action<JObject> before, Action<JObject> change, string[] lines)
    {
        var report = DriftReport.Create(SpecVariants.With(before), SpecVariants.With(change), []);

        Assert.That(report.Breaking.Concat(report.Additive).Select(c => c.ToString()), Is.EquivalentTo(lines));
    }
}
