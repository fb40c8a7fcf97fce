using System;
using System.Linq;
using System.Net.Http;
using System.Reflection;
using System.Runtime.Versioning;
using System.Threading.Tasks;
using NUnit.Framework;
using RichardSzalay.MockHttp;
using Wassist.Client.Tests;
using Wassist.Tests.Shared;

namespace Wassist.Client.NetStandard.Tests;

/// <summary>What only the netstandard2.0 build has: its own transport (HttpClientHandler, no redirects) and page-at-a-time paging.</summary>
public class NetStandardBuildTests
{
    private const string AgentId = "7d3b8f0e-2c41-4a8e-9f6d-1b2c3d4e5f60";

    [Promise("netstandard-build-tested")]
    [Test]
    public void These_tests_run_against_the_netstandard2_0_build()
    {
        var framework = typeof(WassistClient).Assembly.GetCustomAttribute<TargetFrameworkAttribute>()!.FrameworkName;

        Assert.That(framework, Is.EqualTo(".NETStandard,Version=v2.0"));
    }

    [Test]
    public async Task The_clients_own_transport_sends_the_key_and_reads_the_answer_over_a_socket()
    {
        using var server = new RawHttpServer(_ => RawHttpServer.Json(200, "OK", "{\"id\":\"" + AgentId + "\",\"name\":\"Support\"}"));
        using var wassist = new WassistClient(new WassistClientOptions { ApiKey = TestClient.ApiKey, BaseUrl = server.BaseUrl });

        var agent = await wassist.Agents.GetAsync(System.Guid.Parse(AgentId));

        Assert.That(agent.Name, Is.EqualTo("Support"));
        Assert.That(server.Requests.Single(), Does.StartWith($"GET /api/v1/agents/{AgentId}/ HTTP/1.1").And.Contain($"X-API-Key: {TestClient.ApiKey}"));
    }

    [Promise("no-redirects")]
    [Test]
    public async Task The_clients_own_transport_does_not_follow_a_redirect()
    {
        using var server = new RawHttpServer(_ => "HTTP/1.1 302 Found\r\nLocation: http://127.0.0.2:9/steal\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
        using var wassist = new WassistClient(new WassistClientOptions { ApiKey = TestClient.ApiKey, BaseUrl = server.BaseUrl, MaxRetries = 0 });

        var error = await Assert.CatchAsync<WassistApiException>(() => wassist.Agents.GetAsync(System.Guid.Parse(AgentId)));

        Assert.That(error!.StatusCode, Is.EqualTo(302));
        Assert.That(server.Requests, Has.Count.EqualTo(1));
    }

    [Promise("page-at-a-time-netstandard")]
    [Test]
    public async Task Paging_goes_a_page_at_a_time_to_the_last_page()
    {
        using var test = new TestClient();
        // MockHttp matches a query as a subset: the longer one first.
        test.Handler.When("https://backend.wassist.app/api/v1/agents/?limit=1&offset=1").Respond("application/json",
            """{"count":2,"next":null,"previous":"https://backend.wassist.app/api/v1/agents/?limit=1","results":[{"name":"Support"}]}""");
        test.Handler.When("https://backend.wassist.app/api/v1/agents/?limit=1").Respond("application/json",
            """{"count":2,"next":"https://backend.wassist.app/api/v1/agents/?limit=1&offset=1","previous":null,"results":[{"name":"Sales"}]}""");

        var first = await test.Wassist.Paging.GetFirstPageAsync<Agent>("api/v1/agents/", [new("limit", "1")]);
        var second = await test.Wassist.Paging.GetNextPageAsync(first);
        var end = await test.Wassist.Paging.GetNextPageAsync(second!);

        Assert.That(first.Items.Single().Name, Is.EqualTo("Sales"));
        Assert.That(first.TotalCount, Is.EqualTo(2));
        Assert.That(second!.Items.Single().Name, Is.EqualTo("Support"));
        Assert.That(second.PreviousPageUrl, Is.EqualTo(new Uri("https://backend.wassist.app/api/v1/agents/?limit=1")));
        Assert.That(end, Is.Null);
    }
}
