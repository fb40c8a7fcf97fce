using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using NUnit.Framework;
using RichardSzalay.MockHttp;
using Wassist.Tests.Shared;

namespace Wassist.Client.Tests;

/// <summary>WassistPaging: follows absolute next links, reads bare arrays as one page, stays lazy and flat in memory.</summary>
public class PagingTests
{
    private const string ListPath = "api/v1/conversations/";
    private const string ListUrl = "https://backend.wassist.app/api/v1/conversations/";

    private static string Item(int n) => $"{{\"id\":\"{new Guid(n, 0, 0, new byte[8]):D}\",\"active\":true,\"chatWindowRemainingTime\":{n}}}";

    private static string Envelope(int count, string? next, string? previous, IEnumerable<int> items) =>
        $"{{\"count\":{count},\"next\":{(next is null ? "null" : "\"" + next + "\"")},\"previous\":{(previous is null ? "null" : "\"" + previous + "\"")},\"results\":[{string.Join(",", items.Select(Item))}]}}";

    /// <summary>Serves a list of <paramref name="total"/> items in pages of <paramref name="limit"/>, DRF style, recording every URL asked for.</summary>
    private static List<string> ServeList(MockHttpMessageHandler handler, int total, int limit, string host = "https://backend.wassist.app")
    {
        var asked = new List<string>();
        handler.When(HttpMethod.Get, "*").Respond(request =>
        {
            asked.Add(request.RequestUri!.AbsoluteUri);
            Assert.That(request.Headers.GetValues("X-API-Key").Single(), Is.EqualTo(TestClient.ApiKey));
            var query = System.Web.HttpUtility.ParseQueryString(request.RequestUri.Query);
            var offset = int.Parse(query["offset"] ?? "0");
            var next = offset + limit < total ? $"{host}/api/v1/conversations/?limit={limit}&offset={offset + limit}" : null;
            var previous = offset > 0 ? $"{host}/api/v1/conversations/?limit={limit}&offset={Math.Max(0, offset - limit)}" : null;
            return TestHttp.Json(200, Envelope(total, next, previous, Enumerable.Range(offset, Math.Min(limit, total - offset))));
        });
        return asked;
    }

    private static readonly KeyValuePair<string, string?>[] Limit2 = [new("limit", "2"), new("agent", null)];

    [Test]
    public async Task GetAllAsync_follows_next_until_it_is_null()
    {
        using var test = new TestClient();
        var asked = ServeList(test.Handler, total: 5, limit: 2);

        var items = new List<Conversation>();
        await foreach (var conversation in test.Wassist.Paging.GetAllAsync<Conversation>(ListPath, Limit2))
        {
            items.Add(conversation);
        }

        Assert.That(items.Select(c => c.ChatWindowRemainingTime), Is.EqualTo(new int?[] { 0, 1, 2, 3, 4 }));
        Assert.That(asked, Is.EqualTo(new[]
        {
            ListUrl + "?limit=2",
            ListUrl + "?limit=2&offset=2",
            ListUrl + "?limit=2&offset=4",
        }));
    }

    [Promise("page-at-a-time-netstandard")]
    [Test]
    public async Task Page_at_a_time_gives_the_count_and_the_links_and_ends_with_null()
    {
        using var test = new TestClient();
        ServeList(test.Handler, total: 3, limit: 2);

        var first = await test.Wassist.Paging.GetFirstPageAsync<Conversation>(ListPath, Limit2);
        var second = await test.Wassist.Paging.GetNextPageAsync(first);
        var third = await test.Wassist.Paging.GetNextPageAsync(second!);

        Assert.Multiple(() =>
        {
            Assert.That(first.TotalCount, Is.EqualTo(3));
            Assert.That(first.Items, Has.Count.EqualTo(2));
            Assert.That(first.PreviousPageUrl, Is.Null);
            Assert.That(first.HasNextPage, Is.True);
            Assert.That(second!.Items, Has.Count.EqualTo(1));
            Assert.That(second.HasNextPage, Is.False);
            Assert.That(second.PreviousPageUrl!.AbsoluteUri, Is.EqualTo(ListUrl + "?limit=2&offset=0"));
            Assert.That(third, Is.Null);
        });
    }

    [Test]
    public async Task A_bare_array_list_is_one_page()
    {
        using var test = new TestClient();
        var calls = 0;
        test.Handler.When(HttpMethod.Get, "https://backend.wassist.app/api/v1/phone-numbers/").Respond(_ =>
        {
            calls++;
            return TestHttp.Json(200, "[{\"number\":\"447700900100\"},{\"number\":\"447700900101\"}]");
        });

        var pages = new List<WassistPage<Newtonsoft.Json.Linq.JObject>>();
        await foreach (var page in test.Wassist.Paging.GetPagesAsync<Newtonsoft.Json.Linq.JObject>("api/v1/phone-numbers/"))
        {
            pages.Add(page);
        }

        Assert.That(pages, Has.Count.EqualTo(1));
        Assert.That(pages[0].Items.Select(i => (string?)i["number"]), Is.EqualTo(new[] { "447700900100", "447700900101" }));
        Assert.That((pages[0].TotalCount, pages[0].HasNextPage), Is.EqualTo(((int?)null, false)));
        Assert.That(calls, Is.EqualTo(1));
    }

    [Promise("list-all-next-links")]
    [Test]
    public async Task The_next_page_is_fetched_only_when_the_caller_reaches_it()
    {
        using var test = new TestClient();
        var asked = ServeList(test.Handler, total: 100, limit: 10);

        await foreach (var conversation in test.Wassist.Paging.GetAllAsync<Conversation>(ListPath, [new("limit", "10")]))
        {
            if (conversation.ChatWindowRemainingTime == 9)
            {
                break;
            }
        }

        Assert.That(asked, Has.Count.EqualTo(1));
    }

    [Promise("next-link-api-host")]
    [Test]
    public async Task A_next_link_on_another_host_is_refused_and_never_called()
    {
        using var test = new TestClient();
        var asked = ServeList(test.Handler, total: 4, limit: 2, host: "https://collector.attacker.example");

        var error = await Assert.ThrowsAsync<InvalidOperationException>(async () =>
        {
            await foreach (var _ in test.Wassist.Paging.GetAllAsync<Conversation>(ListPath, Limit2))
            {
            }
        });

        Assert.That(error!.Message, Does.Contain("collector.attacker.example"));
        Assert.That(asked, Has.Count.EqualTo(1));
    }

    [Promise("next-link-api-host")]
    [TestCase("https://backend.wassist.app:8443", Description = "another port")]
    [TestCase("http://backend.wassist.app:8080", Description = "plain http on another port: refused, not moved to https")]
    public async Task A_next_link_on_another_port_of_the_api_host_is_refused_before_the_key_is_sent(string host)
    {
        using var test = new TestClient();
        var asked = ServeList(test.Handler, total: 4, limit: 2, host: host);

        var error = await Assert.ThrowsAsync<InvalidOperationException>(async () =>
        {
            await foreach (var _ in test.Wassist.Paging.GetAllAsync<Conversation>(ListPath, Limit2))
            {
            }
        });

        Assert.That(error!.Message, Does.StartWith($"Refusing to send the Wassist API key to '{host}'"));
        Assert.That(asked, Has.Count.EqualTo(1));
    }

    [Test]
    public async Task A_plain_http_next_link_on_the_api_host_is_fetched_over_https()
    {
        using var test = new TestClient();
        var asked = ServeList(test.Handler, total: 4, limit: 2, host: "http://backend.wassist.app");

        var count = 0;
        await foreach (var _ in test.Wassist.Paging.GetAllAsync<Conversation>(ListPath, Limit2))
        {
            count++;
        }

        Assert.That(count, Is.EqualTo(4));
        Assert.That(asked, Is.All.StartWith("https://backend.wassist.app/"));
    }

    [Test]
    public async Task An_error_on_a_later_page_is_a_typed_exception_after_the_earlier_items()
    {
        using var test = new TestClient();
        test.Handler.When(HttpMethod.Get, "*").Respond(request => request.RequestUri!.Query.Contains("offset")
            ? TestHttp.Json(404, "{\"detail\":\"Invalid page.\"}")
            : TestHttp.Json(200, Envelope(4, ListUrl + "?limit=2&offset=2", null, [0, 1])));

        var seen = 0;
        var error = await Assert.CatchAsync<WassistApiException>(async () =>
        {
            await foreach (var _ in test.Wassist.Paging.GetAllAsync<Conversation>(ListPath, Limit2))
            {
                seen++;
            }
        });

        Assert.That(seen, Is.EqualTo(2));
        Assert.That(error, Is.InstanceOf<WassistNotFoundException>());
        Assert.That(error!.ErrorMessage, Is.EqualTo("Invalid page."));
    }

    [TestCase("{\"count\":1,\"next\":null}")]
    [TestCase("\"nope\"")]
    [TestCase("{\"results\":[{\"id\":")]
    [TestCase("")]
    public async Task A_page_that_cannot_be_read_is_a_WassistApiException(string body)
    {
        using var test = new TestClient();
        test.Handler.When(HttpMethod.Get, "*").Respond(_ => TestHttp.Json(200, body));

        var error = await Assert.ThrowsAsync<WassistApiException>(() => test.Wassist.Paging.GetFirstPageAsync<Conversation>(ListPath));

        Assert.That(error!.StatusCode, Is.EqualTo(200));
    }

    [Promise("page-requests-retried")]
    [Test]
    public async Task Page_requests_are_retried_like_any_get()
    {
        using var test = new RetryingClient();
        var calls = test.RespondInOrder(HttpMethod.Get, ListUrl, () => TestHttp.Json(503), () => TestHttp.Json(200, "[]"));

        var page = await test.Wassist.Paging.GetFirstPageAsync<Conversation>(ListPath);

        Assert.That(page.Items, Is.Empty);
        Assert.That(calls(), Is.EqualTo(2));
    }

    [Test]
    public void Cancellation_between_pages_stops_the_walk()
    {
        using var test = new TestClient();
        var asked = ServeList(test.Handler, total: 10, limit: 2);
        using var cts = new CancellationTokenSource();

        Assert.That(async () =>
        {
            await foreach (var _ in test.Wassist.Paging.GetAllAsync<Conversation>(ListPath, Limit2, cts.Token))
            {
                cts.Cancel();
            }
        }, Throws.InstanceOf<OperationCanceledException>());
        Assert.That(asked, Has.Count.EqualTo(1));
    }

    [TestCase("/api/v1/conversations/")]
    [TestCase("https://backend.wassist.app/api/v1/conversations/")]
    [TestCase("")]
    public async Task The_path_must_be_relative_to_the_api_root(string path)
    {
        using var test = new TestClient();

        await Assert.ThrowsAsync<ArgumentException>(() => test.Wassist.Paging.GetFirstPageAsync<Conversation>(path));
    }

    [Promise("paging-flat-memory")]
    [Test]
    public async Task Memory_stays_flat_while_walking_many_pages()
    {
        using var test = new TestClient();
        ServeList(test.Handler, total: 40_000, limit: 100);
        WeakReference? firstPage = null;
        long early = 0;
        var pages = 0;

        await foreach (var page in test.Wassist.Paging.GetPagesAsync<Conversation>(ListPath, [new("limit", "100")]))
        {
            pages++;
            if (pages == 1)
            {
                firstPage = new WeakReference(page);
            }
            else if (pages == 20)
            {
                early = GC.GetTotalMemory(forceFullCollection: true);
            }
        }

        var late = GC.GetTotalMemory(forceFullCollection: true);
        Assert.That(pages, Is.EqualTo(400));
        Assert.That(firstPage!.IsAlive, Is.False, "the first page is still referenced after the walk moved on");
        Assert.That(late - early, Is.LessThan(4_000_000), "memory grew with the number of pages walked");
    }

    /// <summary>The shape NSwag generates for a paginated list (e.g. AgentPage).</summary>
    public sealed class GeneratedStylePage
    {
        [Newtonsoft.Json.JsonProperty("count")]
        public int? Count { get; set; }

        [Newtonsoft.Json.JsonProperty("next")]
        public Uri? Next { get; set; }

        [Newtonsoft.Json.JsonProperty("previous")]
        public Uri? Previous { get; set; }

        [Newtonsoft.Json.JsonProperty("results")]
        public IList<Conversation>? Results { get; set; }
    }

    [Test]
    public async Task EnumerateAsync_walks_a_generated_list_method_by_its_next_links()
    {
        using var test = new TestClient();
        var asked = ServeList(test.Handler, total: 5, limit: 2);
        var firstCalls = 0;

        // Stands in for a generated method such as wassist.Agents.ListAsync(limit: 2, cancellationToken: ct).
        Task<GeneratedStylePage> FirstPage(CancellationToken ct)
        {
            firstCalls++;
            return test.Wassist.Paging.GetLinkedPageAsync<GeneratedStylePage>(new Uri(ListUrl + "?limit=2"), ct)!;
        }

        var seen = new List<int?>();
        await foreach (var conversation in test.Wassist.Paging.EnumerateAsync(FirstPage!, p => p.Results, p => p.Next))
        {
            seen.Add(conversation.ChatWindowRemainingTime);
        }

        Assert.That(seen, Is.EqualTo(new int?[] { 0, 1, 2, 3, 4 }));
        Assert.That(firstCalls, Is.EqualTo(1));
        Assert.That(asked, Has.Count.EqualTo(3));
    }

    [Test]
    public async Task GetLinkedPageAsync_reads_next_and_previous_and_gives_null_at_the_end()
    {
        using var test = new TestClient();
        ServeList(test.Handler, total: 3, limit: 2);

        var first = await test.Wassist.Paging.GetLinkedPageAsync<GeneratedStylePage>(new Uri(ListUrl + "?limit=2"));
        var second = await test.Wassist.Paging.GetLinkedPageAsync<GeneratedStylePage>(first!.Next);
        var back = await test.Wassist.Paging.GetLinkedPageAsync<GeneratedStylePage>(second!.Previous);
        var end = await test.Wassist.Paging.GetLinkedPageAsync<GeneratedStylePage>(second.Next);

        Assert.That((first.Count, first.Results!.Count, second.Results!.Count, back!.Results!.Count, end), Is.EqualTo(((int?)3, 2, 1, 2, (GeneratedStylePage?)null)));
    }

    [Test]
    public async Task GetLinkedPageAsync_refuses_a_link_to_another_host()
    {
        using var test = new TestClient();

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => test.Wassist.Paging.GetLinkedPageAsync<GeneratedStylePage>(new Uri("https://collector.attacker.example/api/v1/agents/?offset=20")));

        Assert.That(error!.Message, Does.Contain("another host"));
    }

    [Test]
    public async Task The_first_page_url_keeps_a_query_in_the_path_escapes_values_and_leaves_out_nulls()
    {
        using var test = new TestClient();
        var asked = new List<string>();
        test.Handler.When(HttpMethod.Get, "*").Respond(request =>
        {
            asked.Add(request.RequestUri!.AbsoluteUri);
            return TestHttp.Json(200, "[]");
        });

        await test.Wassist.Paging.GetFirstPageAsync<Conversation>("api/v1/conversations/?status=active", [new("agent", null), new("search", "a b&c/d"), new("limit", "5")]);
        await test.Wassist.Paging.GetFirstPageAsync<Conversation>(ListPath, [new("agent", null), new("search", "+44")]);
        await test.Wassist.Paging.GetFirstPageAsync<Conversation>(ListPath);

        Assert.That(asked, Is.EqualTo(new[]
        {
            ListUrl + "?status=active&search=a%20b%26c%2Fd&limit=5",
            ListUrl + "?search=%2B44",
            ListUrl,
        }));
    }

    [TestCase("{\"count\":1,\"next\":null}", "The page has no 'results' array.")]
    [TestCase("\"nope\"", "Expected a page object or an array, found String.")]
    [TestCase("", "The body is empty.")]
    public async Task A_page_that_cannot_be_read_says_where_and_why(string body, string why)
    {
        using var test = new TestClient();
        test.Handler.When(HttpMethod.Get, "*").Respond(_ => TestHttp.Json(200, body));

        var error = await Assert.ThrowsAsync<WassistApiException>(() => test.Wassist.Paging.GetFirstPageAsync<Conversation>(ListPath));

        Assert.That(error!.Message, Does.StartWith($"Could not read the page from /api/v1/conversations/ as a list of Conversation: {why}"));
        Assert.That(error.InnerException, Is.InstanceOf<Newtonsoft.Json.JsonSerializationException>());
    }

    [Test]
    public async Task A_linked_page_that_is_null_is_a_WassistApiException_naming_the_page_type()
    {
        using var test = new TestClient();
        test.Handler.When(HttpMethod.Get, "*").Respond(_ => TestHttp.Json(200, "null"));

        var error = await Assert.ThrowsAsync<WassistApiException>(() => test.Wassist.Paging.GetLinkedPageAsync<GeneratedStylePage>(new Uri(ListUrl + "?offset=2")));

        Assert.That(error!.Message, Does.StartWith("Could not read the page from /api/v1/conversations/ as GeneratedStylePage: The page is null."));
    }

    [Test]
    public async Task A_relative_next_link_is_followed_on_the_api_host()
    {
        using var test = new TestClient();
        var asked = new List<string>();
        test.Handler.When(HttpMethod.Get, "*").Respond(request =>
        {
            asked.Add(request.RequestUri!.AbsoluteUri);
            return TestHttp.Json(200, request.RequestUri.Query.Length == 0
                ? Envelope(3, "/api/v1/conversations/?offset=2", null, [0, 1])
                : Envelope(3, null, "/api/v1/conversations/", [2]));
        });

        var first = await test.Wassist.Paging.GetFirstPageAsync<Conversation>(ListPath);
        var second = await test.Wassist.Paging.GetNextPageAsync(first);

        Assert.That(asked, Is.EqualTo(new[] { ListUrl, ListUrl + "?offset=2" }));
        Assert.That(second!.PreviousPageUrl, Is.EqualTo(new Uri(ListUrl)));
    }

    [TestCase("ftp://backend.wassist.app/api/v1/conversations/?offset=2")]
    [TestCase("mailto:ops@backend.wassist.app")]
    public async Task A_next_link_that_is_not_http_is_refused(string link)
    {
        using var test = new TestClient();
        test.Handler.When(HttpMethod.Get, "*").Respond(_ => TestHttp.Json(200, Envelope(3, link, null, [0, 1])));

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => test.Wassist.Paging.GetFirstPageAsync<Conversation>(ListPath));

        Assert.That(error!.Message, Is.EqualTo($"The API returned a page link that is not an http(s) URL: '{link}'."));
    }

    [Test]
    public async Task On_a_plain_http_loopback_api_a_next_link_stays_plain_http()
    {
        using var handler = new MockHttpMessageHandler();
        var asked = new List<string>();
        handler.When(HttpMethod.Get, "*").Respond(request =>
        {
            asked.Add(request.RequestUri!.AbsoluteUri);
            return TestHttp.Json(200, request.RequestUri.Query.Length == 0 ? Envelope(3, "http://localhost:5080/api/v1/conversations/?offset=2", null, [0, 1]) : Envelope(3, null, null, [2]));
        });
        using var wassist = new WassistClient(handler.ToHttpClient(), new WassistClientOptions { ApiKey = TestClient.ApiKey, BaseUrl = "http://localhost:5080" });

        var first = await wassist.Paging.GetFirstPageAsync<Conversation>(ListPath);
        await wassist.Paging.GetNextPageAsync(first);

        Assert.That(asked, Is.EqualTo(new[] { "http://localhost:5080/api/v1/conversations/", "http://localhost:5080/api/v1/conversations/?offset=2" }));
    }

    [Test]
    public async Task Missing_arguments_are_refused_by_name()
    {
        using var test = new TestClient();
        var paging = test.Wassist.Paging;
        Func<CancellationToken, Task<GeneratedStylePage>> first = _ => Task.FromResult(new GeneratedStylePage());

        var noPage = await Assert.ThrowsAsync<ArgumentNullException>(() => paging.GetNextPageAsync<Conversation>(null!));
        var noFirst = await Assert.ThrowsAsync<ArgumentNullException>(async () => await paging.EnumerateAsync<GeneratedStylePage, Conversation>(null!, p => p.Results, p => p.Next).GetAsyncEnumerator().MoveNextAsync());
        var noItems = await Assert.ThrowsAsync<ArgumentNullException>(async () => await paging.EnumerateAsync<GeneratedStylePage, Conversation>(first, null!, p => p.Next).GetAsyncEnumerator().MoveNextAsync());
        var noNext = await Assert.ThrowsAsync<ArgumentNullException>(async () => await paging.EnumerateAsync<GeneratedStylePage, Conversation>(first, p => p.Results, null!).GetAsyncEnumerator().MoveNextAsync());
        var blank = await Assert.ThrowsAsync<ArgumentException>(() => paging.GetFirstPageAsync<Conversation>("  "));

        Assert.That(new[] { noPage!.ParamName, noFirst!.ParamName, noItems!.ParamName, noNext!.ParamName }, Is.EqualTo(new[] { "page", "firstPage", "items", "next" }));
        Assert.That((blank!.ParamName, blank.Message), Is.EqualTo(("path", "Give the list's path under the API root, such as api/v1/conversations/. (Parameter 'path')")));
    }

    [Test]
    public async Task A_generated_page_without_results_ends_the_walk_without_items()
    {
        using var test = new TestClient();
        var seen = new List<Conversation>();

        await foreach (var item in test.Wassist.Paging.EnumerateAsync(_ => Task.FromResult(new GeneratedStylePage { Count = 0 }), p => p.Results, p => p.Next))
        {
            seen.Add(item);
        }

        Assert.That(seen, Is.Empty);
    }

    [Promise("next-link-api-host")]
    [Test]
    public async Task On_an_api_with_its_own_port_a_next_link_on_the_default_port_is_refused()
    {
        using var handler = new MockHttpMessageHandler();
        var asked = new List<string>();
        handler.When(HttpMethod.Get, "*").Respond(request =>
        {
            asked.Add(request.RequestUri!.AbsoluteUri);
            return TestHttp.Json(200, Envelope(3, "https://backend.wassist.app/api/v1/conversations/?offset=2", null, [0, 1]));
        });
        using var wassist = new WassistClient(handler.ToHttpClient(), new WassistClientOptions { ApiKey = TestClient.ApiKey, BaseUrl = "https://backend.wassist.app:8443" });

        var first = await wassist.Paging.GetFirstPageAsync<Conversation>(ListPath);
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => wassist.Paging.GetNextPageAsync(first));

        Assert.That(error!.Message, Does.StartWith("Refusing to send the Wassist API key to 'https://backend.wassist.app'"));
        Assert.That(asked, Is.EqualTo(new[] { "https://backend.wassist.app:8443/api/v1/conversations/" }));
    }

    [Test]
    public async Task Page_requests_ask_for_json()
    {
        using var test = new TestClient();
        var accepted = new List<string>();
        test.Handler.When(HttpMethod.Get, "*").Respond(request =>
        {
            accepted.Add(string.Join(",", request.Headers.Accept));
            return TestHttp.Json(200, request.RequestUri!.Query.Length == 0 ? Envelope(3, ListUrl + "?offset=2", null, [0, 1]) : Envelope(3, null, null, [2]));
        });

        var first = await test.Wassist.Paging.GetFirstPageAsync<Conversation>(ListPath);
        await test.Wassist.Paging.GetNextPageAsync(first);

        Assert.That(accepted, Is.EqualTo(new[] { "application/json", "application/json" }));
    }

    [Promise("redaction-response-body")]
    [Test]
    public async Task A_page_error_that_echoes_the_key_keeps_no_key()
    {
        using var test = new TestClient();
        test.Handler.When(HttpMethod.Get, "*").Respond(_ => TestHttp.Json(401, $"{{\"detail\":\"Invalid API key {TestClient.ApiKey}.\"}}"));

        var error = await Assert.ThrowsAsync<WassistAuthenticationException>(() => test.Wassist.Paging.GetFirstPageAsync<Conversation>(ListPath));

        Assert.That(error!.ErrorMessage, Is.EqualTo("Invalid API key [redacted]."));
        Assert.That(error.Message + error.Response, Does.Not.Contain(TestClient.ApiKey));
    }
}
