using System;
using System.Linq;
using System.Threading.Tasks;
using Newtonsoft.Json.Linq;
using NUnit.Framework;

namespace Wassist.Testing.Tests;

/// <summary>What a test creates it reads back, in the list shape the description declares.</summary>
public class StateTests
{
    [Test]
    public async Task An_agent_is_created_read_listed_updated_and_deleted()
    {
        var http = new FakeHttp(new FakeWassist());

        var id = await http.CreateAsync("/api/v1/agents/", """{"name":"Support"}""");
        var (_, got, _) = await http.GetAsync($"/api/v1/agents/{id}/");
        var (patchStatus, patched, _) = await http.SendAsync("PATCH", $"/api/v1/agents/{id}/", """{"systemPrompt":"Be brief."}""");
        var (_, page, _) = await http.GetAsync("/api/v1/agents/");
        var (deleteStatus, deleted, _) = await http.SendAsync("DELETE", $"/api/v1/agents/{id}/");
        var (afterStatus, after, _) = await http.GetAsync($"/api/v1/agents/{id}/");

        Assert.That((string)got!["name"]!, Is.EqualTo("Support"));
        Assert.That(patchStatus, Is.EqualTo(200));
        Assert.That((string)patched!["systemPrompt"]!, Is.EqualTo("Be brief."));
        Assert.That((string)patched["name"]!, Is.EqualTo("Support"));
        Assert.That((int)page!["count"]!, Is.EqualTo(1));
        Assert.That((string)page["results"]![0]!["systemPrompt"]!, Is.EqualTo("Be brief."));
        Assert.That(deleteStatus, Is.EqualTo(204));
        Assert.That(deleted, Is.Null);
        Assert.That(afterStatus, Is.EqualTo(404));
        Assert.That(after!.ToString(Newtonsoft.Json.Formatting.None), Is.EqualTo("""{"detail":"Not found."}"""));
    }

    [Test]
    public async Task A_paginated_list_pages_with_limit_and_offset_and_absolute_links()
    {
        var http = new FakeHttp(new FakeWassist());
        foreach (var name in new[] { "A", "B", "C" })
        {
            await http.CreateAsync("/api/v1/agents/", $$"""{"name":"{{name}}"}""");
        }

        var (_, first, _) = await http.GetAsync("/api/v1/agents/?limit=2");
        var (_, second, _) = await http.GetAsync((string)first!["next"]!);

        Assert.That((int)first["count"]!, Is.EqualTo(3));
        Assert.That(first["results"]!.Select(r => (string)r["name"]!), Is.EqualTo(new[] { "A", "B" }));
        Assert.That((string)first["next"]!, Is.EqualTo("https://backend.wassist.app/api/v1/agents/?limit=2&offset=2"));
        Assert.That(first["previous"]!.Type, Is.EqualTo(JTokenType.Null));
        Assert.That(second!["results"]!.Select(r => (string)r["name"]!), Is.EqualTo(new[] { "C" }));
        Assert.That(second["next"]!.Type, Is.EqualTo(JTokenType.Null));
        Assert.That((string)second["previous"]!, Is.EqualTo("https://backend.wassist.app/api/v1/agents/?limit=2"));
    }

    [Test]
    public async Task The_client_pages_through_agents_the_fake_holds()
    {
        var fake = new FakeWassist { DefaultPageSize = 2 };
        var http = new FakeHttp(fake);
        foreach (var name in new[] { "A", "B", "C", "D", "E" })
        {
            await http.CreateAsync("/api/v1/agents/", $$"""{"name":"{{name}}"}""");
        }

        using var wassist = new WassistClient(fake.CreateHttpClient(), new WassistClientOptions { ApiKey = "test-key" });
        var names = new System.Collections.Generic.List<string?>();
        await foreach (var agent in wassist.Paging.GetAllAsync<JObject>("api/v1/agents/"))
        {
            names.Add((string?)agent["name"]);
        }

        Assert.That(names, Is.EqualTo(new[] { "A", "B", "C", "D", "E" }));
    }

