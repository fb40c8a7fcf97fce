using System;
using System.Net;
using System.Threading.Tasks;
using NUnit.Framework;
using Wassist.Tests.Shared;

namespace Wassist.Client.Tests;

/// <summary>Enum fields of requests go on the wire by the API's name for them; a number that is no member is refused.</summary>
public class RequestEnumTests
{
    [Test]
    public async Task An_enum_field_is_sent_by_its_wire_name()
    {
        using var test = new TestClient();
        var captured = test.RespondToCreate(HttpStatusCode.Created, Fixture.Read("conversations/conversation.open.json"));

        await test.Wassist.Conversations.CreateAsync(new CreateConversationInput
        {
            ToNumber = "+447700900123",
            Message = new CreateConversationMessage { Type = ConversationMessageType.Template },
        });

        Assert.That(captured.Body, Is.EqualTo("{\"toNumber\":\"+447700900123\",\"message\":{\"type\":\"template\"}}"));
    }

    [Promise("undefined-enum-refused")]
    [Test]
    public async Task A_number_that_is_no_member_is_refused_before_anything_is_sent()
    {
        using var test = new TestClient();
        var captured = test.RespondToCreate(HttpStatusCode.Created, Fixture.Read("conversations/conversation.open.json"));

        var error = await Assert.ThrowsAsync<ArgumentException>(() => test.Wassist.Conversations.CreateAsync(new CreateConversationInput
        {
            ToNumber = "+447700900123",
            Message = new CreateConversationMessage { Type = (ConversationMessageType)7 },
        }));

        Assert.That(error!.ParamName, Is.EqualTo("CreateConversationMessage.Type"));
        Assert.That(error.Message, Does.StartWith("CreateConversationMessage.Type is 7, which is not a ConversationMessageType value the Wassist API knows; set it to one of the ConversationMessageType members."));
        Assert.That(captured.Count, Is.Zero);
    }
}
