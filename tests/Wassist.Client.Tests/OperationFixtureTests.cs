using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Reflection;
using System.Text.RegularExpressions;
using System.Threading;
using System.Threading.Tasks;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using NUnit.Framework;
using RichardSzalay.MockHttp;
using Wassist.Serialization;
using Wassist.Tests.Shared;

namespace Wassist.Client.Tests;

/// <summary>
/// Every operation, driven from its fixtures: the generated method sends exactly the recorded request (method, path
/// with its trailing slash, query, body bytes, key) and reads the recorded live-shape response with every value intact.
/// </summary>
public class OperationFixtureTests
{
    private static readonly Regex IsoDateTime = new(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$");

    public static IEnumerable<TestCaseData> Operations() =>
        OperationFixture.All().Select(o => new TestCaseData(o).SetArgDisplayNames(o.Operation));

    public static IEnumerable<TestCaseData> ListOperations() =>
        OperationFixture.All()
            .Where(o => o.ResponseBody is { } body && IsPage(JToken.Parse(body)))
            .Select(o => new TestCaseData(o).SetArgDisplayNames(o.Operation));

    [TestCaseSource(nameof(Operations))]
    public async Task Sends_the_recorded_request_and_reads_the_recorded_response(OperationFixture fixture)
    {
        using var test = new TestClient();
        CapturedRequest? sent = null;
        test.Handler.When("*").Respond(request =>
        {
            sent = new CapturedRequest();
            sent.Record(request);
            return Answer(fixture.Status, fixture.ResponseBody);
        });

        var result = await Invoke(test.Wassist, fixture);

        Assert.That(sent, Is.Not.Null, "no request was sent");
        Assert.Multiple(() =>
        {
            Assert.That(sent!.Method, Is.EqualTo(fixture.HttpMethod));
            Assert.That(sent.OriginalUrl, Is.EqualTo("https://backend.wassist.app" + fixture.PathAndQuery));
            Assert.That(sent.ApiKeyHeader, Is.EqualTo(TestClient.ApiKey));
            if (fixture.RequestBody is null)
            {
                Assert.That(sent.Body, Is.Null.Or.Empty, "this operation sends no body");
            }
            else
            {
                Assert.That(sent.Body, Is.EqualTo(fixture.RequestBody));
            }

            if (fixture.ResponseBody is null)
            {
                Assert.That(ResultType(test.Wassist, fixture), Is.Null, "an operation documented without a body returns no result");
            }
            else
            {
                AssertSameJson(result, fixture.ResponseBody);
                Assert.That(UntypedFields.In(result), Is.EquivalentTo(fixture.ExpectedExtraFields), "response fields read into AdditionalProperties instead of a typed property");
            }
        });
    }

    public static IEnumerable<TestCaseData> OperationsWithBodies() =>
        OperationFixture.All().Where(o => o.RequestBody is not null).Select(o => new TestCaseData(o).SetArgDisplayNames(o.Operation));

    [TestCaseSource(nameof(OperationsWithBodies))]
    public void Every_field_of_the_recorded_request_body_has_a_typed_property(OperationFixture fixture)
    {
        using var test = new TestClient();
        var body = Method(test.Wassist, fixture).GetParameters().SingleOrDefault(p => p.Name == "body");

        Assert.That(body, Is.Not.Null, "the fixture records a body the method cannot take");
        Assert.That(UntypedFields.In(Argument(body!, fixture)), Is.Empty, "request fields the model would only pass through AdditionalProperties");
    }

    [TestCaseSource(nameof(ListOperations))]
    public async Task A_list_reads_the_same_items_from_a_page_envelope_and_from_a_bare_array(OperationFixture fixture)
    {
        var recorded = AsWritten(fixture.ResponseBody!);
        var items = recorded is JArray array ? array : (JArray)recorded["results"]!;
        var otherShape = recorded is JArray
            ? new JObject { ["count"] = items.Count, ["next"] = null, ["previous"] = null, ["results"] = items }
            : (JToken)items;
        using var test = new TestClient();
        test.Handler.When("*").Respond(_ => Answer(fixture.Status, otherShape.ToString(Formatting.None)));

        var result = await Invoke(test.Wassist, fixture);

        var read = AsWritten(JsonConvert.SerializeObject(result, ResponseSettings()));
        var readItems = read is JArray readArray ? readArray : (JArray)read["results"]!;
        Assert.That(Differences(Canonical(readItems), Canonical(items), "$"), Is.Empty, "items read from the other shape that differ");
    }

    public static IEnumerable<TestCaseData> ErrorAnswers() =>
        OperationFixture.Errors().Select(o => new TestCaseData(o).SetArgDisplayNames($"{o.Operation} {o.Status}"));

    [Promise("non-2xx-exception")]
    [TestCaseSource(nameof(ErrorAnswers))]
    public async Task A_documented_error_answer_is_a_WassistApiException_with_its_status_and_text(OperationFixture fixture)
    {
        using var test = new TestClient();
        test.Handler.When("*").Respond(_ => Answer(fixture.Status, fixture.ResponseBody));

        var error = await Assert.CatchAsync<WassistApiException>(() => Invoke(test.Wassist, fixture));

        Assert.Multiple(() =>
        {
            Assert.That(error!.StatusCode, Is.EqualTo(fixture.Status));
            Assert.That(error.Response, Is.EqualTo(fixture.ResponseBody));
            Assert.That(error.ErrorMessage ?? string.Join(" ", error.FieldErrors.SelectMany(f => f.Value)), Is.Not.Empty);
            Assert.That(error.Message, Does.StartWith($"Wassist API error {fixture.Status}"));
        });
    }

    [Test]
    public void Every_operation_of_the_effective_description_has_a_name_a_client_method_and_fixtures()
    {
        var specOperations = EffectiveDescription.OperationIds();
        var clientMethods = typeof(WassistClient).GetProperties()
            .Where(p => p.PropertyType.Name.EndsWith("Client", StringComparison.Ordinal))
            .SelectMany(p => p.PropertyType.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
                .Where(m => m.IsVirtual && m.Name.EndsWith("Async", StringComparison.Ordinal) && m.Name != "ListAllAsync")
                .Select(m => $"{p.Name}_{m.Name.Substring(0, m.Name.Length - "Async".Length)}"))
            .ToHashSet();
        var fixtured = OperationFixture.All().Select(o => o.Operation).ToHashSet();

        Assert.Multiple(() =>
        {
            Assert.That(specOperations, Has.Count.EqualTo(129));
            Assert.That(clientMethods, Is.EquivalentTo(specOperations), "a WassistClient resource method per operation");
            Assert.That(fixtured, Is.EquivalentTo(specOperations), "a request and a response fixture per operation");
        });
    }

    private static HttpResponseMessage Answer(int status, string? body) =>
        new((HttpStatusCode)status) { Content = new StringContent(body ?? "", System.Text.Encoding.UTF8, "application/json") };

    private static bool IsPage(JToken body) => body is JArray || (body is JObject o && o["results"] is JArray && o.ContainsKey("next"));

    /// <summary>Calls the resource method the fixture names, with its arguments and request body; returns its result.</summary>
    /// <param name="replace">Gives a parameter another value than the fixture's; null keeps the fixture's.</param>
    internal static async Task<object?> Invoke(WassistClient wassist, OperationFixture fixture, Func<ParameterInfo, object?>? replace = null)
    {
        var client = typeof(WassistClient).GetProperty(fixture.Resource)!.GetValue(wassist)!;
        var method = Method(wassist, fixture);
        var arguments = method.GetParameters().Select(p => replace?.Invoke(p) ?? Argument(p, fixture)).ToArray();
        var task = (Task)method.Invoke(client, arguments)!;
        await task;
        return method.ReturnType.IsGenericType ? method.ReturnType.GetProperty("Result")!.GetValue(task) : null;
    }

    /// <summary>
    /// The generated method of an operation: the one that takes per-call options (its overload without them, and a
    /// hand-written overload such as the list options, do not).
    /// </summary>
    internal static MethodInfo GeneratedMethod(Type client, string name) =>
        client.GetMethods().SingleOrDefault(m => m.Name == name && m.IsVirtual && m.GetParameters().Any(p => p.ParameterType == typeof(WassistRequestOptions) && p.HasDefaultValue))
        ?? throw new MissingMethodException(client.Name, name);

    private static MethodInfo Method(WassistClient wassist, OperationFixture fixture) =>
        GeneratedMethod(typeof(WassistClient).GetProperty(fixture.Resource)!.GetValue(wassist)!.GetType(), fixture.MethodName);

    /// <summary>The type of the method's result, or null when it returns a plain Task.</summary>
    private static Type? ResultType(WassistClient wassist, OperationFixture fixture) =>
        Method(wassist, fixture).ReturnType is { IsGenericType: true } generic ? generic.GetGenericArguments()[0] : null;

    private static object? Argument(ParameterInfo parameter, OperationFixture fixture)
    {
        if (parameter.ParameterType == typeof(CancellationToken))
        {
            return CancellationToken.None;
        }

        if (parameter.Name == "body")
        {
            return fixture.RequestBody is null
                ? null
                : JsonConvert.DeserializeObject(fixture.RequestBody, parameter.ParameterType, new JsonSerializerSettings { DateParseHandling = DateParseHandling.None });
        }

        return fixture.Arguments.TryGetValue(parameter.Name!, out var value)
            ? value.ToObject(parameter.ParameterType)
            : parameter.HasDefaultValue ? parameter.DefaultValue : throw new ArgumentException($"{fixture.Operation}: the fixture gives no value for '{parameter.Name}'.");
    }

    private static JsonSerializerSettings ResponseSettings()
    {
        var settings = new JsonSerializerSettings();
        WassistJson.Configure(settings, isRequest: false);
        return settings;
    }

    /// <summary>The result, written back as JSON, holds every value of the fixture (nulls are left out when written).</summary>
    private static void AssertSameJson(object? result, string expectedJson)
    {
        var expected = Canonical(AsWritten(expectedJson));
        var actual = Canonical(AsWritten(JsonConvert.SerializeObject(result, ResponseSettings())));
        Assert.That(Differences(actual, expected, "$"), Is.Empty, "values read back that differ from the fixture");
    }

    /// <summary>JSON paths where two documents differ, with both values.</summary>
    private static IEnumerable<string> Differences(JToken actual, JToken expected, string path)
    {
        if (actual is JObject a && expected is JObject e)
        {
            return a.Properties().Select(p => p.Name).Union(e.Properties().Select(p => p.Name))
                .SelectMany(name => a[name] is null || e[name] is null
                    ? [$"{path}.{name}: read {a[name]?.ToString(Formatting.None) ?? "nothing"}, fixture has {e[name]?.ToString(Formatting.None) ?? "nothing"}"]
                    : Differences(a[name]!, e[name]!, $"{path}.{name}"));
        }

        if (actual is JArray aa && expected is JArray ea && aa.Count == ea.Count)
        {
            return aa.Zip(ea).SelectMany((pair, i) => Differences(pair.First, pair.Second, $"{path}[{i}]"));
        }

        return JToken.DeepEquals(actual, expected) ? [] : [$"{path}: read {actual.ToString(Formatting.None)}, fixture has {expected.ToString(Formatting.None)}"];
    }

    /// <summary>JSON text as tokens, strings kept as strings (no date guessing).</summary>
    private static JToken AsWritten(string json) =>
        JsonConvert.DeserializeObject<JToken>(json, new JsonSerializerSettings { DateParseHandling = DateParseHandling.None })!;

    /// <summary>Drops nulls, and makes instants and numbers comparable whatever their written form.</summary>
    private static JToken Canonical(JToken token) => token switch
    {
        JObject o => new JObject(o.Properties().Where(p => p.Value.Type != JTokenType.Null).Select(p => new JProperty(p.Name, Canonical(p.Value)))),
        JArray a => new JArray(a.Select(Canonical)),
        JValue { Type: JTokenType.String } v when IsoDateTime.IsMatch((string)v!) => new JValue(DateTimeOffset.Parse((string)v!, System.Globalization.CultureInfo.InvariantCulture).UtcTicks),
        JValue { Type: JTokenType.Integer or JTokenType.Float } v => new JValue(v.ToObject<decimal>()),
        _ => token.DeepClone(),
    };
}
