using System;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Reflection;
using System.Runtime.Serialization;
using System.Threading.Tasks;
using NUnit.Framework;
using RichardSzalay.MockHttp;
using Wassist.Tests.Shared;

namespace Wassist.Client.Tests;

/// <summary>
/// Each place where the published description disagreed with what outside evidence shows the API sends or takes,
/// proved against that evidence's fixture (tests/fixtures/fixtures.json names its class and origin). Expected values
/// are written out by hand from the fixture.
/// </summary>
public class EvidenceShapeTests
{
    private const string TemplateId = "b6f21d84-3c7e-4a59-8e13-4d0f6c9a2b71";

    [Test]
    public async Task The_business_profile_is_read_as_a_profile_not_as_a_phone_number()
    {
        using var test = Answering("operations/PhoneNumbers_GetBusinessProfile.response.json");

        var profile = await test.Wassist.PhoneNumbers.GetBusinessProfileAsync("447700900481");

        Assert.Multiple(() =>
        {
            Assert.That(profile.About, Is.EqualTo("Fresh bread every morning"));
            Assert.That(profile.Address, Is.EqualTo("4 Quay Street, Plymouth"));
            Assert.That(profile.Websites, Is.EqualTo(new[] { "https://harbour-bakery.example" }));
            Assert.That(profile.Vertical, Is.EqualTo("RESTAURANT"));
            Assert.That(profile.IsStarterBranded, Is.False);
            Assert.That(profile.AdditionalProperties, Is.Empty, "every field of the profile has a typed property");
        });
    }

    [Test]
    public async Task A_publish_that_fails_for_one_account_shows_the_failure_in_typed_results()
    {
        using var test = Answering("operations/Templates_Publish.response.json");

        var template = await test.Wassist.Templates.PublishAsync(System.Guid.Parse(TemplateId), new PublishTemplateInput());

        Assert.Multiple(() =>
        {
            Assert.That(template.Name, Is.EqualTo("order_ready"));
            Assert.That(template.PublishResults!.Single().AccountId, Is.EqualTo(Guid.Parse("71c3e9d8-4a2f-4b6e-9d07-8e5b1c3a2f60")));
            Assert.That(template.PublishResults!.Single().MetaTemplateId, Is.EqualTo("1291837465019283"));
            Assert.That(template.PublishResults!.Single().Status, Is.EqualTo("PENDING"));
            Assert.That(template.PublishErrors!.Single().AccountId, Is.EqualTo(Guid.Parse("4f8b2d6e-a1c9-4e37-b5d3-9e7c1a5f3b08")));
            Assert.That(template.PublishErrors!.Single().Error, Is.EqualTo("Template name already exists for this WhatsApp Business Account"));
            Assert.That(template.AdditionalProperties, Is.Empty);
        });
    }

    [Test]
    public async Task An_unpublish_answer_reads_its_per_account_results()
    {
        using var test = Answering("operations/Templates_Unpublish.response.json");

        var template = await test.Wassist.Templates.UnpublishAsync(System.Guid.Parse(TemplateId), new UnpublishTemplateInput());

        Assert.Multiple(() =>
        {
            Assert.That(template.UnpublishResults!.Single().AccountId, Is.EqualTo(Guid.Parse("e4b87a13-92c6-4d1f-b05e-6a3d8f27c914")));
            Assert.That(template.UnpublishResults!.Single().Unpublished, Is.True);
            Assert.That(template.UnpublishErrors, Is.Empty);
        });
    }

    [Promise("patch-sends-set-fields")]
    [Test]
    public async Task A_template_patch_with_only_a_name_sends_only_the_name()
    {
        using var test = Answering("operations/Templates_Update.response.json", out var sent);

        await test.Wassist.Templates.UpdateAsync(System.Guid.Parse(TemplateId), new UpdateTemplateInput { Name = "order_ready_v2" });

        Assert.That(sent.Body, Is.EqualTo(Fixture.Read("operations/Templates_Update.request.json")));
        Assert.That(sent.Body, Does.Not.Contain("category"), "an unset category must not go out as UTILITY");
    }

