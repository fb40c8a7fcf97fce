using System;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using NUnit.Framework;
using RichardSzalay.MockHttp;

namespace Wassist.Client.Tests;

/// <summary>
/// The bytes of a body: a response body is decoded as its byte order mark says, UTF-32 included, and a request body
/// is plain UTF-8 with no byte order mark, even the first one a thread writes.
/// </summary>
public class ResponseEncodingTests
{
    private const string Body = """{"id":"5f1c2a9e-8b7d-4c3e-a1f2-0e9d8c7b6a51","contact":{"name":"Zoë Example"}}""";

    [TestCase(new byte[] { 0xFF, 0xFE, 0x00, 0x00 }, false)]
    [TestCase(new byte[] { 0x00, 0x00, 0xFE, 0xFF }, true)]
    public async Task A_utf32_body_with_its_byte_order_mark_is_decoded(byte[] byteOrderMark, bool bigEndian)
    {
        var text = new UTF32Encoding(bigEndian, byteOrderMark: false).GetBytes(Body);
        var bytes = new byte[byteOrderMark.Length + text.Length];
        byteOrderMark.CopyTo(bytes, 0);
        text.CopyTo(bytes, byteOrderMark.Length);
        using var test = new TestClient();
        test.Handler.When(HttpMethod.Post, TestClient.ConversationsUrl)
            .Respond(_ => new HttpResponseMessage(HttpStatusCode.Created) { Content = new ByteArrayContent(bytes) });

        var conversation = await test.Wassist.Conversations.CreateAsync(new CreateConversationInput { ToNumber = "+447700900123" });

        Assert.That(conversation.Id, Is.EqualTo(Guid.Parse("5f1c2a9e-8b7d-4c3e-a1f2-0e9d8c7b6a51")));
        Assert.That(conversation.Contact!.Name, Is.EqualTo("Zoë Example"));
    }

    [Test]
    public async Task The_first_request_body_a_thread_writes_has_no_byte_order_mark()
    {
        byte[]? sent = null;
        using var test = new TestClient();
        test.Handler.When(HttpMethod.Post, TestClient.ConversationsUrl).Respond(request =>
        {
            sent = request.Content!.ReadAsByteArrayAsync().GetAwaiter().GetResult();
            return new HttpResponseMessage(HttpStatusCode.Created) { Content = new StringContent(Body, Encoding.UTF8, "application/json") };
        });

        // A thread of its own has never written a body, so nothing is left from an earlier request.
        var call = Task.Factory.StartNew(
            () => test.Wassist.Conversations.CreateAsync(new CreateConversationInput { ToNumber = "+447700900123" }),
            CancellationToken.None,
            TaskCreationOptions.LongRunning,
            TaskScheduler.Default).Unwrap();
        await call;

        Assert.That(sent, Is.EqualTo(Encoding.ASCII.GetBytes("""{"toNumber":"+447700900123"}""")));
    }
}
