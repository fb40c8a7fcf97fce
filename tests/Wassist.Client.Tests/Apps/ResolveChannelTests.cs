using System;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Threading.Tasks;
using NUnit.Framework;
using RichardSzalay.MockHttp;
using Wassist.Apps;
using static Wassist.Client.Tests.Apps.AppVectors;
using Wassist.Tests.Shared;

namespace Wassist.Client.Tests.Apps;

/// <summary>A tool call's session resolves to the channel it is on, read and written with the installation's credentials.</summary>
public class ResolveChannelTests
{
    private const string Api = "https://backend.wassist.app/api/v1/";

    private MockHttpMessageHandler _handler = null!;
    private WassistApp _app = null!;
    private WassistToolContext _context = null!;

    [SetUp]
    public void SetUp()
    {
        _handler = new MockHttpMessageHandler();
        _handler.Fallback.Respond(_ => throw new InvalidOperationException("The test sent a request it did not expect."));
        _app = new WassistApp(_handler.ToHttpClient(), new WassistAppOptions { ClientId = ClientId, ClientSecret = Secret }) { Clock = () => Now };
        // Session ids are uuids: the channel is read through the typed Sessions client.
        _context = _app.VerifyContextToken(Token(Claims().Replace("\"sess_9\"", "\"8c9d0e1f-2a3b-4c4d-8e5f-6a7b8c9d0e1f\"")));
    }

    [TearDown]
    public void TearDown()
    {
        _app.Dispose();
        _handler.Dispose();
    }

    private void Session(string channelJson) =>
        _handler.When(HttpMethod.Get, Api + "sessions/8c9d0e1f-2a3b-4c4d-8e5f-6a7b8c9d0e1f/").With(IsFromInstallation)
            .Respond("application/json", $$"""{"agentId":"7d3b8f0e-2c41-4a8e-9f6d-1b2c3d4e5f60","channel":{{channelJson}}}""");

    private static bool IsFromInstallation(HttpRequestMessage request) =>
        request.Headers.Authorization?.Scheme == "Basic" && request.Headers.Authorization.Parameter == BasicToken
        && request.Headers.TryGetValues("X-Wassist-Installation", out var values) && values.Single() == "inst_5f1c";

    [Test]
    public async Task A_whatsapp_session_reads_and_writes_its_conversation()
    {
        Session("""{"type":"whatsapp","conversationId":"5f1c2a9e-8b7d-4c3e-a1f2-0e9d8c7b6a51","contactId":"6a7b8c9d-0e1f-4a2b-8c3d-4e5f6a7b8c9d"}""");
        _handler.When(HttpMethod.Get, Api + "conversations/5f1c2a9e-8b7d-4c3e-a1f2-0e9d8c7b6a51/messages/").WithExactQueryString("limit=5").With(IsFromInstallation)
            .Respond("application/json", """[{"id":"8e4c1d2a-0b3f-4c5d-9e6f-7a8b9c0d1e2f","role":"user"}]""");
        string? sent = null;
        _handler.When(HttpMethod.Post, Api + "conversations/5f1c2a9e-8b7d-4c3e-a1f2-0e9d8c7b6a51/messages/").With(IsFromInstallation).Respond(request =>
        {
            sent = request.Content!.ReadAsStringAsync().GetAwaiter().GetResult();
            return new HttpResponseMessage(HttpStatusCode.Created) { Content = new StringContent("{}") };
        });

        var channel = await _app.ResolveChannelAsync(_context);

        var whatsapp = channel as WhatsAppChannel;
        Assert.That(whatsapp, Is.Not.Null, channel.GetType().Name);
        Assert.That(whatsapp!.ConversationId, Is.EqualTo(System.Guid.Parse("5f1c2a9e-8b7d-4c3e-a1f2-0e9d8c7b6a51")));
        Assert.That(whatsapp.ContactId, Is.EqualTo(System.Guid.Parse("6a7b8c9d-0e1f-4a2b-8c3d-4e5f6a7b8c9d")));
        Assert.That(whatsapp.SessionId, Is.EqualTo("8c9d0e1f-2a3b-4c4d-8e5f-6a7b8c9d0e1f"));
        Assert.That(await whatsapp.ListMessagesAsync(5), Has.Count.EqualTo(1));
        await whatsapp.SendTextAsync("On my way");
        Assert.That(sent, Is.EqualTo("""{"type":"text","text":{"body":"On my way"}}"""));
    }

    [Test]
    public async Task A_web_builder_session_reads_its_test_chat()
    {
        Session("""{"type":"web_builder","simulationId":"7b8c9d0e-1f2a-4b3c-9d4e-5f6a7b8c9d0e"}""");
        _handler.When(HttpMethod.Get, Api + "simulations/7b8c9d0e-1f2a-4b3c-9d4e-5f6a7b8c9d0e/messages/").With(IsFromInstallation)
            .Respond("application/json", """[{"role":"user"},{"role":"assistant"}]""");

        var channel = await _app.ResolveChannelAsync(_context);

        var web = channel as WebBuilderChannel;
        Assert.That(web, Is.Not.Null, channel.GetType().Name);
        Assert.That(web!.SimulationId, Is.EqualTo(System.Guid.Parse("7b8c9d0e-1f2a-4b3c-9d4e-5f6a7b8c9d0e")));
        Assert.That(await web.ListMessagesAsync(), Has.Count.EqualTo(2));
    }

