using System;
using System.Linq;
using System.Threading.Tasks;
using NUnit.Framework;

namespace Wassist.Client.Tests;

/// <summary>
/// The main models read from their response fixtures, each typed property checked against the value written in the
/// fixture, copied here by hand; and the request models sent as literal bodies. A JSON name or a type that changes in
/// the description, the generated code or the serializer settings fails here, whatever the fixtures say.
/// </summary>
public class ModelValueTests
{
    [Test]
    public async Task A_contact_reads_its_id_phone_number_and_name()
    {
        using var test = EvidenceShapeTests.Answering("operations/Contacts_Get.response.json");

        var contact = await test.Wassist.Contacts.GetAsync(Guid.Parse("ed8c25ef-5ae2-b8d8-2818-b5ba5fa9c0ad"));

        Assert.Multiple(() =>
        {
            Assert.That(contact.Id, Is.EqualTo(Guid.Parse("ed8c25ef-5ae2-b8d8-2818-b5ba5fa9c0ad")));
            Assert.That(contact.PhoneNumber, Is.EqualTo("447700900123"));
            Assert.That(contact.Name, Is.EqualTo("Order Helper"));
            Assert.That(contact.AdditionalProperties, Is.Empty);
        });
    }

    [Test]
    public async Task An_agent_reads_its_scalars_lists_and_nested_models()
    {
        using var test = EvidenceShapeTests.Answering("operations/Agents_Get.response.json");

        var agent = await test.Wassist.Agents.GetAsync(Guid.Parse("3f6c2a9e-8b1d-4e57-9a0c-5d2e7f184b63"));

        Assert.Multiple(() =>
        {
            Assert.That(agent.Id, Is.EqualTo(Guid.Parse("3f6c2a9e-8b1d-4e57-9a0c-5d2e7f184b63")));
            Assert.That(agent.Name, Is.EqualTo("Harbour Bakery Assistant"));
            Assert.That(agent.Description, Is.EqualTo("Answers order and delivery questions for Harbour Bakery."));
            Assert.That(agent.SystemPrompt, Is.EqualTo("You help Harbour Bakery customers with orders, opening hours and deliveries."));
            Assert.That(agent.FirstMessage, Is.EqualTo("Hello from Harbour Bakery! How can I help?"));
            Assert.That(agent.Icebreakers, Is.EqualTo(new[] { "Where is my order?", "Opening hours" }));
            Assert.That(agent.LlmModel, Is.EqualTo("openai/gpt-4.1-mini"));
            Assert.That(agent.Tools!.Single().Name, Is.EqualTo("order_status"));
            Assert.That(agent.Tools!.Single().Active, Is.True);
            Assert.That(agent.Documents!.Single().Name, Is.EqualTo("delivery-areas.pdf"));
            Assert.That(agent.WebsiteTools!.Single().Prompt, Is.EqualTo("Read the menu and opening hours"));
            Assert.That(agent.HandoffTools!.Single().ChildAgentName, Is.EqualTo("Harbour Bakery Billing"));
            Assert.That(agent.McpConfigs!.Single().ToolWhitelist, Is.EqualTo(new[] { "list_invoices" }));
            Assert.That(agent.Organization!.Name, Is.EqualTo("Harbour Bakery Ltd"));
            Assert.That(agent.Organization!.IsPersonal, Is.False);
            Assert.That(agent.PhoneNumbers!.Single().PhoneNumber, Is.EqualTo("447700900481"));
            Assert.That(agent.PhoneNumbers!.Single().WhatsappPhoneNumberId, Is.EqualTo("108274659301846"));
            Assert.That(agent.TotalMessages, Is.EqualTo(1287));
            Assert.That(agent.TotalSessions, Is.EqualTo(164));
            Assert.That(agent.CreatedAt, Is.EqualTo(new DateTimeOffset(2026, 10, 14, 9, 21, 7, TimeSpan.Zero).AddTicks(4829130)));
            Assert.That(agent.AdditionalProperties, Is.Empty);
        });
    }

    [Test]
    public async Task A_webhook_reads_its_url_events_failures_and_instants()
    {
        using var test = EvidenceShapeTests.Answering("operations/Webhooks_Get.response.json");

        var webhook = await test.Wassist.Webhooks.GetAsync(Guid.Parse("ef515fba-cf0c-ac8e-6d0b-899b0552690b"));

        Assert.Multiple(() =>
        {
            Assert.That(webhook.Id, Is.EqualTo(Guid.Parse("ef515fba-cf0c-ac8e-6d0b-899b0552690b")));
            Assert.That(webhook.Name, Is.EqualTo("Order Helper"));
            Assert.That(webhook.Url, Is.EqualTo(new Uri("https://example.com/url")));
            Assert.That(webhook.Events, Is.EqualTo(new[] { "subscription.message.received" }));
            Assert.That(webhook.Active, Is.True);
            Assert.That(webhook.ConsecutiveFailures, Is.EqualTo(3));
            Assert.That(webhook.DisabledAt, Is.EqualTo(new DateTimeOffset(2026, 9, 29, 10, 15, 42, TimeSpan.Zero).AddTicks(1234560)));
            Assert.That(webhook.DisabledReason, Is.EqualTo("disabledReason value"));
            Assert.That(webhook.AdditionalProperties, Is.Empty);
        });
    }

