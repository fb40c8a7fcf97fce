using System;
using System.Net;
using System.Threading.Tasks;
using NUnit.Framework;
using RichardSzalay.MockHttp;
using Wassist.Tests.Shared;

namespace Wassist.Client.Tests;

/// <summary>What the base class does to every generated request before it is sent.</summary>
public class RequestShapingTests
{
    [Promise("number-path-key")]
    [TestCase("447700900123")]
    [TestCase("+447700900123")]
    public async Task A_number_path_key_is_sent_as_digits_without_plus(string number)
    {
        using var test = new TestClient();
        CapturedRequest sent = new();
        test.Handler.When("*").Respond(request =>
        {
            sent.Record(request);
            return new System.Net.Http.HttpResponseMessage(HttpStatusCode.OK) { Content = new System.Net.Http.StringContent("{}") };
        });

        await test.Wassist.PhoneNumbers.GetAsync(number);

        Assert.That(sent.OriginalUrl, Is.EqualTo("https://backend.wassist.app/api/v1/phone-numbers/447700900123/"));
    }

    [Promise("number-path-key")]
    [TestCase("44770abc123", "letters")]
    [TestCase("07700900123", "starts with 0")]
    [TestCase("4477 0090", "' '")]
    public async Task A_number_path_key_that_is_not_a_phone_number_is_refused_before_sending(string number, string reason)
    {
        using var test = new TestClient();
        var sent = 0;
        test.Handler.When("*").Respond(_ =>
        {
            sent++;
            return new System.Net.Http.HttpResponseMessage(HttpStatusCode.OK);
        });

        var error = await Assert.ThrowsAsync<ArgumentException>(() => test.Wassist.PhoneNumbers.ConnectAgentAsync(number, new ConnectAgentInput { AgentId = TestClient.AgentId }));

        Assert.Multiple(() =>
        {
            Assert.That(error!.ParamName, Is.EqualTo("number"));
            Assert.That(error.Message, Does.Contain(reason));
            Assert.That(sent, Is.Zero);
        });
    }

    [Test]
    public async Task An_optional_body_left_out_is_sent_as_an_empty_object()
    {
        using var test = new TestClient();
        CapturedRequest sent = new();
        test.Handler.When("*").Respond(request =>
        {
            sent.Record(request);
            return new System.Net.Http.HttpResponseMessage(HttpStatusCode.OK) { Content = new System.Net.Http.StringContent("{}") };
        });

        await test.Wassist.Conversations.HandBackAsync(Guid.Parse("5f1c2a9e-8b7d-4c3e-a1f2-0e9d8c7b6a51"));

        Assert.That(sent.Body, Is.EqualTo("{}"));
        Assert.That(sent.ContentType, Is.EqualTo("application/json"));
    }

    [Test]
    public async Task Fields_added_to_AdditionalProperties_go_out_beside_the_typed_ones_and_untouched_models_add_none()
    {
        using var test = new TestClient();
        CapturedRequest sent = new();
        test.Handler.When("*").Respond(request =>
        {
            sent.Record(request);
            return new System.Net.Http.HttpResponseMessage(HttpStatusCode.Created) { Content = new System.Net.Http.StringContent("{}") };
        });
        var input = new CreateConversationInput
        {
            ToNumber = "447700900123",
            Message = new CreateConversationMessage
            {
                Type = ConversationMessageType.Template,
                Template = new SendMessageTemplateInput { Name = "order_update", Variables = new TemplateVariables() },
            },
        };
        input.AdditionalProperties["campaign"] = "autumn";
        input.Message.Template.AdditionalProperties.Clear();

        await test.Wassist.Conversations.CreateAsync(input);

        Assert.That(
            sent.Body,
            Is.EqualTo("""{"toNumber":"447700900123","message":{"type":"template","template":{"name":"order_update","variables":{}}},"campaign":"autumn"}"""));
    }
}
