using System;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Numerics;
using System.Threading.Tasks;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using NUnit.Framework;
using RichardSzalay.MockHttp;
using Wassist.Serialization;
using Wassist.Tests.Shared;

namespace Wassist.Client.Tests.Hardening;

/// <summary>
/// A response value of the wrong JSON kind for its property leaves that property unset, keeps the raw value in the
/// model's <c>AdditionalProperties</c>, and touches nothing else of the model. The expected values are the ones
/// written in each body.
/// </summary>
public class WrongKindTests
{
    private const string ConversationId = "5f1c2a9e-8b7d-4c3e-a1f2-0e9d8c7b6a51";

    private static T Read<T>(string json)
    {
        var settings = new JsonSerializerSettings();
        WassistJson.Configure(settings, isRequest: false);
        return JsonConvert.DeserializeObject<T>(json, settings)!;
    }

    [Test]
    public void An_object_where_an_enum_is_declared_stays_out_of_the_surrounding_model()
    {
        var conversation = Read<Conversation>($$"""
            {"id":"{{ConversationId}}","routing":{"id":"11111111-2222-4333-8444-555555555555","active":false},"active":true}
            """);

        Assert.Multiple(() =>
        {
            Assert.That(conversation.Id, Is.EqualTo(Guid.Parse(ConversationId)));
            Assert.That(conversation.Active, Is.True);
            Assert.That(conversation.Routing, Is.Null);
            Assert.That(((JObject)conversation.AdditionalProperties["routing"])["id"]!.ToString(), Is.EqualTo("11111111-2222-4333-8444-555555555555"));
        });
    }

    [Test]
    public void An_object_in_a_nested_enum_does_not_replace_the_nested_models_fields()
    {
        var conversation = Read<Conversation>("""{"lastMessage":{"body":"Where is my order?","role":{"body":"INJECTED"}}}""");

        Assert.That(conversation.LastMessage!.Body, Is.EqualTo("Where is my order?"));
        Assert.That(conversation.LastMessage.Role, Is.Null);
        Assert.That(conversation.LastMessage.AdditionalProperties["role"], Is.InstanceOf<JObject>());
    }

    [Test]
    public void An_array_where_an_enum_is_declared_keeps_the_response()
    {
        var conversation = Read<Conversation>($$"""{"id":"{{ConversationId}}","routing":["agent","webhook"]}""");

        Assert.That(conversation.Id, Is.EqualTo(Guid.Parse(ConversationId)));
        Assert.That(conversation.Routing, Is.Null);
        Assert.That(((JArray)conversation.AdditionalProperties["routing"]).Select(v => (string)v!), Is.EqualTo(new[] { "agent", "webhook" }));
    }

    /// <summary>A model with a list of a generated enum, as a response could carry (webhook event types are open strings).</summary>
    private sealed class StatusHistory
    {
        [JsonProperty("statuses")]
        public System.Collections.Generic.IList<ConversationStatus>? Statuses { get; set; }

        [JsonExtensionData]
        public System.Collections.Generic.IDictionary<string, object> AdditionalProperties { get; set; } = new System.Collections.Generic.Dictionary<string, object>();
    }

    [Promise("unknown-enum-values")]
    [Test]
    public void An_unknown_value_inside_an_enum_list_keeps_the_known_ones_and_the_raw_one()
    {
        var history = Read<StatusHistory>("""{"statuses":["active","archived","closed"]}""");

        Assert.That(history.Statuses, Is.EqualTo(new[] { ConversationStatus.Active, ConversationStatus.Closed }));
        Assert.That(((JArray)history.AdditionalProperties["statuses"]).Select(v => (string)v!), Is.EqualTo(new[] { "archived" }));
    }

    [Promise("tolerant-lists")]
    [Test]
    public void An_unknown_webhook_event_type_is_kept_in_the_list()
    {
        var webhook = Read<Webhook>("""{"name":"orders","events":["message.received","conversation.created"]}""");

        Assert.That(webhook.Events, Is.EqualTo(new[] { "message.received", "conversation.created" }));
    }

