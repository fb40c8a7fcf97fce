using System;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using ModelContextProtocol;
using ModelContextProtocol.Client;
using ModelContextProtocol.Protocol;
using NUnit.Framework;
using Wassist.Testing;
using Wassist.Tests.Shared;

namespace Wassist.Samples.Tests;

/// <summary>
/// The MCP sample as Wassist uses it: an MCP client calls its tools over HTTP with a context token in <c>_meta</c>
/// (signed here with HMAC-SHA256, independently of the library), and the tools answer from the agent's channel on a
/// <see cref="FakeWassist"/>. Installers reach its setup page with a signed query.
/// </summary>
public class McpSampleTests
{
    private const string SessionId = "3f2a1b0c-9d8e-4f7a-8b6c-5d4e3f2a1b0c";
    private const string SimulationId = "0c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f";

    private FakeWassist _fake = null!;
    private McpSampleHost _host = null!;
    private McpClient _mcp = null!;

    [SetUp]
    public async Task SetUp()
    {
        _fake = new FakeWassist { ClientId = McpSampleHost.ClientId, ClientSecret = McpSampleHost.ClientSecret };
        _host = await McpSampleHost.StartAsync(_fake);
        _mcp = await McpClient.CreateAsync(new HttpClientTransport(new HttpClientTransportOptions { Endpoint = new Uri(_host.Address, "/mcp") }));
    }

    [TearDown]
    public async Task TearDown()
    {
        await _mcp.DisposeAsync();
        await _host.DisposeAsync();
        _fake.Dispose();
    }

    private static string ContextToken(string secret = McpSampleHost.ClientSecret, long? expires = null) =>
        AppSigning.Token(
            AppSigning.Claims(McpSampleHost.ClientId, expires ?? DateTimeOffset.UtcNow.AddMinutes(5).ToUnixTimeSeconds(), "inst_sample_9", "org_sample_3", "agent_sample_5", SessionId),
            secret);

    private Task<CallToolResult> CallAsync(string tool, string? token, params (string Name, object? Value)[] arguments) =>
        _mcp.CallToolAsync(tool, arguments.ToDictionary(a => a.Name, a => a.Value), options: new RequestOptions
        {
            Meta = token is null ? new JsonObject() : new JsonObject { ["wassist.app/context_token"] = token },
        }).AsTask();

    private static string Text(CallToolResult result) => string.Join("\n", result.Content.OfType<TextContentBlock>().Select(b => b.Text));

    /// <summary>A WhatsApp conversation on the fake with two texts, and the session the token names on it.</summary>
    private async Task<string> WhatsAppSessionAsync()
    {
        using var wassist = new WassistClient(_fake.CreateHttpClient(), new WassistClientOptions { ApiKey = "test-key" });
        var conversation = await wassist.Conversations.CreateAsync(new CreateConversationInput { ToNumber = "447700900123" });
        foreach (var text in new[] { "Where is my order?", "It was #1042." })
        {
            await wassist.Conversations.SendMessageAsync(conversation.Id!.Value, new SendMessageInput { Type = SendMessageType.Text, Text = new SendMessageTextInput { Body = text } });
        }

        _fake.Respond("Sessions_Get", 200, $$$"""{"id":"{{{SessionId}}}","channel":{"type":"whatsapp","conversationId":"{{{conversation.Id}}}","contactId":null}}""");
        return conversation.Id.ToString()!;
    }

    [Test]
    public async Task The_server_lists_its_two_tools()
    {
        var tools = await _mcp.ListToolsAsync();

        Assert.That(tools.Select(t => t.Name).OrderBy(n => n), Is.EqualTo(new[] { "send_whatsapp_text", "summarize_chat" }));
    }

    [Test]
    public async Task Summarize_chat_reads_the_agents_whatsapp_conversation_for_its_installation()
    {
        var conversationId = await WhatsAppSessionAsync();

        var result = await CallAsync("summarize_chat", ContextToken());

        Assert.That(result.IsError, Is.Not.True, Text(result));
        Assert.That(Text(result), Is.EqualTo($"WhatsApp conversation {conversationId}: 2 recent messages; the last text: \"It was #1042.\"."));
        var appCalls = _fake.Calls.Where(c => c.InstallationId is not null).Select(c => c.ToString());
        Assert.That(appCalls, Is.EqualTo(new[]
        {
            $"GET /api/v1/sessions/{SessionId}/ -> 200",
            $"GET /api/v1/conversations/{conversationId}/messages/?limit=20 -> 200",
        }));
        Assert.That(_fake.Calls.Where(c => c.InstallationId is not null).Select(c => c.InstallationId).Distinct(), Is.EqualTo(new[] { "inst_sample_9" }));
    }

