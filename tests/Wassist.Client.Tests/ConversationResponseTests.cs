using System;
using System.Net;
using System.Threading.Tasks;
using Newtonsoft.Json;
using NUnit.Framework;
using Wassist.Tests.Shared;

namespace Wassist.Client.Tests;

/// <summary>Conversation responses in the shapes live traffic has, read value by value.</summary>
public class ConversationResponseTests
{
    /// <summary>A value kept in AdditionalProperties, as compact JSON.</summary>
    private static string Json(object? value) => JsonConvert.SerializeObject(value);

    private static async Task<Conversation> CreateAnswering(string fixture)
    {
        using var test = new TestClient();
        test.RespondToCreate(HttpStatusCode.Created, Fixture.Read(fixture));
        return await test.Wassist.Conversations.CreateAsync(new CreateConversationInput { ToNumber = "+447700900123" });
    }

    [Test]
    public async Task An_open_conversation_reads_booleans_seconds_and_nested_objects()
    {
        var conversation = await CreateAnswering("conversations/conversation.open.json");

        Assert.Multiple(() =>
        {
            Assert.That(conversation.Id, Is.EqualTo(Guid.Parse("5f1c2a9e-8b7d-4c3e-a1f2-0e9d8c7b6a51")));
            Assert.That(conversation.Contact!.Id, Is.EqualTo(Guid.Parse("c0a8e1f2-3b4c-4d5e-8f9a-0b1c2d3e4f50")));
            Assert.That(conversation.Contact.PhoneNumber, Is.EqualTo("447700900123"));
            Assert.That(conversation.Contact.Name, Is.EqualTo("Alex Example"));
            Assert.That(conversation.ActiveAgent!.Id, Is.EqualTo(Guid.Parse("7d3b8f0e-2c41-4a8e-9f6d-1b2c3d4e5f60")));
            Assert.That(conversation.ActiveAgent.Name, Is.EqualTo("Order Helper"));
            Assert.That(conversation.ChatWindowRemainingTime, Is.EqualTo(86134));
            Assert.That(conversation.LastMessage!.Type, Is.EqualTo("template"));
            Assert.That(conversation.LastMessage.Body, Is.EqualTo("Hi Alex, your order #1042 has shipped."));
            Assert.That(conversation.LastMessage.CreatedAt, Is.EqualTo(new DateTimeOffset(2026, 9, 29, 10, 15, 42, TimeSpan.Zero).AddTicks(1234560)));
            Assert.That(conversation.LastMessage.Role, Is.EqualTo(MessageRole.Assistant));
            Assert.That(conversation.IsHumanTakeover, Is.False);
            Assert.That(conversation.Active, Is.True);
            Assert.That(conversation.Routing, Is.EqualTo(RoutingMode.Agent));
            Assert.That(conversation.RoutingOverride, Is.False);
            Assert.That(conversation.WebhookId, Is.Null);
            Assert.That(conversation.WhatsappNumber!.Id, Is.EqualTo(Guid.Parse("9b8a7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c60")));
            Assert.That(conversation.WhatsappNumber.Number, Is.EqualTo("447700900000"));
            Assert.That(conversation.WhatsappNumber.IsSandbox, Is.False);
            Assert.That(conversation.AdditionalProperties, Is.Empty, "every field of the live shape has a typed property");
        });
    }

    [Test]
    public async Task A_closed_sandbox_conversation_reads_its_nulls_as_unset()
    {
        var conversation = await CreateAnswering("conversations/conversation.sandbox-closed.json");

        Assert.Multiple(() =>
        {
            Assert.That(conversation.Id, Is.EqualTo(Guid.Parse("2e4d6f80-1a3c-4e5f-9b7d-8c6a4e2f0d19")));
            Assert.That(conversation.Contact!.Id, Is.EqualTo(Guid.Parse("4a6c8e0f-2b4d-4f6a-8c0e-2f4a6c8e0b13")));
            Assert.That(conversation.Contact.PhoneNumber, Is.EqualTo("447700900200"));
            Assert.That(conversation.Contact.Name, Is.Null);
            Assert.That(conversation.ActiveAgent, Is.Null);
            Assert.That(conversation.LastMessage, Is.Null);
            Assert.That(conversation.ChatWindowRemainingTime, Is.Zero);
            Assert.That(conversation.IsHumanTakeover, Is.False);
            Assert.That(conversation.Active, Is.False);
            Assert.That(conversation.Routing, Is.Null);
            Assert.That(conversation.WebhookId, Is.Null);
            Assert.That(conversation.RoutingOverride, Is.False);
            Assert.That(conversation.WhatsappNumber!.Number, Is.EqualTo("447424845871"));
            Assert.That(conversation.WhatsappNumber.IsSandbox, Is.True);
        });
    }

    [Promise("unknown-enum-values")]
    [Promise("unknown-fields")]
    [Test]
    public async Task Unknown_fields_and_enum_values_are_kept_and_never_mapped_to_a_known_member()
    {
        var conversation = await CreateAnswering("conversations/conversation.unknown-members.json");

        Assert.Multiple(() =>
        {
            Assert.That(conversation.Id, Is.EqualTo(Guid.Parse("8c0e2f4a-6b8d-4f0a-9c2e-4a6c8e0f2b37")));
            Assert.That(conversation.Active, Is.Null, "missing active");
            Assert.That(conversation.IsHumanTakeover, Is.Null, "missing isHumanTakeover");
            Assert.That(conversation.Contact!.Id, Is.Null, "missing contact id");
            Assert.That(conversation.ChatWindowRemainingTime, Is.Null, "null window");
            Assert.That(conversation.Contact!.Name, Is.Null);
            Assert.That(conversation.Contact.PhoneNumber, Is.EqualTo("447700900321"));
            Assert.That(Json(conversation.Contact.AdditionalProperties["tags"]), Is.EqualTo("[\"vip\"]"));
            Assert.That(conversation.LastMessage!.Type, Is.EqualTo("voice_note"));
            Assert.That(conversation.LastMessage.Body, Is.Null);
            Assert.That(conversation.LastMessage.CreatedAt, Is.EqualTo(new DateTimeOffset(2026, 9, 30, 8, 1, 2, 500, TimeSpan.Zero)));
            Assert.That(conversation.LastMessage.Role, Is.Null, "an unknown role is not turned into a known one");
            Assert.That(Json(conversation.LastMessage.AdditionalProperties["role"]), Is.EqualTo("\"tool\""));
            Assert.That(Json(conversation.LastMessage.AdditionalProperties["durationSeconds"]), Is.EqualTo("12"));
            Assert.That(conversation.ActiveAgent!.Name, Is.EqualTo("Order Helper"));
            Assert.That(Json(conversation.ActiveAgent.AdditionalProperties["avatarUrl"]), Is.EqualTo("\"https://cdn.example.com/a.png\""));
            Assert.That(conversation.NeedsReview, Is.True);
            Assert.That(Json(conversation.ReviewReasons), Is.EqualTo("[\"negative_sentiment\"]"));
            Assert.That(conversation.SupportHandoffs, Is.Empty);
            Assert.That(Json(conversation.AdditionalProperties["mood"]), Is.EqualTo("\"curious\""));
        });
    }
}
