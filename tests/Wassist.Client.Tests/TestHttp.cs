using System;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

using Wassist.Tests.Shared;

namespace Wassist.Client.Tests;

/// <summary>Small HTTP doubles the retry and timeout tests need beside MockHttp.</summary>
internal static class TestHttp
{
    internal static HttpResponseMessage Json(int status, string body = "{}", Action<HttpResponseMessage>? decorate = null)
    {
        var response = new HttpResponseMessage((HttpStatusCode)status) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        decorate?.Invoke(response);
        return response;
    }

    /// <summary>A 2xx whose body stream fails after the first bytes, as when the connection drops mid-body.</summary>
    internal static HttpResponseMessage Truncated(int status, string firstPart) =>
        new((HttpStatusCode)status) { Content = new StreamContent(new ForwardOnlyStream(Encoding.UTF8.GetBytes(firstPart), breaksOff: true)) };

    /// <summary>
    /// A 2xx whose headers arrived and whose body stalls after the first bytes; the stream ignores cancellation, as some
    /// do, and only stops when disposed.
    /// </summary>
    internal static HttpResponseMessage Stalling(int status, string firstPart) =>
        new((HttpStatusCode)status) { Content = new StreamContent(new StallingStream(Encoding.UTF8.GetBytes(firstPart))) };

    /// <summary>Puts <paramref name="response"/>'s content in a <see cref="TrackedContent"/>, to see whether it is released.</summary>
    internal static HttpResponseMessage Tracked(HttpResponseMessage response, out TrackedContent content)
    {
        content = new TrackedContent(response.Content);
        response.Content = content;
        return response;
    }

    private sealed class StallingStream(byte[] firstPart) : Stream
    {
        private readonly TaskCompletionSource<int> _disposed = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private bool _sent;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException("The body is read asynchronously.");

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            if (_sent)
            {
                return new(_disposed.Task);
            }

            _sent = true;
            firstPart.CopyTo(buffer);
            return new(firstPart.Length);
        }

        protected override void Dispose(bool disposing)
        {
            _disposed.TrySetException(new ObjectDisposedException(nameof(StallingStream)));
            base.Dispose(disposing);
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}

/// <summary>A handler driven by a delegate that sees the cancellation token (for hanging servers).</summary>
internal sealed class StubHandler(Func<HttpRequestMessage, CancellationToken, Task<HttpResponseMessage>> respond) : HttpMessageHandler
{
    internal int Calls;

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref Calls);
        return respond(request, cancellationToken);
    }
}

/// <summary>
/// A body that records being disposed (the connection behind it is released then), read from <paramref name="inner"/>;
/// not in memory, so the client reads it as it would a network body.
/// </summary>
internal sealed class TrackedContent(HttpContent inner) : HttpContent
{
    internal bool Disposed { get; private set; }

    protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) => inner.CopyToAsync(stream);

    protected override Task<Stream> CreateContentReadStreamAsync() => inner.ReadAsStreamAsync();

    protected override bool TryComputeLength(out long length)
    {
        length = 0;
        return false;
    }

    protected override void Dispose(bool disposing)
    {
        Disposed = true;
        if (disposing)
        {
            inner.Dispose();
        }

        base.Dispose(disposing);
    }
}
