using System;
using System.Net;
using System.Threading.Tasks;
using NUnit.Framework;
using Wassist.Tests.Shared;

namespace Wassist.Client.Tests;

/// <summary>The exact request Conversations.CreateAsync puts on the wire, against the request fixtures.</summary>
public class CreateConversationRequestTests
{
    [Test]
    public async Task Template_message_is_sent_byte_for_byte_to_the_collection_with_a_trailing_slash()
    {
        using var test = new TestClient();
        var sent = test.RespondToCreate(HttpStatusCode.Created, Fixture.Read("conversations/conversation.open.json"));

        await test.Wassist.Conversations.CreateAsync(new CreateConversationInput
        {
            ToNumber = "+447700900123",
            AgentId = TestClient.AgentId,
            Message = new CreateConversationMessage
            {
                Type = ConversationMessageType.Template,
                Template = new SendMessageTemplateInput
                {
                    Name = "order_update",
                    Variables = new TemplateVariables { Body = new[] { "Alex", "#1042" }, Header = "Your order" },
                },
            },
        });

        Assert.Multiple(() =>
        {
            Assert.That(sent.Method, Is.EqualTo("POST"));
            Assert.That(sent.Url, Is.EqualTo(TestClient.ConversationsUrl));
            Assert.That(sent.ContentType, Is.EqualTo("application/json"));
            Assert.That(sent.Body, Is.EqualTo(Fixture.Read("conversations/create.request.template.json")));
        });
    }

    [Test]
    public async Task Unset_agent_and_message_are_left_out_rather_than_sent_as_empty_values()
    {
        using var test = new TestClient();
        var sent = test.RespondToCreate(HttpStatusCode.Created, Fixture.Read("conversations/conversation.open.json"));

        await test.Wassist.Conversations.CreateAsync(new CreateConversationInput { ToNumber = "+447700900123" });

        Assert.That(sent.Body, Is.EqualTo(Fixture.Read("conversations/create.request.minimal.json")));
        Assert.That(sent.Body, Does.Not.Contain("00000000-0000-0000-0000-000000000000"));
    }

    [Promise("auth-key-header")]
    [Test]
    public async Task Every_request_carries_the_api_key_header()
    {
        using var test = new TestClient();
        var sent = test.RespondToCreate(HttpStatusCode.Created, Fixture.Read("conversations/conversation.open.json"));

        await test.Wassist.Conversations.CreateAsync(new CreateConversationInput { ToNumber = "+447700900123" });

        Assert.That(sent.ApiKeyHeader, Is.EqualTo(TestClient.ApiKey));
    }

    [Promise("required-field-named")]
    [Test]
    public async Task A_template_without_a_name_is_refused_before_sending_and_the_field_is_named()
    {
        using var test = new TestClient();
        var sent = test.RespondToCreate(HttpStatusCode.Created, Fixture.Read("conversations/conversation.open.json"));

        var error = await Assert.ThrowsAsync<ArgumentException>(() => test.Wassist.Conversations.CreateAsync(new CreateConversationInput
        {
            ToNumber = "+447700900123",
            Message = new CreateConversationMessage { Type = ConversationMessageType.Template, Template = new SendMessageTemplateInput() },
        }));

        Assert.That(error!.Message, Does.Contain("SendMessageTemplateInput.Name").And.Contain("'name'"));
        Assert.That(sent.Count, Is.Zero);
    }
}
