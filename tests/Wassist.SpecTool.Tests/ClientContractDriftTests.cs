using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Newtonsoft.Json.Linq;
using NUnit.Framework;
using Wassist.SpecTool.Drift;

namespace Wassist.SpecTool.Tests;

/// <summary>
/// Drift outside the schemas: security schemes, servers, media types, constraints on what the client sends, header
/// parameters and the response headers the client reads. Each case is one change to the small description, with
/// every change the report must list, breaking and additive, written out by hand.
/// </summary>
public class ClientContractDriftTests
{
    private const string Post = "POST /api/v1/things/";
    private const string Get = "GET /api/v1/things/";
    private const string TraceHeader = Get + " parameter 'X-Trace-Id' (header)";
    private const string Limit = Get + " parameter 'limit' (query)";

    private static readonly (string, string)[] Nothing = [];

    private static TestCaseData Case(string name, Action<JObject> change, (string Kind, string Location)[] breaking, (string Kind, string Location)[] additive) =>
        new TestCaseData(change, breaking, additive).SetName(name);

    private static (string, string)[] One(string kind, string location) => [(kind, location)];

    private static JObject Scheme(JObject spec, string name = "ApiKeyAuth") => (JObject)spec["components"]!["securitySchemes"]![name]!;

    private static JObject Parameter(JObject spec, string method, string name) =>
        ((JArray)spec.Operation(method)["parameters"]!).OfType<JObject>().Single(p => (string?)p["name"] == name);

    private static JObject Response(JObject spec, string method, string status) => (JObject)spec.Operation(method)["responses"]![status]!;

    private static IEnumerable<TestCaseData> SecuritySchemes()
    {
        yield return Case("Auth header renamed", s => Scheme(s)["name"] = "Authorization",
            One(ChangeKinds.SecuritySchemeChanged, "security scheme ApiKeyAuth"), Nothing);
        yield return Case("Auth header moved to the query", s => Scheme(s)["in"] = "query",
            One(ChangeKinds.SecuritySchemeChanged, "security scheme ApiKeyAuth"), Nothing);
        yield return Case("Auth header name changes case only", s => Scheme(s)["name"] = "x-api-key", Nothing, Nothing);
        yield return Case("Api key scheme replaced by a bearer token", s =>
        {
            var schemes = (JObject)s["components"]!["securitySchemes"]!;
            schemes.Remove("ApiKeyAuth");
            schemes["TokenAuth"] = JObject.Parse("""{ "type": "http", "scheme": "bearer" }""");
            s.Operation("post")["security"] = JArray.Parse("""[ { "TokenAuth": [] } ]""");
            s.Operation("get")["security"] = JArray.Parse("""[ { "TokenAuth": [] } ]""");
        }, [(ChangeKinds.SecuritySchemeRemoved, "security scheme ApiKeyAuth"), (ChangeKinds.ApiKeyNotAccepted, Post), (ChangeKinds.ApiKeyNotAccepted, Get)],
            One(ChangeKinds.SecuritySchemeAdded, "security scheme TokenAuth"));
        yield return Case("One operation no longer takes the api key", s =>
        {
            s["components"]!["securitySchemes"]!["TokenAuth"] = JObject.Parse("""{ "type": "http", "scheme": "bearer" }""");
            s.Operation("get")["security"] = JArray.Parse("""[ { "TokenAuth": [] } ]""");
        }, One(ChangeKinds.ApiKeyNotAccepted, Get), One(ChangeKinds.SecuritySchemeAdded, "security scheme TokenAuth"));
        yield return Case("A bearer token accepted beside the api key", s =>
        {
            s["components"]!["securitySchemes"]!["TokenAuth"] = JObject.Parse("""{ "type": "http", "scheme": "bearer" }""");
            s.Operation("get")["security"] = JArray.Parse("""[ { "ApiKeyAuth": [] }, { "TokenAuth": [] } ]""");
        }, Nothing, [(ChangeKinds.SecuritySchemeAdded, "security scheme TokenAuth"), (ChangeKinds.SecurityRequirementChanged, Get)]);
        yield return Case("An operation open without authentication", s => s.Operation("get")["security"] = new JArray(),
            Nothing, One(ChangeKinds.SecurityRequirementChanged, Get));
    }

