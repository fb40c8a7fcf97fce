using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using Newtonsoft.Json.Linq;
using NUnit.Framework;
using RichardSzalay.MockHttp;
using Wassist.Tests.Shared;

namespace Wassist.Client.Tests.Hardening;

/// <summary>
/// Property: for every operation, a live-shaped answer with any one value replaced by a value of another kind (or the
/// whole body mangled) either reads, or fails as a <see cref="WassistApiException"/> that holds no key. No other
/// exception type comes out. The run is bounded (a few hundred cases, about a second or two).
/// </summary>
public class MutatedAnswerProperties
{
    private static readonly string[] Replacements =
    [
        "{}", "[]", "{\"id\":\"11111111-2222-4333-8444-555555555555\",\"results\":[{\"name\":\"INJECTED\"}]}", "[\"a\",{\"b\":1},null]",
        "\"not-a-uuid\"", "\"\"", "\"yesterday\"", "99999999999", "123456789012345678901234567890", "-1.5e300", "12.75", "true", "null",
        $"\"{TestClient.ApiKey}\"", $"{{\"detail\":\"{TestClient.ApiKey}\"}}",
    ];

    private static readonly Func<string, string>[] BodyMangles =
    [
        body => body.Substring(0, body.Length / 2),
        _ => "",
        _ => "null",
        body => "[" + body + "]",
        body => body + " trailing",
        _ => "<html>502 Bad Gateway</html>",
    ];

    /// <summary>One generated case: an operation, a status, and its answer body.</summary>
    public sealed record Case(OperationFixture Operation, int Status, string Body)
    {
        public override string ToString() => $"{Operation.Operation} {Status}: {Body}";
    }

    [Promise("unreadable-2xx")]
    [Test]
    public void Every_operation_reads_a_mutated_answer_or_fails_as_a_WassistApiException_without_the_key()
    {
        var operations = OperationFixture.All().Where(o => o.ResponseBody is { Length: > 0 } body && body.TrimStart()[0] is '{' or '[').ToArray();
        var cases =
            from operation in Gen.Elements(operations)
            from status in Gen.Frequency((9, Gen.Constant(operation.Status)), (1, Gen.Elements(200, 201, 202)))
            from mangleWhole in Gen.Frequency((5, Gen.Constant(false)), (1, Gen.Constant(true)))
            from pick in Gen.Choose(0, 1_000_000)
            from replacement in Gen.Elements(Replacements)
            from mangle in Gen.Elements(BodyMangles)
            select new Case(operation, status, mangleWhole ? mangle(operation.ResponseBody!) : Replace(operation.ResponseBody!, pick, replacement));

        Prop.ForAll(cases.ToArbitrary(), Holds).Check(Config.QuickThrowOnFailure.WithMaxTest(400).WithQuietOnSuccess(true));
    }

    /// <summary>The body with the value at one of its nodes (chosen by <paramref name="pick"/>) replaced.</summary>
    private static string Replace(string body, int pick, string replacement)
    {
        var root = JToken.Parse(body);
        var nodes = (root is JContainer container ? container.DescendantsAndSelf() : [root]).Where(t => t.Parent is JProperty or JArray).ToList();
        if (nodes.Count == 0)
        {
            return replacement;
        }

        nodes[pick % nodes.Count].Replace(JToken.Parse(replacement));
        return root.ToString(Newtonsoft.Json.Formatting.None);
    }

    private static bool Holds(Case @case)
    {
        using var test = new TestClient();
        test.Handler.When("*").Respond(_ => new HttpResponseMessage((HttpStatusCode)@case.Status) { Content = new StringContent(@case.Body, Encoding.UTF8, "application/json") });
        try
        {
            OperationFixtureTests.Invoke(test.Wassist, @case.Operation).GetAwaiter().GetResult();
            return true;
        }
        catch (WassistApiException e)
        {
            return !e.ToString().Contains(TestClient.ApiKey, StringComparison.Ordinal)
                && !(e.Response ?? "").Contains(TestClient.ApiKey, StringComparison.Ordinal)
                && !e.Headers.SelectMany(h => h.Value).Any(v => v.Contains(TestClient.ApiKey, StringComparison.Ordinal));
        }
    }
}
