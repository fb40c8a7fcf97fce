using System;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using NUnit.Framework;
using Wassist.Tests.Shared;

namespace Wassist.Client.Tests;

/// <summary>
/// A success body read whole into memory before it is deserialized: every byte, whatever its size and whether its
/// Content-Length is missing, right, too small, too large or absurd; its content headers as they arrived; the original
/// content released; and the copy unreadable once disposed.
/// </summary>
public class PooledContentTests
{
    private const int FirstBuffer = 16 * 1024;

    /// <summary>Bytes that differ from their neighbours, so a byte copied to the wrong place shows.</summary>
    private static byte[] Body(int length) => Enumerable.Range(0, length).Select(i => (byte)(i * 7 % 251)).ToArray();

    /// <summary>A body as the network delivers it, with the Content-Length header the server sent, if any.</summary>
    private static HttpResponseMessage Streamed(byte[] body, string? contentLength, int chunk = 4096)
    {
        var content = new TrackedContent(new StreamContent(new ForwardOnlyStream(body, chunk)));
        if (contentLength is not null)
        {
            content.Headers.TryAddWithoutValidation("Content-Length", contentLength);
        }

        return new HttpResponseMessage(HttpStatusCode.OK) { Content = content };
    }

    [TestCase(0)]
    [TestCase(1)]
    [TestCase(FirstBuffer - 1)]
    [TestCase(FirstBuffer)]
    [TestCase(FirstBuffer + 1)]
    [TestCase(2 * FirstBuffer)]
    [TestCase(9 * FirstBuffer + 7)]
    public async Task A_body_without_a_length_is_read_whole(int length)
    {
        var body = Body(length);
        using var response = Streamed(body, contentLength: null);

        await PooledContent.BufferAsync(response, CancellationToken.None);

        Assert.That(((PooledContent)response.Content).Body.ToArray(), Is.EqualTo(body));
    }

    [TestCase(1)]
    [TestCase(100)]
    [TestCase(FirstBuffer)]
    [TestCase(FirstBuffer + 1)]
    [TestCase(5 * FirstBuffer + 3)]
    public async Task A_body_whose_length_is_announced_is_read_whole(int length)
    {
        var body = Body(length);
        using var response = Streamed(body, length.ToString(CultureInfo.InvariantCulture), chunk: 1000);

        await PooledContent.BufferAsync(response, CancellationToken.None);

        Assert.That(((PooledContent)response.Content).Body.ToArray(), Is.EqualTo(body));
    }

    [TestCase(50_000, "100", Description = "announced far too small")]
    [TestCase(10, "1000000", Description = "announced far too large")]
    [TestCase(3, "0", Description = "announced empty")]
    [TestCase(2, "2147483646", Description = "just under the largest int")]
    [TestCase(2, "2147483647", Description = "the largest int")]
    [TestCase(2, "3000000000", Description = "beyond any array")]
    [TestCase(2, "99999999999999999999", Description = "beyond a long")]
    [TestCase(2, "12abc", Description = "not a number")]
    public async Task A_content_length_that_is_wrong_is_only_a_hint_and_the_body_is_read_as_it_comes(int length, string announced)
    {
        var body = Body(length);
        using var response = Streamed(body, announced);

        await PooledContent.BufferAsync(response, CancellationToken.None);

        Assert.That(((PooledContent)response.Content).Body.ToArray(), Is.EqualTo(body));
    }

    [Test]
    public async Task A_small_body_whose_length_is_announced_gets_a_buffer_of_about_its_size()
    {
        using var response = Streamed(Body(100), "100");

        var (buffer, length) = await PooledContent.ReadAsync(response, response.Content, CancellationToken.None);
        PooledBuffers.Return(buffer);

        Assert.That(length, Is.EqualTo(100));
        Assert.That(buffer.Length, Is.InRange(101, 1024), "sized from Content-Length, not the 16 KiB used when no length is announced");
    }

    [Test]
    public async Task The_original_content_is_released_once_its_body_is_in_memory()
    {
        var response = Streamed(Body(300), contentLength: null);
        var original = (TrackedContent)response.Content;

        await PooledContent.BufferAsync(response, CancellationToken.None);

        Assert.That(original.Disposed, Is.True, "the connection's content is released as soon as it is read");
        Assert.That(response.Content, Is.Not.SameAs(original));
        response.Dispose();
    }

    [Test]
    public async Task A_body_already_in_memory_is_kept_as_it_is()
    {
        var inMemory = new ByteArrayContent(Encoding.UTF8.GetBytes("{\"id\":1}"));
        using var response = new HttpResponseMessage(HttpStatusCode.OK) { Content = inMemory };

        await PooledContent.BufferAsync(response, CancellationToken.None);
        var once = response.Content;
        await PooledContent.BufferAsync(response, CancellationToken.None);

        Assert.That(once, Is.SameAs(inMemory), "a ByteArrayContent is not copied");
        Assert.That(response.Content, Is.SameAs(inMemory));
    }

    [Test]
    public async Task A_pooled_body_is_not_copied_again()
    {
        using var response = Streamed(Body(10), contentLength: null);

        await PooledContent.BufferAsync(response, CancellationToken.None);
        var pooled = response.Content;
        await PooledContent.BufferAsync(response, CancellationToken.None);

        Assert.That(response.Content, Is.SameAs(pooled));
    }

