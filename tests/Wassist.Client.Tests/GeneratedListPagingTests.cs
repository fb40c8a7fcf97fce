using System.Collections.Generic;
using System.Threading.Tasks;
using NUnit.Framework;
using RichardSzalay.MockHttp;
using Wassist.Tests.Shared;

namespace Wassist.Client.Tests;

/// <summary>The EnumerateAsync overload generated for each envelope list walks a generated list method to its end.</summary>
public class GeneratedListPagingTests
{
    [Promise("list-all-next-links")]
    [Test]
    public async Task Agents_are_read_page_after_page_through_the_absolute_next_links_until_next_is_null()
    {
        using var test = new TestClient();
        var requested = new List<string>();
        test.Handler.When("*").Respond(request =>
        {
            requested.Add(request.RequestUri!.PathAndQuery);
            return request.RequestUri.Query.Contains("offset=2")
                ? TestHttp.Json(200, """{"count":3,"next":null,"previous":"https://backend.wassist.app/api/v1/agents/?limit=2","results":[{"name":"Gamma"}]}""")
                : TestHttp.Json(200, """{"count":3,"next":"https://backend.wassist.app/api/v1/agents/?limit=2&offset=2","previous":null,"results":[{"name":"Alpha"},{"name":"Beta"}]}""");
        });

        var names = new List<string?>();
        await foreach (var agent in test.Wassist.Paging.EnumerateAsync(ct => test.Wassist.Agents.ListAsync(limit: 2, cancellationToken: ct)))
        {
            names.Add(agent.Name);
        }

        Assert.That(names, Is.EqualTo(new[] { "Alpha", "Beta", "Gamma" }));
        Assert.That(requested, Is.EqualTo(new[] { "/api/v1/agents/?limit=2", "/api/v1/agents/?limit=2&offset=2" }));
    }
}
