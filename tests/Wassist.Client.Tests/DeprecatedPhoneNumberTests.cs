using System;
using System.Net;
using System.Threading.Tasks;
using NUnit.Framework;
using Wassist.Tests.Shared;

namespace Wassist.Client.Tests;

/// <summary>The deprecated PhoneNumber keeps working: it is sent as toNumber, and never as phoneNumber.</summary>
#pragma warning disable CS0618 // These tests exercise the obsolete PhoneNumber on purpose.
public class DeprecatedPhoneNumberTests
{
    [Promise("deprecated-phone-number")]
    [Test]
    public async Task Only_the_deprecated_field_set_sends_it_as_toNumber()
    {
        using var test = new TestClient();
        var sent = test.RespondToCreate(HttpStatusCode.Created, Fixture.Read("conversations/conversation.open.json"));

        await test.Wassist.Conversations.CreateAsync(new CreateConversationInput { PhoneNumber = "447700900123", AgentId = TestClient.AgentId });

        Assert.That(sent.Body, Is.EqualTo(Fixture.Read("conversations/create.request.recipient-only.json")));
    }

    [Test]
    public async Task Both_fields_set_to_the_same_number_send_toNumber_once()
    {
        using var test = new TestClient();
        var sent = test.RespondToCreate(HttpStatusCode.Created, Fixture.Read("conversations/conversation.open.json"));

        await test.Wassist.Conversations.CreateAsync(new CreateConversationInput { ToNumber = "447700900123", PhoneNumber = "447700900123", AgentId = TestClient.AgentId });

        Assert.That(sent.Body, Is.EqualTo(Fixture.Read("conversations/create.request.recipient-only.json")));
    }

    [Promise("deprecated-phone-number")]
    [Test]
    public async Task Both_fields_set_to_different_numbers_throw_before_any_request_and_name_both()
    {
        using var test = new TestClient();
        var sent = test.RespondToCreate(HttpStatusCode.Created, Fixture.Read("conversations/conversation.open.json"));
        var input = new CreateConversationInput { ToNumber = "447700900123", PhoneNumber = "447700900999" };

        var error = await Assert.ThrowsAsync<ArgumentException>(() => test.Wassist.Conversations.CreateAsync(input));

        Assert.Multiple(() =>
        {
            Assert.That(error!.Message, Does.Contain("ToNumber").And.Contain("PhoneNumber"));
            Assert.That(sent.Count, Is.Zero);
            Assert.That(input.ToNumber, Is.EqualTo("447700900123"), "the caller's object is left as it was");
        });
    }

    [Test]
    public void The_deprecated_property_is_marked_obsolete_with_its_replacement()
    {
        var obsolete = (ObsoleteAttribute?)Attribute.GetCustomAttribute(
            typeof(CreateConversationInput).GetProperty(nameof(CreateConversationInput.PhoneNumber))!, typeof(ObsoleteAttribute));

        Assert.That(obsolete?.Message, Does.Contain("ToNumber"));
    }
}