    [Test]
    public async Task The_content_headers_are_carried_over_as_they_arrived()
    {
        var response = Streamed(Encoding.UTF8.GetBytes("{}"), "2");
        response.Content.Headers.TryAddWithoutValidation("Content-Type", "application/json; charset=\"utf-8\"; version=2");
        response.Content.Headers.TryAddWithoutValidation("Content-Language", "de-CH");
        response.Content.Headers.TryAddWithoutValidation("Expires", "0");
        response.Content.Headers.TryAddWithoutValidation("Content-Disposition", "not a disposition ;;");

        await PooledContent.BufferAsync(response, CancellationToken.None);

        Assert.That(response.Content, Is.InstanceOf<PooledContent>());
        Assert.That(Raw(response.Content, "Content-Type"), Is.EqualTo("application/json; charset=\"utf-8\"; version=2"));
        Assert.That(Raw(response.Content, "Content-Language"), Is.EqualTo("de-CH"));
        Assert.That(Raw(response.Content, "Expires"), Is.EqualTo("0"), "an invalid date is kept, not dropped");
        Assert.That(Raw(response.Content, "Content-Disposition"), Is.EqualTo("not a disposition ;;"));
        Assert.That(Raw(response.Content, "Content-Length"), Is.EqualTo("2"));
        response.Dispose();
    }

    [Test]
    public async Task A_body_without_a_length_reports_the_length_it_was_read_with()
    {
        using var response = Streamed(Body(12_345), contentLength: null);

        await PooledContent.BufferAsync(response, CancellationToken.None);

        Assert.That(response.Content.Headers.ContentLength, Is.EqualTo(12_345));
    }

    [Test]
    public async Task The_body_stream_is_read_only()
    {
        using var response = Streamed(Encoding.UTF8.GetBytes("{\"id\":1}"), contentLength: null);
        await PooledContent.BufferAsync(response, CancellationToken.None);

        using var stream = await response.Content.ReadAsStreamAsync();

        Assert.That(stream.CanWrite, Is.False, "nobody writes into the pooled buffer");
        Assert.That(new StreamReader(stream).ReadToEnd(), Is.EqualTo("{\"id\":1}"));
    }

    [Test]
    public async Task The_body_can_be_read_more_than_once_until_disposed_and_then_not_at_all()
    {
        var response = Streamed(Encoding.UTF8.GetBytes("{\"id\":1}"), contentLength: null);
        await PooledContent.BufferAsync(response, CancellationToken.None);
        var content = response.Content;

        var first = await content.ReadAsStringAsync();
        var second = await content.ReadAsStringAsync();
        response.Dispose();

        Assert.That((first, second), Is.EqualTo(("{\"id\":1}", "{\"id\":1}")));
        await Assert.ThrowsAsync<ObjectDisposedException>(() => content.ReadAsStringAsync());
        await Assert.ThrowsAsync<ObjectDisposedException>(() => content.ReadAsByteArrayAsync());
        await Assert.ThrowsAsync<ObjectDisposedException>(() => content.ReadAsStreamAsync());
        Assert.Throws<ObjectDisposedException>(() => _ = ((PooledContent)content).Body);
    }

    [Test]
    public async Task Disposing_twice_is_harmless()
    {
        var response = Streamed(Body(100), contentLength: null);
        await PooledContent.BufferAsync(response, CancellationToken.None);
        var content = response.Content;

        content.Dispose();

        Assert.DoesNotThrow(() => content.Dispose());
        Assert.DoesNotThrow(response.Dispose);
    }

    [Test]
    public void A_read_the_caller_cancels_is_a_cancellation()
    {
        using var cts = new CancellationTokenSource();
        cts.Cancel();
        using var response = new HttpResponseMessage(HttpStatusCode.OK) { Content = new StreamContent(new CancellableStream()) };

        Assert.That(async () => await PooledContent.BufferAsync(response, cts.Token), Throws.InstanceOf<OperationCanceledException>());
    }

    [Test]
    public async Task A_body_that_breaks_off_is_a_WassistApiException_with_the_status()
    {
        using var response = new HttpResponseMessage(HttpStatusCode.Created) { Content = new StreamContent(new ForwardOnlyStream(Body(20_000), breaksOff: true)) };

        var error = await Assert.ThrowsAsync<WassistApiException>(() => PooledContent.BufferAsync(response, CancellationToken.None));

        Assert.That(error!.StatusCode, Is.EqualTo(201));
        Assert.That(error.Message, Does.StartWith("Wassist API response 201 ended before its body was complete: "));
        Assert.That(error.InnerException, Is.InstanceOf<IOException>());
    }

    private static string Raw(HttpContent content, string name) =>
        string.Join("|", content.Headers.NonValidated[name]);

    /// <summary>A body stream that honours the cancellation token it is given, as the network streams do.</summary>
    private sealed class CancellableStream : Stream
    {
        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            Task.FromCanceled<int>(cancellationToken);

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            ValueTask.FromCanceled<int>(cancellationToken);

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
