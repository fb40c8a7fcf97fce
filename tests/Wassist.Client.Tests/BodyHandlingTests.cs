using System;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Threading.Tasks;
using Newtonsoft.Json.Linq;
using NUnit.Framework;
using RichardSzalay.MockHttp;
using Wassist.Tests.Shared;

namespace Wassist.Client.Tests;

/// <summary>
/// How bodies travel: request bodies written as UTF-8 through a buffer each thread reuses, success bodies read whole
/// into pooled buffers before they are deserialized, response headers gathered only for an exception, and enum
/// query values written from a per-type table.
/// </summary>
public class BodyHandlingTests
{
    private const string OpenConversationId = "5f1c2a9e-8b7d-4c3e-a1f2-0e9d8c7b6a51";

    [Test]
    public async Task A_body_that_failed_to_serialize_leaves_nothing_behind_for_the_next_request()
    {
        using var test = new TestClient();
        var captured = test.RespondToCreate(HttpStatusCode.Created, Fixture.Read("conversations/conversation.open.json"));
        var nameless = new CreateConversationInput
        {
            ToNumber = "+447700900123",
            Message = new CreateConversationMessage { Type = ConversationMessageType.Template, Template = new SendMessageTemplateInput { Variables = TemplateVariables.Positional("a fairly long value that would stay in the buffer") } },
        };

        await Assert.ThrowsAsync<ArgumentException>(() => test.Wassist.Conversations.CreateAsync(nameless));
        await test.Wassist.Conversations.CreateAsync(new CreateConversationInput { ToNumber = "+447700900123" });

        Assert.That(captured.Count, Is.EqualTo(1), "the failed body was refused before anything was sent");
        Assert.That(captured.Body, Is.EqualTo(Fixture.Read("conversations/create.request.minimal.json")));
        Assert.That(captured.ContentType, Is.EqualTo("application/json"));
    }

    [Test]
    public async Task A_body_larger_than_the_kept_buffer_is_sent_whole_and_the_next_small_one_exactly()
    {
        using var test = new TestClient();
        var captured = test.RespondToCreate(HttpStatusCode.Created, Fixture.Read("conversations/conversation.open.json"));
        var longValue = new string('x', 200_000) + "é";

        await test.Wassist.Conversations.CreateAsync(new CreateConversationInput
        {
            ToNumber = "+447700900123",
            Message = new CreateConversationMessage { Type = ConversationMessageType.Template, Template = new SendMessageTemplateInput { Name = "order_update", Variables = TemplateVariables.Positional(longValue) } },
        });
        var large = JObject.Parse(captured.Body!);
        await test.Wassist.Conversations.CreateAsync(new CreateConversationInput { ToNumber = "+447700900123" });

        Assert.That((string?)large.SelectToken("message.template.variables.body[0]"), Is.EqualTo(longValue));
        Assert.That(captured.Body, Is.EqualTo("{\"toNumber\":\"+447700900123\"}"));
    }

    [Test]
    public async Task A_request_body_is_sent_as_utf8_without_a_byte_order_mark_whatever_its_characters()
    {
        using var test = new TestClient();
        byte[]? sent = null;
        test.Handler.When(HttpMethod.Post, TestClient.ConversationsUrl).Respond(request =>
        {
            sent = request.Content!.ReadAsByteArrayAsync().GetAwaiter().GetResult();
            return new HttpResponseMessage(HttpStatusCode.Created) { Content = new StringContent(Fixture.Read("conversations/conversation.open.json")) };
        });

        await test.Wassist.Conversations.CreateAsync(new CreateConversationInput
        {
            ToNumber = "+447700900123",
            Message = new CreateConversationMessage { Type = ConversationMessageType.Template, Template = new SendMessageTemplateInput { Name = "order_update", Variables = TemplateVariables.Positional("caf\u00e9 \U0001F44B \u65E5\u672C") } },
        });

        // "café 👋 日本" in UTF-8, written out byte by byte: é is C3 A9, the waving hand F0 9F 91 8B, 日本 E6 97 A5 E6 9C AC.
        byte[] expected = [0x22, 0x63, 0x61, 0x66, 0xC3, 0xA9, 0x20, 0xF0, 0x9F, 0x91, 0x8B, 0x20, 0xE6, 0x97, 0xA5, 0xE6, 0x9C, 0xAC, 0x22];
        Assert.That(sent![0], Is.EqualTo((byte)'{'));
        Assert.That(sent.AsSpan().IndexOf(expected), Is.GreaterThan(0), Encoding.UTF8.GetString(sent));
    }