    [Test]
    public async Task An_agent_patch_sends_the_paywall_and_credit_settings_as_objects_with_an_open_model_and_reasoning_effort()
    {
        using var test = Answering("operations/Agents_Update.response.json", out var sent);

        var agent = await test.Wassist.Agents.UpdateAsync(System.Guid.Parse("3f6c2a9e-8b1d-4e57-9a0c-5d2e7f184b63"), new AgentPatch
        {
            Name = "Harbour Bakery Assistant",
            Icebreakers = ["Where is my order?", "Opening hours"],
            PaywallConfig = new AgentPaywallConfigInput
            {
                MessageLimit = 50,
                PaywallAction = PaywallAction.PurchaseLink,
                PaywallUrl = "https://harbour-bakery.example/subscribe",
                CtaButtonText = "Get more messages",
                TerminalStateMessage = "You have used this month's messages.",
            },
            CreditSettings = new AgentCreditSettingsInput { InitialCredits = 100, CreditGrantAmount = 25 },
            LlmModel = "openai/gpt-4.1-mini",
            ReasoningEffort = "low",
        });

        Assert.Multiple(() =>
        {
            Assert.That(sent.Body, Is.EqualTo(Fixture.Read("operations/Agents_Update.request.json")));
            Assert.That(agent.ReasoningEffort, Is.EqualTo("low"));
            Assert.That(agent.PaywallConfig!.PaywallAction, Is.EqualTo(PaywallAction.PurchaseLink));
            Assert.That(agent.CreditSettings!.CreditGrantAmount, Is.EqualTo(25));
        });
    }

    [Test]
    public async Task An_agent_reads_an_open_model_id_a_Meta_waba_id_and_its_organisation()
    {
        using var test = Answering("operations/Agents_Get.response.json");

        var agent = await test.Wassist.Agents.GetAsync(System.Guid.Parse("3f6c2a9e-8b1d-4e57-9a0c-5d2e7f184b63"));

        Assert.Multiple(() =>
        {
            Assert.That(agent.LlmModel, Is.EqualTo("openai/gpt-4.1-mini"));
            Assert.That(agent.PhoneNumbers!.Single().WabaId, Is.EqualTo("104982375610248"));
            Assert.That(agent.PhoneNumbers!.Single().WhatsappPhoneNumberId, Is.EqualTo("108274659301846"));
            Assert.That(agent.Organization!.Name, Is.EqualTo("Harbour Bakery Ltd"));
            Assert.That(agent.CreatedAt, Is.EqualTo(new DateTimeOffset(2026, 10, 14, 9, 21, 7, TimeSpan.Zero).AddTicks(4829130)));
            Assert.That(agent.AdditionalProperties, Is.Empty, "every field the live agent carries has a typed property");
        });
    }

    [Test]
    public void The_agent_offers_no_field_the_API_stopped_sending_and_no_subscribe_paywall()
    {
        var paywallValues = typeof(PaywallAction).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Select(f => f.GetCustomAttribute<EnumMemberAttribute>()!.Value);

        Assert.Multiple(() =>
        {
            Assert.That(typeof(Agent).GetProperty("Owner"), Is.Null);
            Assert.That(typeof(Agent).GetProperty("Sharings"), Is.Null);
            Assert.That(typeof(AgentPaywallConfig).GetProperty("SubscriptionPricePerMonth"), Is.Null);
            Assert.That(paywallValues, Is.EqualTo(new[] { "none", "purchase_link", "terminal" }));
        });
    }