    private static IEnumerable<TestCaseData> Servers()
    {
        yield return Case("Production URL changed", s => s["servers"]![0]!["url"] = "https://api.things.example",
            One(ChangeKinds.ServerUrlChanged, "servers"), Nothing);
        yield return Case("Production server put behind another", s => ((JArray)s["servers"]!).Insert(0, JObject.Parse("""{ "url": "https://edge.things.test" }""")),
            One(ChangeKinds.ServerUrlChanged, "servers"), Nothing);
        yield return Case("Production URL gains a trailing slash", s => s["servers"]![0]!["url"] = "https://api.things.test/", Nothing, Nothing);
        yield return Case("Server added", s => ((JArray)s["servers"]!).Add(JObject.Parse("""{ "url": "https://eu.things.test" }""")),
            Nothing, One(ChangeKinds.ServerAdded, "server https://eu.things.test"));
        yield return Case("Development server removed", s => ((JArray)s["servers"]!).RemoveAt(1),
            Nothing, One(ChangeKinds.ServerRemoved, "server http://localhost:8050"));
    }

    private static IEnumerable<TestCaseData> ContentTypes()
    {
        yield return Case("Request JSON replaced by multipart", s => ((JObject)s.Operation("post")["requestBody"]!["content"]!).Rename("application/json", "multipart/form-data"),
            One(ChangeKinds.ContentTypeChanged, Post + " request body"), Nothing);
        yield return Case("Response JSON replaced by CSV", s => ((JObject)Response(s, "get", "200")["content"]!).Rename("application/json", "text/csv"),
            One(ChangeKinds.ContentTypeChanged, Get + " response 200"), Nothing);
        yield return Case("Request JSON gains a charset parameter", s => ((JObject)s.Operation("post")["requestBody"]!["content"]!).Rename("application/json", "application/json; charset=utf-8"),
            Nothing, Nothing);
        yield return Case("Form body accepted beside JSON", s => s.Operation("post")["requestBody"]!["content"]!["application/x-www-form-urlencoded"] = JObject.Parse("""{ "schema": { "$ref": "#/components/schemas/ThingInput" } }"""),
            Nothing, One(ChangeKinds.ContentTypeAdded, Post + " request body"));
        yield return Case("Response also offered as CSV", s => Response(s, "post", "201")["content"]!["text/csv"] = JObject.Parse("""{ "schema": { "type": "string" } }"""),
            Nothing, One(ChangeKinds.ContentTypeAdded, Post + " response 201"));
    }