    [Test]
    public async Task A_conversation_reads_its_contact_agent_number_and_last_message()
    {
        using var test = EvidenceShapeTests.Answering("operations/Conversations_Get.response.json");

        var conversation = await test.Wassist.Conversations.GetAsync(Guid.Parse("c81e4b2a-7f35-4d96-b0a8-93e6f15d2c47"));

        Assert.Multiple(() =>
        {
            Assert.That(conversation.Id, Is.EqualTo(Guid.Parse("c81e4b2a-7f35-4d96-b0a8-93e6f15d2c47")));
            Assert.That(conversation.Contact!.Id, Is.EqualTo(Guid.Parse("5e2a9c71-0d4b-4f83-a6e9-7b18c3d52f90")));
            Assert.That(conversation.Contact!.PhoneNumber, Is.EqualTo("447700900517"));
            Assert.That(conversation.Contact!.Name, Is.EqualTo("Priya Natarajan"));
            Assert.That(conversation.ActiveAgent!.Name, Is.EqualTo("Harbour Bakery Assistant"));
            Assert.That(conversation.WhatsappNumber!.Number, Is.EqualTo("447700900481"));
            Assert.That(conversation.WhatsappNumber!.IsSandbox, Is.False);
            Assert.That(conversation.ChatWindowRemainingTime, Is.EqualTo(71345));
            Assert.That(conversation.LastMessage!.Body, Is.EqualTo("Can I collect my order at 4pm?"));
            Assert.That(conversation.IsHumanTakeover, Is.False);
            Assert.That(conversation.Active, Is.True);
            Assert.That(conversation.Routing, Is.EqualTo(RoutingMode.Agent));
            Assert.That(conversation.WebhookId, Is.Null);
            Assert.That(conversation.AnalyticsEnabled, Is.True);
            Assert.That(conversation.AdditionalProperties, Is.Empty);
        });
    }

    [Test]
    public async Task A_phone_number_reads_its_account_agent_and_routing()
    {
        using var test = EvidenceShapeTests.Answering("operations/PhoneNumbers_Get.response.json");

        var number = await test.Wassist.PhoneNumbers.GetAsync("447700900481");

        Assert.Multiple(() =>
        {
            Assert.That(number.Id, Is.EqualTo(Guid.Parse("1c7e4a92-6d3b-4f85-9e20-a8b5d3f1c647")));
            Assert.That(number.Number, Is.EqualTo("447700900481"));
            Assert.That(number.WhatsappPhoneNumberId, Is.EqualTo("108274659301846"));
            Assert.That(number.WhatsappBusinessAccount!.WaId, Is.EqualTo("104982375610248"));
            Assert.That(number.ActiveAgent!.Icebreakers, Is.EqualTo(new[] { "Where is my order?", "Opening hours" }));
            Assert.That(number.DefaultRouting, Is.EqualTo(RoutingMode.Agent));
            Assert.That(number.IsSandbox, Is.False);
            Assert.That(number.AdditionalProperties, Is.Empty);
        });
    }

    [Test]
    public async Task Connecting_an_agent_sends_agentId_and_applyToExisting_by_those_names()
    {
        using var test = EvidenceShapeTests.Answering("operations/PhoneNumbers_ConnectAgent.response.json", out var sent);

        await test.Wassist.PhoneNumbers.ConnectAgentAsync("447700900481", new ConnectAgentInput { AgentId = TestClient.AgentId, ApplyToExisting = true });

        Assert.That(sent.Body, Is.EqualTo("""{"agentId":"7d3b8f0e-2c41-4a8e-9f6d-1b2c3d4e5f60","applyToExisting":true}"""));
    }

    [Test]
    public async Task Subscribing_a_number_sends_webhookId_and_applyToExisting_by_those_names()
    {
        using var test = EvidenceShapeTests.Answering("operations/PhoneNumbers_Subscribe.response.json", out var sent);

        await test.Wassist.PhoneNumbers.SubscribeAsync("447700900481", new SubscribePhoneNumberInput { WebhookId = Guid.Parse("0d8e3f61-7b2c-4e94-a5d1-c6f80b7e9a23"), ApplyToExisting = true });

        Assert.That(sent.Body, Is.EqualTo("""{"webhookId":"0d8e3f61-7b2c-4e94-a5d1-c6f80b7e9a23","applyToExisting":true}"""));
    }

    [Test]
    public async Task Creating_a_contact_sends_phoneNumber_and_name_by_those_names()
    {
        using var test = EvidenceShapeTests.Answering("operations/Contacts_Create.response.json", out var sent, System.Net.HttpStatusCode.Created);

        await test.Wassist.Contacts.CreateAsync(new CreateContactInput { PhoneNumber = "447700900123", Name = "Order Helper" });

        Assert.That(sent.Body, Is.EqualTo("""{"phoneNumber":"447700900123","name":"Order Helper"}"""));
    }
}
