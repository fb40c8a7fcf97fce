using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Threading.Tasks;
using NUnit.Framework;
using RichardSzalay.MockHttp;
using Wassist.Tests.Shared;

namespace Wassist.Client.Tests;

/// <summary>A bare-array list is walked by offset, a full page at a time, until a page comes back short.</summary>
public class OffsetPagingTests
{
    private const string MessagesUrl = "https://backend.wassist.app/api/v1/conversations/5f1c2a9e-8b7d-4c3e-a1f2-0e9d8c7b6a51/messages/";

    private static string Messages(params int[] numbers) =>
        "[" + string.Join(",", numbers.Select(n => $$"""{"id":"00000000-0000-0000-0000-{{n:000000000000}}","role":"user"}""")) + "]";

    private static async Task<List<Message>> WalkAll(TestClient test, int pageSize)
    {
        var messages = new List<Message>();
        await foreach (var message in test.Wassist.Paging.EnumerateByOffsetAsync((limit, offset, ct) => test.Wassist.Conversations.ListMessagesAsync(System.Guid.Parse("5f1c2a9e-8b7d-4c3e-a1f2-0e9d8c7b6a51"), limit, offset, ct), pageSize))
        {
            messages.Add(message);
        }

        return messages;
    }

    [Promise("offset-paging")]
    [Test]
    public async Task Pages_are_read_until_a_short_one()
    {
        using var test = new TestClient();
        test.Handler.Expect(HttpMethod.Get, MessagesUrl).WithExactQueryString("limit=2&offset=0").Respond("application/json", Messages(1, 2));
        test.Handler.Expect(HttpMethod.Get, MessagesUrl).WithExactQueryString("limit=2&offset=2").Respond("application/json", Messages(3, 4));
        test.Handler.Expect(HttpMethod.Get, MessagesUrl).WithExactQueryString("limit=2&offset=4").Respond("application/json", Messages(5));

        var messages = await WalkAll(test, pageSize: 2);

        Assert.That(messages.Select(m => m.Id.ToString()!.Substring(24)), Is.EqualTo(new[] { "000000000001", "000000000002", "000000000003", "000000000004", "000000000005" }));
        test.Handler.VerifyNoOutstandingExpectation();
    }

    [Test]
    public async Task A_last_full_page_costs_one_empty_request()
    {
        using var test = new TestClient();
        test.Handler.Expect(HttpMethod.Get, MessagesUrl).WithExactQueryString("limit=2&offset=0").Respond("application/json", Messages(1, 2));
        test.Handler.Expect(HttpMethod.Get, MessagesUrl).WithExactQueryString("limit=2&offset=2").Respond("application/json", "[]");

        Assert.That(await WalkAll(test, pageSize: 2), Has.Count.EqualTo(2));
        test.Handler.VerifyNoOutstandingExpectation();
    }

    [Test]
    public async Task An_api_that_ignores_the_limit_is_read_once()
    {
        using var test = new TestClient();
        test.Handler.Expect(HttpMethod.Get, MessagesUrl).WithExactQueryString("limit=2&offset=0").Respond("application/json", Messages(1, 2, 3));

        Assert.That(await WalkAll(test, pageSize: 2), Has.Count.EqualTo(3));
        test.Handler.VerifyNoOutstandingExpectation();
    }

    [Test]
    public async Task The_default_page_size_is_50()
    {
        using var test = new TestClient();
        test.Handler.Expect(HttpMethod.Get, MessagesUrl).WithExactQueryString("limit=50&offset=0").Respond("application/json", Messages(1));

        var messages = new List<Message>();
        await foreach (var message in test.Wassist.Paging.EnumerateByOffsetAsync<Message>((limit, offset, ct) => test.Wassist.Conversations.ListMessagesAsync(System.Guid.Parse("5f1c2a9e-8b7d-4c3e-a1f2-0e9d8c7b6a51"), limit, offset, ct)))
        {
            messages.Add(message);
        }

        Assert.That(messages, Has.Count.EqualTo(1));
    }

    [TestCase(0)]
    [TestCase(-1)]
    public void A_page_size_below_one_is_refused(int pageSize)
    {
        using var test = new TestClient();

        var error = Assert.Throws<ArgumentOutOfRangeException>(() => test.Wassist.Paging.EnumerateByOffsetAsync<Message>((_, _, _) => Task.FromResult<IReadOnlyList<Message>>([]), pageSize));

        Assert.That(error!.ParamName, Is.EqualTo("pageSize"));
        Assert.That(error.ActualValue, Is.EqualTo(pageSize));
        Assert.That(error.Message, Does.StartWith("The page size must be at least 1."));
    }

    [Test]
    public void The_page_function_is_required()
    {
        using var test = new TestClient();

        var error = Assert.Throws<ArgumentNullException>(() => test.Wassist.Paging.EnumerateByOffsetAsync<Message>(null!));

        Assert.That(error!.ParamName, Is.EqualTo("page"));
    }

    /// <summary>Walks a list of <paramref name="total"/> numbers served from memory, recording each (limit, offset) asked for.</summary>
    private static async Task<(List<int> Items, List<(int Limit, int Offset)> Asked)> WalkNumbers(int total, int pageSize)
    {
        using var test = new TestClient();
        var asked = new List<(int, int)>();
        var items = new List<int>();
        await foreach (var item in test.Wassist.Paging.EnumerateByOffsetAsync((limit, offset, _) =>
        {
            asked.Add((limit, offset));
            return Task.FromResult<IReadOnlyList<int>>(Enumerable.Range(offset, Math.Max(0, Math.Min(limit, total - offset))).ToList());
        }, pageSize))
        {
            items.Add(item);
        }

        return (items, asked);
    }

    [Test]
    public async Task A_page_size_of_one_reads_one_item_per_request()
    {
        var (items, asked) = await WalkNumbers(total: 3, pageSize: 1);

        Assert.That(items, Is.EqualTo(new[] { 0, 1, 2 }));
        Assert.That(asked, Is.EqualTo(new[] { (1, 0), (1, 1), (1, 2), (1, 3) }));
    }

    [Test]
    public async Task Offsets_step_by_the_page_size_to_a_short_last_page()
    {
        var (items, asked) = await WalkNumbers(total: 7, pageSize: 3);

        Assert.That(items, Is.EqualTo(new[] { 0, 1, 2, 3, 4, 5, 6 }));
        Assert.That(asked, Is.EqualTo(new[] { (3, 0), (3, 3), (3, 6) }));
    }

    [Test]
    public async Task An_empty_list_costs_one_request()
    {
        var (items, asked) = await WalkNumbers(total: 0, pageSize: 50);

        Assert.That(items, Is.Empty);
        Assert.That(asked, Is.EqualTo(new[] { (50, 0) }));
    }

    [Test]
    public async Task A_page_function_that_returns_null_ends_the_walk_as_an_empty_page()
    {
        using var test = new TestClient();
        var calls = 0;
        var items = new List<Message>();

        await foreach (var item in test.Wassist.Paging.EnumerateByOffsetAsync<Message>((_, _, _) =>
        {
            calls++;
            return Task.FromResult<IReadOnlyList<Message>>(null!);
        }))
        {
            items.Add(item);
        }

        Assert.That((items.Count, calls), Is.EqualTo((0, 1)));
    }
}