    [Test]
    public async Task Contacts_and_templates_list_as_bare_arrays_as_the_description_declares()
    {
        var http = new FakeHttp(new FakeWassist());
        await http.CreateAsync("/api/v1/contacts/", """{"phoneNumber":"447700900100","name":"Ada"}""");
        await http.CreateAsync("/api/v1/whatsapp-templates/", """{"name":"order_update","category":"UTILITY","language":"en"}""");

        var (_, contacts, _) = await http.GetAsync("/api/v1/contacts/");
        var (_, templates, _) = await http.GetAsync("/api/v1/whatsapp-templates/");

        Assert.That(contacts, Is.TypeOf<JArray>());
        Assert.That((string)contacts![0]!["name"]!, Is.EqualTo("Ada"));
        Assert.That(templates, Is.TypeOf<JArray>());
        Assert.That((string)templates![0]!["name"]!, Is.EqualTo("order_update"));
        Assert.That((string)templates[0]!["category"]!, Is.EqualTo("UTILITY"));
    }

    [Test]
    public async Task A_conversation_takes_its_contact_and_agent_from_the_create_request_and_keeps_its_messages()
    {
        var http = new FakeHttp(new FakeWassist());
        var agentId = await http.CreateAsync("/api/v1/agents/", """{"name":"Support"}""");
        await http.CreateAsync("/api/v1/contacts/", """{"phoneNumber":"447700900100","name":"Ada"}""");

        var (_, conversation, _) = await http.PostAsync("/api/v1/conversations/", $$"""{"toNumber":"+447700900100","agentId":"{{agentId}}"}""");
        var id = (string)conversation!["id"]!;
        var (sendStatus, sent, _) = await http.PostAsync($"/api/v1/conversations/{id}/messages/", """{"type":"text","text":{"body":"Hello"}}""");
        var (_, messages, _) = await http.GetAsync($"/api/v1/conversations/{id}/messages/");
        var (_, page, _) = await http.GetAsync("/api/v1/conversations/");

        Assert.That((string)conversation["contact"]!["phoneNumber"]!, Is.EqualTo("447700900100"));
        Assert.That((string)conversation["contact"]!["name"]!, Is.EqualTo("Ada"));
        Assert.That((string)conversation["activeAgent"]!["name"]!, Is.EqualTo("Support"));
        Assert.That(sendStatus, Is.EqualTo(201));
        Assert.That((string)sent!["role"]!, Is.EqualTo("assistant"));
        Assert.That(messages, Is.TypeOf<JArray>());
        Assert.That(messages!.Select(m => (string)m["text"]!["body"]!), Is.EqualTo(new[] { "Hello" }));
        Assert.That(page!["results"]!.Select(c => (string)c["id"]!), Is.EqualTo(new[] { id }));
    }

    [Test]
    public async Task The_client_reads_the_conversations_and_messages_the_fake_holds()
    {
        var fake = new FakeWassist();
        var http = new FakeHttp(fake);
        var (_, created, _) = await http.PostAsync("/api/v1/conversations/", """{"toNumber":"447700900100"}""");
        var id = (string)created!["id"]!;
        await http.PostAsync($"/api/v1/conversations/{id}/messages/", """{"type":"text","text":{"body":"Hello"}}""");
        using var wassist = new WassistClient(fake.CreateHttpClient(), new WassistClientOptions { ApiKey = "test-key" });

        var page = await wassist.Conversations.ListAsync();
        var messages = await wassist.Conversations.ListMessagesAsync(System.Guid.Parse(id));

        Assert.That(page.Count, Is.EqualTo(1));
        Assert.That(page.Results.Single().Id.ToString(), Is.EqualTo(id));
        Assert.That(messages.Single().Text?.Body, Is.EqualTo("Hello"));
    }

    [Test]
    public async Task A_conversations_messages_are_listed_newest_first_and_limited_as_asked()
    {
        var http = new FakeHttp(new FakeWassist());
        var id = await http.CreateAsync("/api/v1/conversations/", """{"toNumber":"447700900100"}""");
        foreach (var text in new[] { "first", "second", "third" })
        {
            await http.PostAsync($"/api/v1/conversations/{id}/messages/", $$$"""{"type":"text","text":{"body":"{{{text}}}"}}""");
        }

        var (_, all, _) = await http.GetAsync($"/api/v1/conversations/{id}/messages/");
        var (_, recent, _) = await http.GetAsync($"/api/v1/conversations/{id}/messages/?limit=2");

        Assert.That(all!.Select(m => (string)m["text"]!["body"]!), Is.EqualTo(new[] { "third", "second", "first" }));
        Assert.That(recent!.Select(m => (string)m["text"]!["body"]!), Is.EqualTo(new[] { "third", "second" }));
    }

    [Test]
    public async Task The_messages_of_a_conversation_that_does_not_exist_are_a_404()
    {
        var (status, body, _) = await new FakeHttp(new FakeWassist()).PostAsync($"/api/v1/conversations/{Guid.NewGuid()}/messages/", """{"type":"text","text":{"body":"Hello"}}""");

        Assert.That(status, Is.EqualTo(404));
        Assert.That((string)body!["detail"]!, Is.EqualTo("Not found."));
    }

