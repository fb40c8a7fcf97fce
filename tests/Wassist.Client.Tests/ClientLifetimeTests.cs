using System;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using NUnit.Framework;
using RichardSzalay.MockHttp;

namespace Wassist.Client.Tests;

/// <summary>
/// Who owns the HttpClient: a client disposes the one it created and never one the caller passed in. Its own
/// HttpClient leaves timeouts to the retry handler, and the options are required.
/// </summary>
public class ClientLifetimeTests
{
    private const string AgentUrl = "https://backend.wassist.app/api/v1/agents/7d3b8f0e-2c41-4a8e-9f6d-1b2c3d4e5f60/";

    [Test]
    public async Task Disposing_the_client_leaves_the_callers_HttpClient_working()
    {
        using var handler = new MockHttpMessageHandler();
        handler.When(HttpMethod.Get, AgentUrl).Respond("application/json", "{\"name\":\"Support\"}");
        using var http = handler.ToHttpClient();
        var wassist = new WassistClient(http, new WassistClientOptions { ApiKey = TestClient.ApiKey });

        wassist.Dispose();
        using var response = await http.GetAsync(AgentUrl);

        Assert.That(await response.Content.ReadAsStringAsync(), Is.EqualTo("{\"name\":\"Support\"}"));
    }

    [Test]
    public async Task Disposing_a_client_that_made_its_own_HttpClient_ends_it()
    {
        var wassist = new WassistClient(new WassistClientOptions { ApiKey = TestClient.ApiKey, BaseUrl = "http://127.0.0.1:9" });

        wassist.Dispose();

        await Assert.ThrowsAsync<ObjectDisposedException>(() => wassist.Agents.GetAsync(TestClient.AgentId), "nothing is sent once the client is disposed");
    }

    [Test]
    public void The_clients_own_HttpClient_has_no_timeout_of_its_own()
    {
        // HttpClient's default of 100 s would cut short a Timeout of 3 minutes; the retry handler enforces both timeouts.
        using var http = WassistClient.CreateHttpClient(new WassistClientOptions { ApiKey = TestClient.ApiKey, Timeout = TimeSpan.FromMinutes(5) });

        Assert.That(http.Timeout, Is.EqualTo(Timeout.InfiniteTimeSpan));
    }

    [Test]
    public void Paging_is_one_instance_per_client()
    {
        using var wassist = new WassistClient(TestClient.ApiKey);

        var paging = wassist.Paging;

        Assert.That(wassist.Paging, Is.SameAs(paging));
    }

    [Test]
    public void The_options_are_required()
    {
        using var http = new HttpClient();

        var alone = Assert.Throws<ArgumentNullException>(() => new WassistClient((WassistClientOptions)null!));
        var withHttp = Assert.Throws<ArgumentNullException>(() => new WassistClient(http, null!));

        Assert.That((alone!.ParamName, withHttp!.ParamName), Is.EqualTo(("options", "options")));
    }
}