    private static IEnumerable<TestCaseData> Constraints()
    {
        const string Name = "request ThingInput.name";
        const string Size = "request ThingInput.size";
        const string Labels = "request ThingInput.labels";
        yield return Case("maxLength lowered", s => s.Properties("ThingInput")["name"]!["maxLength"] = 50, One(ChangeKinds.ConstraintTightened, Name), Nothing);
        yield return Case("maxLength raised", s => s.Properties("ThingInput")["name"]!["maxLength"] = 200, Nothing, One(ChangeKinds.ConstraintRelaxed, Name));
        yield return Case("minLength raised", s => s.Properties("ThingInput")["name"]!["minLength"] = 3, One(ChangeKinds.ConstraintTightened, Name), Nothing);
        yield return Case("minLength dropped", s => ((JObject)s.Properties("ThingInput")["name"]!).Remove("minLength"), Nothing, One(ChangeKinds.ConstraintRelaxed, Name));
        yield return Case("pattern changed", s => s.Properties("ThingInput")["name"]!["pattern"] = "^[a-z]+$", One(ChangeKinds.ConstraintTightened, Name), Nothing);
        yield return Case("pattern dropped", s => ((JObject)s.Properties("ThingInput")["name"]!).Remove("pattern"), Nothing, One(ChangeKinds.ConstraintRelaxed, Name));
        yield return Case("minimum raised", s => s.Properties("ThingInput")["size"]!["minimum"] = 1, One(ChangeKinds.ConstraintTightened, Size), Nothing);
        yield return Case("minimum lowered", s => s.Properties("ThingInput")["size"]!["minimum"] = -5, Nothing, One(ChangeKinds.ConstraintRelaxed, Size));
        yield return Case("maximum lowered", s => s.Properties("ThingInput")["size"]!["maximum"] = 5, One(ChangeKinds.ConstraintTightened, Size), Nothing);
        yield return Case("maximum dropped", s => ((JObject)s.Properties("ThingInput")["size"]!).Remove("maximum"), Nothing, One(ChangeKinds.ConstraintRelaxed, Size));
        yield return Case("maxItems lowered", s => s.Properties("ThingInput")["labels"]!["maxItems"] = 3, One(ChangeKinds.ConstraintTightened, Labels), Nothing);
        yield return Case("maxItems raised", s => s.Properties("ThingInput")["labels"]!["maxItems"] = 10, Nothing, One(ChangeKinds.ConstraintRelaxed, Labels));
        yield return Case("Request enum value removed", s => s.Properties("ThingInput")["kind"]!["enum"] = new JArray("small"),
            One(ChangeKinds.EnumValueRemoved, "request ThingInput.kind"), Nothing);
        yield return Case("Request enum value added", s => ((JArray)s.Properties("ThingInput")["kind"]!["enum"]!).Add("huge"),
            Nothing, One(ChangeKinds.EnumValueAdded, "request ThingInput.kind"));
        yield return Case("Free text field limited to an enum", s => s.Properties("ThingInput")["name"]!["enum"] = new JArray("left", "right"),
            One(ChangeKinds.TypeChanged, Name), Nothing);
        yield return Case("Query parameter maximum lowered", s => Parameter(s, "get", "limit")["schema"]!["maximum"] = 50, One(ChangeKinds.ConstraintTightened, Limit), Nothing);
        yield return Case("Query parameter minimum lowered", s => Parameter(s, "get", "limit")["schema"]!["minimum"] = 0, Nothing, One(ChangeKinds.ConstraintRelaxed, Limit));
        yield return Case("A constraint on a response field does not concern the client", s => s.Properties("Thing")["name"]!["maxLength"] = 10, Nothing, Nothing);
    }

    private static IEnumerable<TestCaseData> HeaderParameters()
    {
        yield return Case("Header parameter removed", s => ((JArray)s.Operation("get")["parameters"]!).RemoveAt(0),
            One(ChangeKinds.ParameterRemoved, TraceHeader), Nothing);
        yield return Case("Header parameter made required", s => Parameter(s, "get", "X-Trace-Id")["required"] = true,
            One(ChangeKinds.ParameterRequired, TraceHeader), Nothing);
        yield return Case("Header parameter renamed", s => Parameter(s, "get", "X-Trace-Id")["name"] = "X-Correlation-Id",
            One(ChangeKinds.ParameterRemoved, TraceHeader), One(ChangeKinds.OptionalParameterAdded, Get + " parameter 'X-Correlation-Id' (header)"));
        yield return Case("Header parameter gains a pattern", s => Parameter(s, "get", "X-Trace-Id")["schema"]!["pattern"] = "^[0-9a-f]+$",
            One(ChangeKinds.ConstraintTightened, TraceHeader), Nothing);
        yield return Case("Header parameter loses its maxLength", s => ((JObject)Parameter(s, "get", "X-Trace-Id")["schema"]!).Remove("maxLength"),
            Nothing, One(ChangeKinds.ConstraintRelaxed, TraceHeader));
        yield return Case("Optional header parameter added", s => ((JArray)s.Operation("post")["parameters"]!).Add(JObject.Parse("""{ "name": "Idempotency-Key", "in": "header", "schema": { "type": "string" } }""")),
            Nothing, One(ChangeKinds.OptionalParameterAdded, Post + " parameter 'Idempotency-Key' (header)"));
    }

