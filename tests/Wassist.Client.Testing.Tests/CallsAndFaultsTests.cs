using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Newtonsoft.Json.Linq;
using NUnit.Framework;

namespace Wassist.Testing.Tests;

public class CallsAndFaultsTests
{
    [Test]
    public async Task Every_call_is_recorded_with_its_operation_body_and_status_but_not_the_key()
    {
        var fake = new FakeWassist();
        var http = new FakeHttp(fake, apiKey: "secret-key-4711");

        var id = await http.CreateAsync("/api/v1/agents/", """{"name":"Support"}""");
        await http.GetAsync($"/api/v1/agents/{id}/?expand=none");
        await http.GetAsync("/api/v1/nowhere/");

        var calls = fake.Calls;
        Assert.That(calls.Select(c => c.OperationId), Is.EqualTo(new[] { "Agents_Create", "Agents_Get", null }));
        Assert.That(calls.Select(c => c.Method), Is.EqualTo(new[] { "POST", "GET", "GET" }));
        Assert.That(calls[0].Path, Is.EqualTo("/api/v1/agents/"));
        Assert.That(calls[0].Body, Is.EqualTo("""{"name":"Support"}"""));
        Assert.That(calls[1].Path, Is.EqualTo($"/api/v1/agents/{id}/"));
        Assert.That(calls[1].Query, Is.EqualTo("expand=none"));
        Assert.That(calls[1].Body, Is.Null);
        Assert.That(calls.Select(c => c.StatusCode), Is.EqualTo(new int?[] { 201, 200, 404 }));
        Assert.That(string.Join("\n", calls.Select(c => $"{c} {c.Body} {c.Query}")), Does.Not.Contain("secret-key-4711"));
    }

    [Test]
    public async Task FailNext_answers_one_429_with_Retry_After_in_header_and_body_then_serves_again()
    {
        var fake = new FakeWassist();
        var http = new FakeHttp(fake);
        fake.FailNext("Agents_List", 429, TimeSpan.FromSeconds(2));

        var (status, body, response) = await http.GetAsync("/api/v1/agents/");
        var (nextStatus, _, _) = await http.GetAsync("/api/v1/agents/");

        Assert.That(status, Is.EqualTo(429));
        Assert.That(response.Headers.RetryAfter!.Delta, Is.EqualTo(TimeSpan.FromSeconds(2)));
        Assert.That(JToken.DeepEquals(body, JObject.Parse("""{"detail":"Request was throttled. Expected available in 2 seconds.","retry_after":2}""")), Is.True, body!.ToString());
        Assert.That(nextStatus, Is.EqualTo(200));
    }

    [Test]
    public async Task Faults_queue_up_per_operation_and_leave_other_operations_alone()
    {
        var fake = new FakeWassist();
        var http = new FakeHttp(fake);
        fake.FailNext("Agents_List", 500);
        fake.FailNext("Agents_List", 503);

        var (other, _, _) = await http.GetAsync("/api/v1/contacts/");
        var (first, firstBody, _) = await http.GetAsync("/api/v1/agents/");
        var (second, _, _) = await http.GetAsync("/api/v1/agents/");
        var (third, _, _) = await http.GetAsync("/api/v1/agents/");

        Assert.That(new[] { other, first, second, third }, Is.EqualTo(new[] { 200, 500, 503, 200 }));
        Assert.That(firstBody!.ToString(Newtonsoft.Json.Formatting.None), Is.EqualTo("""{"detail":"A server error occurred."}"""));
    }

    [Test]
    public void A_failure_status_outside_4xx_and_5xx_is_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new FakeWassist().FailNext("Agents_List", 200));
    }

    [Test]
    public async Task DelayNext_holds_the_answer_and_honours_cancellation()
    {
        var fake = new FakeWassist();
        var http = fake.CreateHttpClient();
        fake.DelayNext("Agents_List", TimeSpan.FromMilliseconds(300));
        fake.DelayNext("Agents_List", TimeSpan.FromSeconds(30));

        var watch = Stopwatch.StartNew();
        using var delayed = await http.SendAsync(WithKey("/api/v1/agents/"));
        var elapsed = watch.Elapsed;
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(100));

        Assert.That((int)delayed.StatusCode, Is.EqualTo(200));
        Assert.That(elapsed, Is.GreaterThanOrEqualTo(TimeSpan.FromMilliseconds(250)));
        Assert.That(async () => await http.SendAsync(WithKey("/api/v1/agents/"), cancel.Token), Throws.InstanceOf<OperationCanceledException>());
    }

    [Test]
    public async Task ResetConnectionNext_throws_an_HttpRequestException_with_no_answer()
    {
        var fake = new FakeWassist();
        fake.ResetConnectionNext("Agents_List");

        var e = await Assert.ThrowsAsync<HttpRequestException>(() => fake.CreateHttpClient().SendAsync(WithKey("/api/v1/agents/")));
        using var after = await fake.CreateHttpClient().SendAsync(WithKey("/api/v1/agents/"));

        Assert.That(e!.InnerException, Is.InstanceOf<IOException>());
        Assert.That(fake.Calls.Select(c => c.StatusCode), Is.EqualTo(new int?[] { null, 200 }));
        Assert.That(fake.Calls[0].ToString(), Is.EqualTo("GET /api/v1/agents/ -> connection reset"));
    }

    [Test]
    public async Task The_client_reports_an_injected_429_as_a_WassistRateLimitException_with_its_Retry_After()
    {
        var fake = new FakeWassist();
        fake.FailNext("Agents_List", 429, TimeSpan.FromSeconds(7));
        using var wassist = new WassistClient(fake.CreateHttpClient(), new WassistClientOptions { ApiKey = "test-key" });

        var e = await Assert.ThrowsAsync<WassistRateLimitException>(() => wassist.Agents.ListAsync());

        Assert.That(e!.StatusCode, Is.EqualTo(429));
        Assert.That(e.RetryAfter, Is.EqualTo(TimeSpan.FromSeconds(7)));
    }

    [Test]
    public async Task With_the_retry_handler_in_front_a_503_and_a_reset_are_retried_to_success()
    {
        var fake = new FakeWassist();
        fake.FailNext("Agents_List", 503);
        fake.ResetConnectionNext("Agents_List");
        var options = new WassistClientOptions { ApiKey = "test-key", InitialRetryDelay = TimeSpan.FromMilliseconds(1), MaxRetries = 2 };
        using var http = new HttpClient(new WassistRetryHandler(options) { InnerHandler = fake });
        using var wassist = new WassistClient(http, options);

        var page = await wassist.Agents.ListAsync();

        Assert.That(page.Count, Is.Zero);
        Assert.That(fake.Calls.Select(c => c.StatusCode), Is.EqualTo(new int?[] { 503, null, 200 }));
    }

    private static HttpRequestMessage WithKey(string path)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Add("X-API-Key", "test-key");
        return request;
    }
}