    [Test]
    public async Task Webhooks_are_replaced_and_deleted()
    {
        var http = new FakeHttp(new FakeWassist());
        var id = await http.CreateAsync("/api/v1/webhooks/", """{"name":"orders","url":"https://example.com/hook","events":["message.received"]}""");

        var (_, replaced, _) = await http.SendAsync("PUT", $"/api/v1/webhooks/{id}/", """{"name":"orders","url":"https://example.com/v2","events":["message.received"],"active":false}""");
        await http.SendAsync("DELETE", $"/api/v1/webhooks/{id}/");
        var (_, list, _) = await http.GetAsync("/api/v1/webhooks/");

        Assert.That((string)replaced!["url"]!, Is.EqualTo("https://example.com/v2"));
        Assert.That((bool)replaced["active"]!, Is.False);
        Assert.That(list, Is.EqualTo(new JArray()));
    }

    [Test]
    public async Task An_action_on_an_item_needs_the_item_and_answers_with_it_when_it_returns_its_type()
    {
        var http = new FakeHttp(new FakeWassist());
        var (_, conversation, _) = await http.PostAsync("/api/v1/conversations/", """{"toNumber":"447700900100"}""");
        var id = (string)conversation!["id"]!;

        var (readStatus, read, _) = await http.PostAsync($"/api/v1/conversations/{id}/read/", "{}");
        var (missingStatus, _, _) = await http.PostAsync($"/api/v1/agents/{Guid.NewGuid()}/deploy/", "{}");

        Assert.That(readStatus, Is.EqualTo(200));
        Assert.That((string)read!["id"]!, Is.EqualTo(id));
        Assert.That((string)read["contact"]!["phoneNumber"]!, Is.EqualTo("447700900100"));
        Assert.That(missingStatus, Is.EqualTo(404));
    }

    [Test]
    public async Task Other_operations_answer_the_smallest_body_their_schema_allows()
    {
        var http = new FakeHttp(new FakeWassist());

        var (numbersStatus, numbers, _) = await http.GetAsync("/api/v1/phone-numbers/");
        var (deliveriesStatus, deliveries, _) = await http.GetAsync("/api/v1/webhook-deliveries/");
        var (promptStatus, prompt, _) = await http.PostAsync($"/api/v1/simulations/{Guid.NewGuid()}/reset/", "{}");

        Assert.That(numbersStatus, Is.EqualTo(200));
        Assert.That(numbers, Is.EqualTo(new JArray()));
        Assert.That(deliveriesStatus, Is.EqualTo(200));
        Assert.That(JToken.DeepEquals(deliveries, JObject.Parse("""{"count":0,"results":[]}""")), Is.True, deliveries!.ToString());
        Assert.That(promptStatus, Is.EqualTo(404), "a simulation that was never created");
        Assert.That(prompt, Is.Not.Null);
    }

    [Test]
    public async Task An_answer_set_by_the_test_replaces_the_default_and_the_stored_state()
    {
        var fake = new FakeWassist();
        var http = new FakeHttp(fake);
        await http.CreateAsync("/api/v1/agents/", """{"name":"Support"}""");
        fake.Respond("Agents_List", 200, """{"count":0,"results":[],"unexpected":true}""");
        fake.Respond("PhoneNumbers_List", 503);

        var (_, agents, _) = await http.GetAsync("/api/v1/agents/");
        var (numbersStatus, numbers, _) = await http.GetAsync("/api/v1/phone-numbers/");
        var (invalidStatus, _, _) = await http.GetAsync("/api/v1/agents/?limit=x");

        Assert.That((bool)agents!["unexpected"]!, Is.True);
        Assert.That(numbersStatus, Is.EqualTo(503));
        Assert.That(numbers, Is.Null);
        Assert.That(invalidStatus, Is.EqualTo(400), "the request is still checked");
    }

    [Test]
    public void An_unknown_operation_id_is_refused_with_the_ids_of_that_resource()
    {
        var fake = new FakeWassist();

        var e = Assert.Throws<ArgumentException>(() => fake.Respond("Agents_Lst", 200, "{}"));

        Assert.That(e!.Message, Does.Contain("'Agents_Lst'").And.Contain("Agents_List").And.Contain("Agents_Create"));
        Assert.That(e.ParamName, Is.EqualTo("operationId"));
    }
}