    [Promise("resolve-channel")]
    [TestCase("null")]
    [TestCase("""{"type":"voice","callId":"c"}""")]
    [TestCase("""{"type":"whatsapp"}""")]
    [TestCase("""{"type":"whatsapp","conversationId":"conv_1"}""")]
    [TestCase("""{"type":"web_builder","conversationId":"5f1c2a9e-8b7d-4c3e-a1f2-0e9d8c7b6a51"}""")]
    public async Task A_session_on_neither_channel_is_a_clear_error(string channel)
    {
        Session(channel);

        var error = (await Assert.ThrowsAsync<InvalidOperationException>(() => _app.ResolveChannelAsync(_context)))!;

        Assert.That(error.Message, Does.Contain("8c9d0e1f-2a3b-4c4d-8e5f-6a7b8c9d0e1f").And.Contain("neither"));
    }

    [TestCase("null", "none")]
    [TestCase("""{"type":""}""", "none")]
    [TestCase("""{"type":"voice","callId":"c"}""", "voice")]
    public async Task The_channel_error_names_the_session_and_the_channel_type(string channel, string type)
    {
        Session(channel);

        var error = (await Assert.ThrowsAsync<InvalidOperationException>(() => _app.ResolveChannelAsync(_context)))!;

        Assert.That(error.Message, Is.EqualTo($"Session 8c9d0e1f-2a3b-4c4d-8e5f-6a7b8c9d0e1f is attached to neither a WhatsApp conversation nor a web-builder test chat (channel type '{type}'), so there is nowhere to read or send messages."));
    }

    [Test]
    public async Task A_whatsapp_channel_reads_at_least_one_message_and_sends_only_text_with_content()
    {
        Session("""{"type":"whatsapp","conversationId":"5f1c2a9e-8b7d-4c3e-a1f2-0e9d8c7b6a51"}""");
        _handler.When(HttpMethod.Get, Api + "conversations/5f1c2a9e-8b7d-4c3e-a1f2-0e9d8c7b6a51/messages/").WithExactQueryString("limit=1").With(IsFromInstallation)
            .Respond("application/json", """[{"id":"8e4c1d2a-0b3f-4c5d-9e6f-7a8b9c0d1e2f","role":"user"}]""");
        var whatsapp = (WhatsAppChannel)await _app.ResolveChannelAsync(_context);

        Assert.That(await whatsapp.ListMessagesAsync(1), Has.Count.EqualTo(1));
        var tooFew = Assert.Throws<ArgumentOutOfRangeException>(() => _ = whatsapp.ListMessagesAsync(0))!;
        Assert.That((tooFew.ParamName, tooFew.ActualValue), Is.EqualTo(("limit", (object)0)));
        Assert.That(tooFew.Message, Does.StartWith("The limit must be at least 1."));
        var blank = Assert.Throws<ArgumentException>(() => _ = whatsapp.SendTextAsync(" "))!;
        Assert.That(blank.ParamName, Is.EqualTo("body"));
        Assert.That(blank.Message, Does.StartWith("The text to send is required."));
    }

    [Test]
    public async Task The_session_channel_is_typed_and_a_reply_can_carry_an_idempotency_key()
    {
        Session("""{"type":"whatsapp","conversationId":"5f1c2a9e-8b7d-4c3e-a1f2-0e9d8c7b6a51","contactId":"6a7b8c9d-0e1f-4a2b-8c3d-4e5f6a7b8c9d"}""");
        string? idempotencyKey = null;
        _handler.When(HttpMethod.Post, Api + "conversations/5f1c2a9e-8b7d-4c3e-a1f2-0e9d8c7b6a51/messages/").With(IsFromInstallation).Respond(request =>
        {
            idempotencyKey = request.Headers.GetValues("Idempotency-Key").Single();
            return new HttpResponseMessage(HttpStatusCode.Created) { Content = new StringContent("{}") };
        });

        var channel = await _app.ResolveChannelAsync(_context);
        await ((WhatsAppChannel)channel).SendTextAsync("On my way", new WassistRequestOptions { IdempotencyKey = "reply-1" });

        Assert.That(channel.Session.Channel!.Type, Is.EqualTo("whatsapp"));
        Assert.That(channel.Session.Channel.ConversationId, Is.EqualTo(System.Guid.Parse("5f1c2a9e-8b7d-4c3e-a1f2-0e9d8c7b6a51")));
        Assert.That(channel.Session.Channel.SimulationId, Is.Null);
        Assert.That(idempotencyKey, Is.EqualTo("reply-1"));
    }

    [Test]
    public async Task Request_options_reach_the_session_read()
    {
        _handler.When(HttpMethod.Get, Api + "sessions/8c9d0e1f-2a3b-4c4d-8e5f-6a7b8c9d0e1f/").WithHeaders("X-Request-Id", "tool-call-1")
            .Respond("application/json", """{"channel":{"type":"web_builder","simulationId":"7b8c9d0e-1f2a-4b3c-9d4e-5f6a7b8c9d0e"}}""");

        var channel = await _app.ResolveChannelAsync(_context, new WassistRequestOptions { Headers = { ["X-Request-Id"] = "tool-call-1" } });

        Assert.That(((WebBuilderChannel)channel).SimulationId, Is.EqualTo(System.Guid.Parse("7b8c9d0e-1f2a-4b3c-9d4e-5f6a7b8c9d0e")));
    }

    [Test]
    public void An_installation_client_needs_an_installation() =>
        Assert.That(Assert.Throws<ArgumentException>(() => _app.ForInstallation(" "))!.ParamName, Is.EqualTo("installationId"));

    [Test]
    public void App_options_are_checked_by_name_and_never_show_the_secrets()
    {
        var options = new WassistAppOptions { ClientId = ClientId, PreviousClientSecret = PreviousSecret };

        Assert.That(Assert.Throws<ArgumentException>(() => new WassistApp(options))!.ParamName, Is.EqualTo("ClientSecret"));
        options.ClientSecret = Secret;
        Assert.That(options.ToString(), Does.Contain(ClientId).And.Not.Contain(Secret).And.Not.Contain(PreviousSecret));
    }
}