    [Test]
    public async Task The_conversation_list_filters_by_sending_number_and_sorts()
    {
        using var test = Answering("operations/Conversations_List.response.json", out var sent);

        var page = await test.Wassist.Conversations.ListAsync(whatsappNumber: "447700900481", ordering: ConversationOrdering.LastMessageTimeDescending);

        Assert.Multiple(() =>
        {
            Assert.That(sent.OriginalUrl, Is.EqualTo("https://backend.wassist.app/api/v1/conversations/?whatsappNumber=447700900481&ordering=-last_message_time"));
            Assert.That(page.Next, Is.EqualTo(new Uri("https://backend.wassist.app/api/v1/conversations/?limit=20&offset=20&ordering=-last_message_time")));
            Assert.That(page.Results.Select(c => c.WhatsappNumber!.Number), Is.EqualTo(new[] { "447700900481", "447700900481" }));
        });
    }

    [TestCase("operations/PhoneNumbers_ListAvailable.sdk-shape.response.json")]
    [TestCase("operations/PhoneNumbers_ListAvailable.response.json")]
    public async Task Available_numbers_read_the_same_from_the_SDK_object_and_the_CLI_array(string fixture)
    {
        using var test = Answering(fixture);

        var numbers = await test.Wassist.PhoneNumbers.ListAvailableAsync();

        Assert.That(numbers.Select(n => (n.Id, n.Phone_number)), Is.EqualTo(new[]
        {
            ("PN3f9a1c7e5b2d4a86e0c1f7b3d9a5e2c8", "+447700900634"),
            ("PN8b2e6d4f0a1c3e5b7d9f2a4c6e8b0d1f", "+447700900718"),
        }));
    }

    [Test]
    public async Task A_takeover_answered_with_a_live_conversation_reads_its_objects()
    {
        using var test = Answering("conversations/conversation.open.json");

        var conversation = await test.Wassist.Conversations.TakeOverAsync(System.Guid.Parse("c81e4b2a-7f35-4d96-b0a8-93e6f15d2c47"), new TakeoverInput());

        Assert.Multiple(() =>
        {
            Assert.That(conversation.Contact!.PhoneNumber, Is.Not.Empty);
            Assert.That(conversation.LastMessage!.Body, Is.Not.Empty);
            Assert.That(conversation.ActiveAgent!.Name, Is.Not.Empty);
            Assert.That(conversation.Active, Is.True);
        });
    }

    [Test]
    public async Task A_link_session_without_its_return_url_is_refused_before_sending()
    {
        using var test = Answering("operations/LinkSessions_Create.response.json", out var sent, HttpStatusCode.Created);

        var error = await Assert.ThrowsAsync<ArgumentException>(() => test.Wassist.LinkSessions.CreateAsync(new CreateWhatsAppLinkSessionInput { SuccessUrl = "https://app.harbour-bakery.example/whatsapp/linked" }));
        var session = await test.Wassist.LinkSessions.CreateAsync(new CreateWhatsAppLinkSessionInput
        {
            SuccessUrl = "https://app.harbour-bakery.example/whatsapp/linked",
            ReturnUrl = "https://app.harbour-bakery.example/whatsapp",
        });

        Assert.Multiple(() =>
        {
            Assert.That(error!.Message, Does.Contain("'returnUrl'"));
            Assert.That(sent.Count, Is.EqualTo(1), "only the complete request was sent");
            Assert.That(sent.Body, Is.EqualTo(Fixture.Read("operations/LinkSessions_Create.request.json")));
            Assert.That(session.LinkUrl, Is.EqualTo("https://wassist.app/link/93e5b7d2-1f48-4c6a-a0e9-5b2d8f4c7e31"));
        });
    }

    [Test]
    public async Task A_test_persona_replace_sends_only_name_and_description()
    {
        using var test = Answering("operations/TestPersonas_Replace.response.json", out var sent);

        await test.Wassist.TestPersonas.ReplaceAsync(System.Guid.Parse("8c3f5a17-2e9d-4b60-a4c8-7d1e9f0b2a36"), new UpdateTestPersonaInput
        {
            Name = "Impatient regular",
            Description = "Orders every week and gets short when answers are vague.",
        });

        Assert.That(sent.Body, Is.EqualTo(Fixture.Read("operations/TestPersonas_Replace.request.json")));
    }

