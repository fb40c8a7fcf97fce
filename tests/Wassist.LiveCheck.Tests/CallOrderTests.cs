using System;
using System.Diagnostics;
using System.Linq;
using System.Net.Http;
using System.Threading.Tasks;
using Newtonsoft.Json.Linq;
using NUnit.Framework;
using Wassist.Testing;

namespace Wassist.LiveCheck.Tests;

/// <summary>What the live check sends: only GETs, lists before the reads that take ids from them, paced and limited.</summary>
public class CallOrderTests
{
    [Test]
    public async Task It_sends_only_GETs_and_reads_by_id_with_ids_from_the_lists()
    {
        using var fake = new FakeWassist();
        var agentId = await LiveCheckHarness.SeedAsync(fake);
        fake.Respond("PhoneNumbers_List", 200, """[{"number":"447700900481","whatsappPhoneNumberId":"109876543210"}]""");
        var seeded = fake.Calls.Count;

        await LiveCheckHarness.RunAsync(fake, "--json");

        var calls = fake.Calls.Skip(seeded).ToList();
        Assert.That(calls.Select(c => c.Method).Distinct(), Is.EqualTo(new[] { "GET" }));
        Assert.That(calls.Select(c => c.Path), Does.Contain($"/api/v1/agents/{agentId}/"));
        Assert.That(calls.Select(c => c.Path), Does.Contain("/api/v1/phone-numbers/447700900481/business-profile/"));
        Assert.That(calls.FindIndex(c => c.Path == "/api/v1/agents/"), Is.LessThan(calls.FindIndex(c => c.Path == $"/api/v1/agents/{agentId}/")));
        Assert.That(calls.Select(c => c.Path).Distinct().Count(), Is.EqualTo(calls.Count), "each operation is asked once");
    }

    [Test]
    public async Task Max_operations_limits_the_calls_and_reports_the_rest_as_skipped()
    {
        using var fake = new FakeWassist();

        var (exit, output, _) = await LiveCheckHarness.RunAsync(fake, "--json", "--max-operations", "3");

        var summary = JObject.Parse(output)["summary"]!;
        Assert.That(fake.Calls, Has.Count.EqualTo(3));
        Assert.That((int)summary["operations"]!, Is.EqualTo(43));
        Assert.That((int)summary["skipped"]!, Is.EqualTo(40));
        Assert.That(exit, Is.Zero);
    }

    [Test]
    public async Task A_429_is_waited_out_for_its_Retry_After_and_asked_again()
    {
        using var fake = new FakeWassist();
        fake.FailNext("Agents_List", 429, TimeSpan.FromSeconds(1));
        var clock = Stopwatch.StartNew();

        var (exit, output, _) = await LiveCheckHarness.RunAsync(fake, "--json", "--max-operations", "1");

        Assert.That(clock.Elapsed, Is.GreaterThanOrEqualTo(TimeSpan.FromSeconds(1)));
        Assert.That(fake.Calls.Select(c => c.StatusCode), Is.EqualTo(new int?[] { 429, 200 }));
        Assert.That(LiveCheckHarness.Problems(output), Is.Empty);
        Assert.That(exit, Is.Zero);
    }

    [Test]
    public async Task Requests_are_spaced_by_the_interval()
    {
        using var fake = new FakeWassist();
        var output = new System.IO.StringWriter();
        var clock = Stopwatch.StartNew();

        await LiveCheck.RunAsync(["--max-operations", "3", "--interval", "0.4"], LiveCheckHarness.ApiKey, fake, output, new System.IO.StringWriter(), LiveCheckHarness.Now);

        Assert.That(fake.Calls, Has.Count.EqualTo(3));
        Assert.That(clock.Elapsed, Is.GreaterThanOrEqualTo(TimeSpan.FromSeconds(0.8)), "three requests, two gaps of 0.4 s");
    }

    [Test]
    public async Task Json_mode_prints_the_documented_shape_alone_on_standard_output()
    {
        using var fake = new FakeWassist();

        var (_, output, _) = await LiveCheckHarness.RunAsync(fake, "--json", "--max-operations", "1");

        var report = JObject.Parse(output);
        Assert.That(report.Properties().Select(p => p.Name), Is.EqualTo(new[] { "operations", "summary" }));
        Assert.That(report["operations"]![0]!.ToObject<JObject>()!.Properties().Select(p => p.Name), Is.EqualTo(new[] { "operation", "method", "path", "status", "skipped", "problems" }));
        Assert.That(report["operations"]![0]!.ToString(Newtonsoft.Json.Formatting.None), Is.EqualTo("""{"operation":"Agents_List","method":"GET","path":"/api/v1/agents/","status":200,"skipped":false,"problems":[]}"""));
        Assert.That(report["operations"]![1]!["status"]!.Type, Is.EqualTo(JTokenType.Null), "a skipped operation has no status");
        Assert.That(report["summary"]!.ToObject<JObject>()!.Properties().Select(p => p.Name), Is.EqualTo(new[] { "operations", "skipped", "problems" }));
    }

    [Test]
    public async Task Without_a_key_it_sends_nothing_and_exits_2_naming_the_variable()
    {
        using var fake = new FakeWassist();
        var log = new System.IO.StringWriter();

        var exit = await LiveCheck.RunAsync(["--json"], apiKey: null, fake, new System.IO.StringWriter(), log, LiveCheckHarness.Now);

        Assert.That(exit, Is.EqualTo(2));
        Assert.That(log.ToString(), Does.Contain("WASSIST_API_KEY"));
        Assert.That(fake.Calls, Is.Empty);
    }

    [Test]
    public async Task It_checks_a_server_at_a_base_url_over_http()
    {
        using var fake = new FakeWassist { ApiKey = LiveCheckHarness.ApiKey };
        using var listener = fake.Listen();
        using var network = new SocketsHttpHandler();

        var (exit, output, log) = await LiveCheckHarness.RunAsync(network, "--base-url", listener.BaseUrl.ToString(), "--max-operations", "2");

        Assert.That(output, Does.StartWith($"Live check of {listener.BaseUrl}: 43 GET operations, 41 skipped, 0 problems."), log);
        Assert.That(fake.Calls.Select(c => c.StatusCode), Is.EqualTo(new int?[] { 200, 200 }), "the key reached the server");
        Assert.That(exit, Is.Zero);
    }
}