    private static IEnumerable<TestCaseData> ResponseHeaders()
    {
        yield return Case("Retry-After no longer declared", s => ((JObject)Response(s, "post", "429")["headers"]!).Remove("Retry-After"),
            One(ChangeKinds.ResponseHeaderRemoved, Post + " response 429 header Retry-After"), Nothing);
        yield return Case("The response declaring Retry-After removed", s => ((JObject)s.Operation("post")["responses"]!).Remove("429"),
            One(ChangeKinds.ResponseHeaderRemoved, Post + " response 429 header Retry-After"), Nothing);
        yield return Case("X-Request-Id no longer declared", s => ((JObject)Response(s, "post", "201")).Remove("headers"),
            One(ChangeKinds.ResponseHeaderRemoved, Post + " response 201 header X-Request-Id"), Nothing);
        yield return Case("X-Request-Id declared on another response", s => Response(s, "get", "200")["headers"] = JObject.Parse("""{ "X-Request-Id": { "schema": { "type": "string" } } }"""),
            Nothing, One(ChangeKinds.ResponseHeaderAdded, Get + " response 200 header X-Request-Id"));
        yield return Case("Retry-After declared on a 503", s => s.Operation("get")["responses"]!["503"] = JObject.Parse("""{ "description": "", "headers": { "Retry-After": { "schema": { "type": "string" } } } }"""),
            Nothing, One(ChangeKinds.ResponseHeaderAdded, Get + " response 503 header Retry-After"));
        yield return Case("Retry-After renamed in another case", s => ((JObject)Response(s, "post", "429")["headers"]!).Rename("Retry-After", "retry-after"), Nothing, Nothing);
        yield return Case("A header the client does not read", s => Response(s, "get", "200")["headers"] = JObject.Parse("""{ "X-RateLimit-Remaining": { "schema": { "type": "integer" } } }"""),
            Nothing, Nothing);
    }

    [TestCaseSource(nameof(SecuritySchemes))]
    [TestCaseSource(nameof(Servers))]
    [TestCaseSource(nameof(ContentTypes))]
    [TestCaseSource(nameof(Constraints))]
    [TestCaseSource(nameof(HeaderParameters))]
    [TestCaseSource(nameof(ResponseHeaders))]
    public void The_report_lists_exactly_these_breaking_and_additive_changes(Action<JObject> change, (string Kind, string Location)[] breaking, (string Kind, string Location)[] additive)
    {
        var report = DriftReport.Create(SpecVariants.Base(), SpecVariants.With(change), []);

        Assert.That(report.Breaking.Select(c => (c.Kind, c.Location)), Is.EquivalentTo(breaking), "breaking");
        Assert.That(report.Additive.Select(c => (c.Kind, c.Location)), Is.EquivalentTo(additive), "additive");
    }

    [Test]
    public void The_details_say_what_changed()
    {
        var report = DriftReport.Create(SpecVariants.Base(), SpecVariants.With(s =>
        {
            Scheme(s)["name"] = "Authorization";
            s["servers"]![0]!["url"] = "https://api.things.example";
            s.Properties("ThingInput")["name"]!["maxLength"] = 50;
        }), []);

        Assert.That(report.Breaking.Select(c => c.ToString()), Is.EquivalentTo(new[]
        {
            "[security-scheme-changed] security scheme ApiKeyAuth: apiKey in header 'X-API-Key' is now apiKey in header 'Authorization'",
            "[server-url-changed] servers: the production URL https://api.things.test is now https://api.things.example; the client's default base URL and the hosts it sends the key to must follow",
            "[constraint-tightened] request ThingInput.name: maxLength 100 is now 50",
        }));
    }

    [Test]
    public void Every_response_header_the_checker_watches_is_one_the_client_reads()
    {
        var clientSources = Directory.GetFiles(Path.Combine(Wassist.Tests.Shared.RepositoryRoot.Path, "src", "Wassist.Client"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}"))
            .Select(File.ReadAllText).ToList();

        Assert.That(SpecDiff.HeadersTheClientReads, Is.EquivalentTo(new[] { "Retry-After", "X-Request-Id" }));
        foreach (var header in SpecDiff.HeadersTheClientReads)
        {
            Assert.That(clientSources.Any(source => source.Contains($"\"{header}\"")), Is.True, $"no hand-written client code reads \"{header}\"");
        }
    }
}