    [Test]
    public async Task A_conversation_replace_and_a_phone_number_write_send_only_the_published_writable_fields()
    {
        using var conversationTest = Answering("operations/Conversations_Replace.response.json", out var conversationSent);
        using var phoneNumberTest = Answering("operations/PhoneNumbers_UpdateBusinessProfile.response.json", out var phoneNumberSent);

        await conversationTest.Wassist.Conversations.ReplaceAsync(System.Guid.Parse("5f1c2a9e-8b7d-4c3e-a1f2-0e9d8c7b6a51"), new UpdateConversationInput
        {
            Contact = new ConversationContact { PhoneNumber = "447700900123", Name = "Alex Example" },
        });
        await phoneNumberTest.Wassist.PhoneNumbers.UpdateBusinessProfileAsync("447700900123", new PhoneNumberInput { Number = "447700900123", WhatsappPhoneNumberId = "108274659301846" });

        Assert.Multiple(() =>
        {
            Assert.That(conversationSent.Body, Is.EqualTo(Fixture.Read("operations/Conversations_Replace.request.json")));
            Assert.That(phoneNumberSent.Body, Is.EqualTo(Fixture.Read("operations/PhoneNumbers_UpdateBusinessProfile.request.json")));
            Assert.That(typeof(UpdateConversationInput).GetProperties().Select(p => p.Name), Is.EquivalentTo(new[] { "Contact", "AdditionalProperties" }));
            Assert.That(typeof(PhoneNumberInput).GetProperties().Select(p => p.Name), Is.EquivalentTo(new[] { "Number", "WhatsappPhoneNumberId", "AdditionalProperties" }));
        });
    }

    /// <summary>A required enum, uuid or number the caller never set is refused by name, never sent as its default.</summary>
    [Promise("required-enum-id-number")]
    [Test]
    public async Task An_unset_required_value_is_refused_before_sending_instead_of_going_out_as_its_default()
    {
        using var test = Answering("operations/Conversations_SendMessage.response.json", out var sent);

        var noType = await Assert.ThrowsAsync<ArgumentException>(() => test.Wassist.Conversations.SendMessageAsync(
            System.Guid.Parse("c81e4b2a-7f35-4d96-b0a8-93e6f15d2c47"),
            new SendMessageInput { Unified = new UnifiedWhatsAppMessageInput { Text = "Your order is ready for collection." } }));
        var noCategory = await Assert.ThrowsAsync<ArgumentException>(() => test.Wassist.Templates.CreateAsync(new CreateTemplateInput { Name = "order_ready" }));
        var noAgent = await Assert.ThrowsAsync<ArgumentException>(() => test.Wassist.PhoneNumbers.ConnectAgentAsync("447700900481", new ConnectAgentInput()));

        Assert.Multiple(() =>
        {
            Assert.That(noType!.Message, Does.Contain("SendMessageInput.Type").And.Contain("'type'"));
            Assert.That(noCategory!.Message, Does.Contain("CreateTemplateInput.Category").And.Contain("'category'"));
            Assert.That(noAgent!.Message, Does.Contain("ConnectAgentInput.AgentId").And.Contain("'agentId'"));
            Assert.That(sent.Count, Is.Zero);
        });
    }

    internal static TestClient Answering(string fixture) => Answering(fixture, out _);

    /// <summary>A client whose every request is answered with the fixture and status, recording what was sent.</summary>
    internal static TestClient Answering(string fixture, out CapturedRequest sent, HttpStatusCode status = HttpStatusCode.OK)
    {
        var test = new TestClient();
        var captured = new CapturedRequest();
        test.Handler.When("*").Respond(request =>
        {
            captured.Record(request);
            return new HttpResponseMessage(status) { Content = new StringContent(Fixture.Read(fixture), System.Text.Encoding.UTF8, "application/json") };
        });
        sent = captured;
        return test;
    }
}