    [TestCase("utf-8 with a byte order mark")]
    [TestCase("utf-16 little endian with a byte order mark")]
    [TestCase("utf-16 big endian with a byte order mark")]
    [TestCase("utf-8")]
    public async Task A_success_body_is_decoded_as_its_byte_order_mark_says(string encodingName)
    {
        var encoding = encodingName switch
        {
            "utf-8 with a byte order mark" => new UTF8Encoding(encoderShouldEmitUTF8Identifier: true),
            "utf-16 little endian with a byte order mark" => new UnicodeEncoding(bigEndian: false, byteOrderMark: true),
            "utf-16 big endian with a byte order mark" => new UnicodeEncoding(bigEndian: true, byteOrderMark: true),
            _ => (Encoding)new UTF8Encoding(false),
        };
        var json = Fixture.Read("conversations/conversation.open.json").Replace("Alex Example", "Zoë Example");
        var bytes = encoding.GetPreamble().Concat(encoding.GetBytes(json)).ToArray();
        using var test = new TestClient();
        test.Handler.When(HttpMethod.Post, TestClient.ConversationsUrl).Respond(_ => Unbuffered(HttpStatusCode.Created, bytes, withLength: true));

        var conversation = await test.Wassist.Conversations.CreateAsync(new CreateConversationInput { ToNumber = "+447700900123" });

        Assert.That(conversation.Id, Is.EqualTo(Guid.Parse(OpenConversationId)));
        Assert.That(conversation.Contact!.Name, Is.EqualTo("Zoë Example"));
    }

    [Test]
    public async Task A_success_body_without_a_length_and_larger_than_the_first_buffer_is_read_whole()
    {
        var item = JObject.Parse(Fixture.Read("conversations/conversation.open.json"));
        var page = new JObject { ["count"] = 300, ["next"] = null, ["previous"] = null, ["results"] = new JArray(Enumerable.Repeat(item, 300)) };
        var bytes = Encoding.UTF8.GetBytes(page.ToString(Newtonsoft.Json.Formatting.None));
        using var test = new TestClient();
        test.Handler.When(HttpMethod.Get, TestClient.ConversationsUrl).Respond(_ => Unbuffered(HttpStatusCode.OK, bytes, withLength: false));

        var read = await test.Wassist.Conversations.ListAsync(limit: 300);

        Assert.That(bytes.Length, Is.GreaterThan(4 * 16 * 1024), "the body outgrows the first buffer several times");
        Assert.That(read.Results, Has.Count.EqualTo(300));
        Assert.That(read.Results.Select(c => c.Id), Is.All.EqualTo(Guid.Parse(OpenConversationId)));
    }

    [Test]
    public async Task An_unexpected_success_status_throws_with_the_response_headers()
    {
        using var test = new TestClient();
        test.Handler.When(HttpMethod.Post, TestClient.ConversationsUrl).Respond(_ =>
        {
            var response = Unbuffered(HttpStatusCode.OK, Encoding.UTF8.GetBytes("{}"), withLength: true);
            response.Headers.TryAddWithoutValidation("X-Request-Id", "req-42");
            return response;
        });

        var error = await Assert.CatchAsync<WassistApiException>(() => test.Wassist.Conversations.CreateAsync(new CreateConversationInput { ToNumber = "+447700900123" }));

        Assert.That(error!.StatusCode, Is.EqualTo(200));
        Assert.That(error.RequestId, Is.EqualTo("req-42"));
        Assert.That(error.Headers["Content-Type"], Is.EqualTo(new[] { "application/json" }));
    }

    [Test]
    public void Enum_query_values_are_the_wire_value_or_else_the_number()
    {
        Assert.That(Serialization.QueryValues.Of(ConversationStatus.Closed), Is.EqualTo("closed"));
        Assert.That(Serialization.QueryValues.Of(ConversationOrdering.LastMessageTimeDescending), Is.EqualTo("-last_message_time"));
        Assert.That(Serialization.QueryValues.Of(PlainEnum.Third), Is.EqualTo("3"), "NSwag sends the number of a member without a wire value");
        Assert.That(Serialization.QueryValues.Of((ConversationStatus)99), Is.EqualTo("99"));
    }

    private enum PlainEnum
    {
        Third = 3,
    }

    /// <summary>A body as the network delivers it: a stream read once, with or without Content-Length.</summary>
    private static HttpResponseMessage Unbuffered(HttpStatusCode status, byte[] body, bool withLength)
    {
        var content = new StreamContent(new ForwardOnlyStream(body, chunk: 4096));
        content.Headers.TryAddWithoutValidation("Content-Type", "application/json");
        if (withLength)
        {
            content.Headers.ContentLength = body.Length;
        }

        return new HttpResponseMessage(status) { Content = content };
    }
}