    [Promise("off-shape-values")]
    [TestCase("""{"id":"not-a-uuid"}""", "id", "not-a-uuid")]
    [TestCase("""{"lastMessage":{"createdAt":"yesterday"}}""", "lastMessage.createdAt", "yesterday")]
    [TestCase("""{"chatWindowRemainingTime":99999999999}""", "chatWindowRemainingTime", 99999999999L)]
    [TestCase("""{"chatWindowRemainingTime":12.5}""", "chatWindowRemainingTime", 12.5)]
    [TestCase("""{"active":"yes"}""", "active", "yes")]
    [TestCase("""{"contact":"+447700900123"}""", "contact", "+447700900123")]
    public void A_scalar_that_does_not_fit_its_property_is_kept_raw(string json, string path, object raw)
    {
        var conversation = Read<Conversation>(json);

        object model = path.StartsWith("lastMessage.", StringComparison.Ordinal) ? conversation.LastMessage! : conversation;
        var name = path.Split('.').Last();
        var property = model.GetType().GetProperties()
            .Single(p => p.GetCustomAttributes(typeof(JsonPropertyAttribute), false).Cast<JsonPropertyAttribute>().Any(a => a.PropertyName == name));
        var additional = (System.Collections.Generic.IDictionary<string, object>)model.GetType().GetProperty("AdditionalProperties")!.GetValue(model)!;

        Assert.That(property.GetValue(model), Is.Null, $"{property.Name} stays unset");
        Assert.That(additional[name], Is.EqualTo(raw));
    }

    [Promise("off-shape-values")]
    [Test]
    public void An_object_where_a_string_is_declared_is_kept_raw()
    {
        var conversation = Read<Conversation>("""{"contact":{"name":{"first":"Alex"},"phoneNumber":"447700900123"}}""");

        Assert.That(conversation.Contact!.PhoneNumber, Is.EqualTo("447700900123"));
        Assert.That(conversation.Contact.Name, Is.Null);
        Assert.That(((JObject)conversation.Contact.AdditionalProperties["name"])["first"]!.ToString(), Is.EqualTo("Alex"));
    }

    [Promise("number-as-text")]
    [Test]
    public void A_number_where_a_string_is_declared_is_read_as_its_text()
    {
        var conversation = Read<Conversation>("""{"contact":{"phoneNumber":447700900123,"name":true}}""");

        Assert.That(conversation.Contact!.PhoneNumber, Is.EqualTo("447700900123"));
        Assert.That(conversation.Contact.Name, Is.EqualTo("true"));
    }

    [Test]
    public async Task A_huge_count_in_a_generated_page_is_kept_raw_and_the_items_are_read()
    {
        using var test = new TestClient();
        test.Handler.When("*").Respond("application/json", """{"count":123456789012345678901234567890,"next":null,"previous":null,"results":[{"name":"Support"}]}""");

        var page = await test.Wassist.Agents.ListAsync();

        Assert.That(page.Results.Single().Name, Is.EqualTo("Support"));
        Assert.That(page.AdditionalProperties["count"], Is.EqualTo(BigInteger.Parse("123456789012345678901234567890")));
    }

    [TestCase("99999999999")]
    [TestCase("123456789012345678901234567890")]
    [TestCase("\"many\"")]
    public async Task A_count_out_of_range_leaves_the_total_unknown_in_paging(string count)
    {
        using var test = new TestClient();
        test.Handler.When("*").Respond("application/json", $$"""{"count":{{count}},"next":null,"results":[{"name":"Support"}]}""");

        var page = await test.Wassist.Paging.GetFirstPageAsync<Agent>("api/v1/agents/");

        Assert.That(page.TotalCount, Is.Null);
        Assert.That(page.Items.Single().Name, Is.EqualTo("Support"));
    }

    [Test]
    public async Task An_envelope_field_of_another_shape_never_replaces_the_items_in_paging()
    {
        using var test = new TestClient();
        test.Handler.When("*").Respond("application/json", """{"next":{"results":[{"name":"INJECTED"}]},"previous":["x"],"results":[{"name":"real"}]}""");

        var page = await test.Wassist.Paging.GetFirstPageAsync<Agent>("api/v1/agents/");

        Assert.That(page.Items.Select(a => a.Name), Is.EqualTo(new[] { "real" }));
        Assert.That(page.NextPageUrl, Is.Null);
        Assert.That(page.PreviousPageUrl, Is.Null);
    }

    [Test]
    public async Task An_envelope_field_of_another_shape_never_replaces_the_items_of_a_bare_list_method()
    {
        using var test = new TestClient();
        test.Handler.When("*").Respond("application/json", """{"next":{"results":[{"name":"INJECTED"}]},"results":[{"name":"orders"}]}""");

        var webhooks = await test.Wassist.Webhooks.ListAsync();

        Assert.That(webhooks.Select(w => w.Name), Is.EqualTo(new[] { "orders" }));
    }

    [Promise("tolerant-lists")]
    [Test]
    public async Task A_list_item_that_is_not_an_object_is_left_out_and_the_rest_is_read()
    {
        using var test = new TestClient();
        test.Handler.When("*").Respond("application/json", """[{"name":"orders"},"garbage",42,{"name":"billing"}]""");

        var webhooks = await test.Wassist.Webhooks.ListAsync();

        Assert.That(webhooks.Select(w => w.Name), Is.EqualTo(new[] { "orders", "billing" }));
    }
}
