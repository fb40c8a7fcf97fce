using System;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

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
        new((HttpStatusCode)status) { Content = new StreamContent(new BreakingStream(Encoding.UTF8.GetBytes(firstPart))) };

    private sealed class BreakingStream(byte[] head) : Stream
    {
        private int _position;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => _position; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            if (_position >= head.Length)
            {
                throw new IOException("The response ended prematurely (test).");
            }

            var n = Math.Min(count, head.Length - _position);
            Array.Copy(head, _position, buffer, offset, n);
            _position += n;
            return n;
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
