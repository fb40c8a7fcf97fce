using System;
using System.Linq;
using System.Threading.Tasks;
using NUnit.Framework;

namespace Wassist.Client.Tests;

/// <summary>
/// Values that public clients of the live API show it sending off the description (text ids where a uuid is declared,
/// content fields under other names), read from their evidence fixtures (tests/fixtures/fixtures.json lists each
/// one's offDescription places and origin). The reader keeps the rest of the model typed and the odd value, raw, in
/// the model's <c>AdditionalProperties</c>. Expected values are written out by hand from the fixtures.
/// </summary>
public class OffDescriptionEvidenceTests
{
    [Test]
    public async Task An_agent_with_text_ids_for_its_organisation_and_documents_keeps_everything_else_typed()
    {
        using var test = EvidenceShapeTests.Answering("operations/Agents_Get.short-ids.response.json");

        var agent = await test.Wassist.Agents.GetAsync(Guid.Parse("9a4e2c71-6d3b-4f85-b0e9-2c7a5d1f8e36"));

        var document = agent.Documents!.Single();
        Assert.Multiple(() =>
        {
            Assert.That(agent.Organization!.Id, Is.Null);
            Assert.That(agent.Organization.AdditionalProperties["id"].ToString(), Is.EqualTo("org-4821"));
            Assert.That(agent.Organization.Name, Is.EqualTo("Northgate Dental Practice"));
            Assert.That(agent.Organization.IsPersonal, Is.False);
            Assert.That(document.Id, Is.Null);
            Assert.That(document.AdditionalProperties["id"].ToString(), Is.EqualTo("doc-5531"));
            Assert.That(document.Name, Is.EqualTo("price-list.pdf"));
            Assert.That(document.Status, Is.EqualTo(AgentDocumentStatus.Ready));
            Assert.That(agent.Id, Is.EqualTo(Guid.Parse("9a4e2c71-6d3b-4f85-b0e9-2c7a5d1f8e36")));
            Assert.That(agent.ReasoningEffort, Is.EqualTo("medium"));
            Assert.That(agent.PhoneNumbers!.Single().WabaId, Is.EqualTo("109384756102938"));
            Assert.That(agent.TotalSessions, Is.EqualTo(58));
            Assert.That(agent.CreatedAt, Is.EqualTo(new DateTimeOffset(2026, 10, 2, 14, 5, 31, TimeSpan.Zero).AddTicks(2084170)));
            Assert.That(agent.AdditionalProperties, Is.Empty, "only the nested models hold the odd ids");
        });
    }

    [Test]
    public async Task A_conversation_with_text_ids_for_its_contact_and_number_keeps_everything_else_typed()
    {
        using var test = EvidenceShapeTests.Answering("conversations/conversation.short-references.json");

        var conversation = await test.Wassist.Conversations.GetAsync(Guid.Parse("d4b7e2a9-1c58-4f36-a0e7-8b3c5d9f2e14"));

        Assert.Multiple(() =>
        {
            Assert.That(conversation.Contact!.Id, Is.Null);
            Assert.That(conversation.Contact.AdditionalProperties["id"].ToString(), Is.EqualTo("c-90417"));
            Assert.That(conversation.Contact.PhoneNumber, Is.EqualTo("447700900318"));
            Assert.That(conversation.Contact.Name, Is.EqualTo("Priya Shah"));
            Assert.That(conversation.WhatsappNumber!.Id, Is.Null);
            Assert.That(conversation.WhatsappNumber.AdditionalProperties["id"].ToString(), Is.EqualTo("n-2210"));
            Assert.That(conversation.WhatsappNumber.Number, Is.EqualTo("447700900572"));
            Assert.That(conversation.WhatsappNumber.IsSandbox, Is.False);
            Assert.That(conversation.ActiveAgent!.Id, Is.EqualTo(Guid.Parse("9a4e2c71-6d3b-4f85-b0e9-2c7a5d1f8e36")));
            Assert.That(conversation.LastMessage!.CreatedAt, Is.EqualTo(new DateTimeOffset(2026, 10, 14, 9, 23, 41, TimeSpan.Zero)));
            Assert.That(conversation.ChatWindowRemainingTime, Is.EqualTo(71240));
            Assert.That(conversation.AnalyticsEnabled, Is.True);
            Assert.That(conversation.AdditionalProperties, Is.Empty);
        });
    }

    [Test]
    public async Task Messages_with_the_CLI_field_names_keep_their_typed_envelope_and_the_CLI_fields_raw()
    {
        using var test = EvidenceShapeTests.Answering("operations/Conversations_ListMessages.cli-shape.response.json");

        var messages = await test.Wassist.Conversations.ListMessagesAsync(Guid.Parse("d4b7e2a9-1c58-4f36-a0e7-8b3c5d9f2e14"));

        var (quickReply, cta, image, template) = (messages[0], messages[1], messages[2], messages[3]);
        Assert.Multiple(() =>
        {
            Assert.That(messages.Select(m => m.Type), Is.EqualTo(new MessageType?[] { MessageType.QuickReply, MessageType.Cta, MessageType.Image, MessageType.Template }));
            Assert.That(quickReply.Role, Is.EqualTo(MessageRole.User));
            Assert.That(quickReply.QuickReply!.Text, Is.Null);
            Assert.That(quickReply.QuickReply.AdditionalProperties["body"].ToString(), Is.EqualTo("Friday 10:30"));
            Assert.That(cta.Status, Is.EqualTo(MessageStatus.Delivered));
            Assert.That(cta.Cta!.ButtonText, Is.EqualTo("See free slots"));
            Assert.That(cta.Cta.Url, Is.EqualTo("https://northgate-dental.example/slots"));
            Assert.That(cta.Cta.Text, Is.Null);
            Assert.That(cta.Cta.AdditionalProperties["body"].ToString(), Is.EqualTo("Pick a new time for your check-up."));
            Assert.That(image.Status, Is.Null);
            Assert.That(image.CreatedAt, Is.EqualTo(new DateTimeOffset(2026, 10, 14, 9, 29, 40, TimeSpan.Zero)));
            Assert.That(image.Image!.Caption, Is.EqualTo("My appointment card"));
            Assert.That(image.Image.AdditionalProperties["url"].ToString(), Is.EqualTo("https://files.northgate-dental.example/inbound/e7a3c5f1.jpg"));
            Assert.That(template.Id, Is.EqualTo(Guid.Parse("0d8b4f2a-6c31-4e79-9a5d-3b7e1f0c8a64")));
            Assert.That(template.Template!.TemplateName, Is.Null);
            Assert.That(template.Template.AdditionalProperties["name"].ToString(), Is.EqualTo("appointment_reminder"));
            Assert.That(messages.Select(m => m.AdditionalProperties.Count), Is.All.Zero, "the message envelopes match the description");
        });
    }
}