    [Test]
    public async Task Send_whatsapp_text_sends_into_the_agents_conversation()
    {
        var conversationId = await WhatsAppSessionAsync();

        var result = await CallAsync("send_whatsapp_text", ContextToken(), ("text", "Your order ships today."));

        Assert.That(result.IsError, Is.Not.True, Text(result));
        var sent = _fake.Calls.Last();
        Assert.That(sent.ToString(), Is.EqualTo($"POST /api/v1/conversations/{conversationId}/messages/ -> 201"));
        Assert.That(JsonNode.Parse(sent.Body!)!.ToJsonString(), Is.EqualTo("""{"type":"text","text":{"body":"Your order ships today."}}"""));
        Assert.That(Text(result), Does.StartWith("Sent message ").And.EndWith($" to WhatsApp conversation {conversationId}."));
    }

    [Test]
    public async Task In_the_dashboards_test_chat_summarize_reads_the_simulation_and_send_refuses()
    {
        _fake.Respond("Sessions_Get", 200, $$$"""{"id":"{{{SessionId}}}","channel":{"type":"web_builder","simulationId":"{{{SimulationId}}}"}}""");
        _fake.Respond("Simulations_ListMessages", 200, """[{"role":"user","content":"hi"},{"role":"assistant","content":"hello"},{"role":"user","content":"help"}]""");

        var summary = await CallAsync("summarize_chat", ContextToken());
        var send = await CallAsync("send_whatsapp_text", ContextToken(), ("text", "Hello"));

        Assert.That(Text(summary), Is.EqualTo($"Test chat {SimulationId}: 3 messages so far."));
        Assert.That(send.IsError, Is.True);
        Assert.That(Text(send), Does.Contain("not a WhatsApp conversation: nothing was sent"));
        Assert.That(_fake.Calls.Select(c => c.Method), Has.None.EqualTo("POST"));
    }

    [TestCase(null, "MissingToken")]
    [TestCase("cs_someone_else", "SignatureMismatch")]
    public async Task A_call_without_a_valid_context_token_is_a_tool_error_and_reaches_no_api(string? secret, string reason)
    {
        var result = await CallAsync("summarize_chat", secret is null ? null : ContextToken(secret));

        Assert.That(result.IsError, Is.True);
        Assert.That(Text(result), Does.Contain($"the context token failed its {reason} check"));
        Assert.That(_fake.Calls, Is.Empty);
    }

    [Test]
    public async Task An_expired_token_is_refused()
    {
        var result = await CallAsync("summarize_chat", ContextToken(expires: DateTimeOffset.UtcNow.AddMinutes(-5).ToUnixTimeSeconds()));

        Assert.That(Text(result), Does.Contain("the context token failed its TokenExpired check"));
        Assert.That(_fake.Calls, Is.Empty);
    }

    [Test]
    public async Task The_setup_page_verifies_the_signed_redirect_and_reads_the_installations_agents()
    {
        using var http = new HttpClient { BaseAddress = _host.Address };
        var timestamp = DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture);
        var query = AppSigning.Redirect(McpSampleHost.ClientSecret, ("installation_id", "inst_sample_9"), ("organization_id", "org_sample_3"), ("timestamp", timestamp));

        using var response = await http.GetAsync("/setup?" + query);
        using var tampered = await http.GetAsync("/setup?" + query.Replace("org_sample_3", "org_other"));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(await response.Content.ReadAsStringAsync(), Is.EqualTo("Installed for organization org_sample_3: 0 agents can use this app."));
        Assert.That(_fake.Calls.Single().ToString(), Is.EqualTo("GET /api/v1/agents/?limit=100 -> 200"));
        Assert.That(_fake.Calls.Single().InstallationId, Is.EqualTo("inst_sample_9"));
        Assert.That(tampered.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(await tampered.Content.ReadAsStringAsync(), Is.EqualTo("This page opens only from Wassist (SignatureMismatch)."));
    }
}
