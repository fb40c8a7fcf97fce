using System;
using System.Linq;
using System.Net.Http;
using System.Threading.Tasks;
using NUnit.Framework;

namespace Wassist.Testing.Tests;

/// <summary>FakeWassist over real HTTP on a loopback port, used by a <see cref="WassistClient"/> that only has its URL.</summary>
public class ListenerTests
{
    [Test]
    public async Task A_client_given_only_the_URL_creates_and_reads_back_over_HTTP()
    {
        using var fake = new FakeWassist { ApiKey = "test-key" };
        using var listener = fake.Listen();
        using var wassist = new WassistClient(new WassistClientOptions { ApiKey = "test-key", BaseUrl = listener.BaseUrl.ToString() });

        var created = await wassist.Agents.CreateAsync(new CreateAgentInput { Name = "Front desk" });
        var read = await wassist.Agents.GetAsync(created.Id!.Value);

        Assert.That(listener.BaseUrl.Host, Is.EqualTo("127.0.0.1"));
        Assert.That(listener.BaseUrl.Port, Is.GreaterThan(0));
        Assert.That(read.Name, Is.EqualTo("Front desk"));
        Assert.That(fake.Calls.Select(c => $"{c.OperationId} {c.StatusCode} {c.Body}"), Is.EqualTo(new[]
        {
            "Agents_Create 201 {\"name\":\"Front desk\"}",
            $"Agents_Get 200 ",
        }));
    }

    [Test]
    public async Task Errors_and_their_headers_travel_over_HTTP()
    {
        using var fake = new FakeWassist();
        using var listener = fake.Listen();
        using var wassist = new WassistClient(new WassistClientOptions { ApiKey = "test-key", BaseUrl = listener.BaseUrl.ToString(), MaxRetries = 0 });
        fake.FailNext("Agents_List", 429, TimeSpan.FromSeconds(7));

        var error = await Assert.CatchAsync<WassistApiException>(() => wassist.Agents.ListAsync());

        Assert.That(error!.StatusCode, Is.EqualTo(429));
        Assert.That(error.RetryAfter, Is.EqualTo(TimeSpan.FromSeconds(7)));
    }

    [Test]
    public async Task An_injected_reset_resets_the_connection()
    {
        using var fake = new FakeWassist();
        using var listener = fake.Listen();
        using var http = new HttpClient();
        fake.ResetConnectionNext("Agents_List");

        var error = await Assert.CatchAsync<HttpRequestException>(() => http.SendAsync(WithKey(new Uri(listener.BaseUrl, "api/v1/agents/"))));
        using var after = await http.SendAsync(WithKey(new Uri(listener.BaseUrl, "api/v1/agents/")));

        Assert.That(error!.ToString(), Does.Contain("reset").Or.Contain("closed").Or.Contain("prematurely"));
        Assert.That(fake.Calls.Select(c => c.StatusCode), Is.EqualTo(new int?[] { null, 200 }));
        Assert.That((int)after.StatusCode, Is.EqualTo(200));
    }

    [Test]
    public async Task Disposing_the_listener_or_the_fake_stops_listening()
    {
        var fake = new FakeWassist();
        var listener = fake.Listen();
        var second = fake.Listen();
        using var http = new HttpClient();

        listener.Dispose();
        fake.Dispose();

        Assert.That(second.BaseUrl, Is.Not.EqualTo(listener.BaseUrl));
        await Assert.CatchAsync<HttpRequestException>(() => http.GetAsync(new Uri(listener.BaseUrl, "api/v1/agents/")));
        await Assert.CatchAsync<HttpRequestException>(() => http.GetAsync(new Uri(second.BaseUrl, "api/v1/agents/")));
    }

    private static HttpRequestMessage WithKey(Uri url)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Add("X-API-Key", "test-key");
        return request;
    }
}
