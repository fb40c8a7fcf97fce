using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using NUnit.Framework;
using RichardSzalay.MockHttp;

namespace Wassist.Client.Tests;

/// <summary>List options and ListAllAsync on the resource clients, and the calls that cannot be made wrong.</summary>
public class ListAllTests
{
    [Test]
    public async Task Conversations_matching_the_options_are_read_page_after_page_with_the_filters_on_the_first_request()
    {
        using var test = new TestClient();
        var requested = new List<string>();
        test.Handler.When("*").Respond(request =>
        {
            requested.Add(request.RequestUri!.PathAndQuery);
            return request.RequestUri.Query.Contains("offset=2")
                ? TestHttp.Json(200, """{"count":3,"next":null,"previous":null,"results":[{"id":"00000000-0000-4000-8000-000000000003"}]}""")
                : TestHttp.Json(200, """{"count":3,"next":"https://backend.wassist.app/api/v1/conversations/?limit=2&offset=2","previous":null,"results":[{"id":"00000000-0000-4000-8000-000000000001"},{"id":"00000000-0000-4000-8000-000000000002"}]}""");
        });
        var options = new ConversationListOptions { Agent = TestClient.AgentId, Status = ConversationStatus.Active, PageSize = 2 };

        var ids = new List<Guid?>();
        await foreach (var conversation in test.Wassist.Conversations.ListAllAsync(options))
        {
            ids.Add(conversation.Id);
        }

        Assert.That(ids, Is.EqualTo(new Guid?[] { Guid.Parse("00000000-0000-4000-8000-000000000001"), Guid.Parse("00000000-0000-4000-8000-000000000002"), Guid.Parse("00000000-0000-4000-8000-000000000003") }));
        Assert.That(requested, Is.EqualTo(new[]
        {
            "/api/v1/conversations/?agent=7d3b8f0e-2c41-4a8e-9f6d-1b2c3d4e5f60&limit=2&status=active",
            "/api/v1/conversations/?limit=2&offset=2",
        }));
    }

    [Test]
    public async Task Agents_are_all_read_through_the_resource_client()
    {
        using var test = new TestClient();
        test.Handler.When("*").Respond(request => request.RequestUri!.Query.Contains("offset=1")
            ? TestHttp.Json(200, """{"count":2,"next":null,"previous":null,"results":[{"name":"Beta"}]}""")
            : TestHttp.Json(200, """{"count":2,"next":"https://backend.wassist.app/api/v1/agents/?limit=1&offset=1","previous":null,"results":[{"name":"Alpha"}]}"""));

        var names = new List<string?>();
        await foreach (var agent in test.Wassist.Agents.ListAllAsync(pageSize: 1))
        {
            names.Add(agent.Name);
        }

        Assert.That(names, Is.EqualTo(new[] { "Alpha", "Beta" }));
    }

    [Test]
    public async Task Request_options_go_with_every_page_request()
    {
        using var test = new TestClient();
        var headers = new List<string>();
        test.Handler.When("*").Respond(request =>
        {
            headers.Add(string.Join("|", request.Headers.GetValues("X-Request-Id")));
            return request.RequestUri!.Query.Contains("offset=1")
                ? TestHttp.Json(200, """{"count":2,"next":null,"previous":null,"results":[{"id":"00000000-0000-4000-8000-000000000002"}]}""")
                : TestHttp.Json(200, """{"count":2,"next":"https://backend.wassist.app/api/v1/webhook-deliveries/?limit=1&offset=1","previous":null,"results":[{"id":"00000000-0000-4000-8000-000000000001"}]}""");
        });

        var count = 0;
        await foreach (var delivery in test.Wassist.WebhookDeliveries.ListAllAsync(pageSize: 1, new WassistRequestOptions { Headers = { ["X-Request-Id"] = "audit-9" } }))
        {
            count++;
        }

        Assert.That(count, Is.EqualTo(2));
        Assert.That(headers, Is.EqualTo(new[] { "audit-9", "audit-9" }));
    }

    [Test]
    public async Task A_missing_request_body_is_refused_before_anything_is_sent()
    {
        using var test = new TestClient();

        var error = await Assert.ThrowsAsync<ArgumentNullException>(() => test.Wassist.Conversations.CreateAsync(null!));

        Assert.That(error!.ParamName, Is.EqualTo("body"));
    }

    [Test]
    public void Missing_list_options_are_refused_before_anything_is_sent()
    {
        using var test = new TestClient();

        var error = Assert.Throws<ArgumentNullException>(() => test.Wassist.Conversations.ListAsync((ConversationListOptions)null!));

        Assert.That(error!.ParamName, Is.EqualTo("options"));
    }
}
