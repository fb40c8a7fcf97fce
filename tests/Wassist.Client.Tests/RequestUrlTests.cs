using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Threading.Tasks;
using NUnit.Framework;
using RichardSzalay.MockHttp;

namespace Wassist.Client.Tests;

/// <summary>
/// Request URLs are parsed once for calls that repeat them (<see cref="RequestUris"/>); the slots they share must never
/// send a call to another call's URL.
/// </summary>
public class RequestUrlTests
{
    [Test]
    public async Task Interleaved_calls_to_many_ids_each_reach_their_own_url()
    {
        using var test = new TestClient();
        var sent = new List<string>();
        test.Handler.When(HttpMethod.Get, "https://backend.wassist.app/api/v1/conversations/*").Respond(request =>
        {
            sent.Add(request.RequestUri!.OriginalString);
            return new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent("{}") };
        });

        // 300 ids over 64 slots: many share a slot, and each id is asked for again after others took its slot.
        var ids = Enumerable.Range(0, 300).Select(i => new Guid(i, 0x1b2c, 0x4d5e, 0x8f, 0x60, 0x71, 0x82, 0x93, 0xa4, 0xb5, 0xc6)).ToList();
        var order = ids.Concat(Enumerable.Reverse(ids)).Concat(ids.Where((_, i) => i % 7 == 0)).ToList();
        foreach (var id in order)
        {
            await test.Wassist.Conversations.GetAsync(id);
        }

        var expected = order.Select(id => $"https://backend.wassist.app/api/v1/conversations/{id:D}/").ToList();
        Assert.That(sent, Is.EqualTo(expected));
    }

    [Test]
    public void The_same_url_text_is_parsed_once_and_different_text_never_shares_its_uri()
    {
        var uris = new RequestUris();
        const string create = "https://backend.wassist.app/api/v1/conversations/";

        var first = uris.For(create);
        var again = uris.For(create);
        var page = uris.For(create + "?limit=100");

        Assert.That(again, Is.SameAs(first));
        Assert.That(first.OriginalString, Is.EqualTo(create));
        Assert.That(page.OriginalString, Is.EqualTo("https://backend.wassist.app/api/v1/conversations/?limit=100"));
    }

    [Test]
    public void Text_that_differs_only_in_case_or_escaping_keeps_its_own_uri()
    {
        var uris = new RequestUris();

        var lower = uris.For("https://backend.wassist.app/api/v1/agents/ab/");
        var upper = uris.For("https://backend.wassist.app/api/v1/agents/AB/");
        var escaped = uris.For("https://backend.wassist.app/api/v1/agents/a%20b/");

        Assert.That(lower.OriginalString, Is.EqualTo("https://backend.wassist.app/api/v1/agents/ab/"));
        Assert.That(upper.OriginalString, Is.EqualTo("https://backend.wassist.app/api/v1/agents/AB/"));
        Assert.That(escaped.OriginalString, Is.EqualTo("https://backend.wassist.app/api/v1/agents/a%20b/"));
        Assert.That(uris.For("https://backend.wassist.app/api/v1/agents/ab/"), Is.SameAs(lower));
    }
}
