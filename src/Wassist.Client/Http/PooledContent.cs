// CUSTOM: the in-memory copy of a body that WassistRetryHandler reads inside an attempt, and the pooled read behind it.
using System;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;

namespace Wassist
{
    /// <summary>
    /// A response body read whole, asynchronously, into a pooled buffer that goes back to the pool when the response
    /// is disposed: <see cref="WassistRetryHandler"/> reads each body inside its attempt this way, and generated code
    /// then reads it from memory. Unlike <see cref="HttpContent.LoadIntoBufferAsync()"/> it allocates no array the
    /// size of the body.
    /// </summary>
    internal sealed class PooledContent : HttpContent
    {
        /// <summary>The largest buffer rented from an announced length; a larger body grows into more as it arrives.</summary>
        private const int LargestFirstBuffer = 1024 * 1024;

        private readonly int _length;
        private byte[]? _buffer;

        private PooledContent(byte[] buffer, int length, HttpContent original)
        {
            _buffer = buffer;
            _length = length;
            CopyHeaders(original, this);
        }

        /// <summary>
        /// Copies the content headers of a body read into memory as they arrived: enumerating <c>Headers</c> would
        /// parse each value, which costs more than reading the body.
        /// </summary>
        private static void CopyHeaders(HttpContent from, HttpContent to)
        {
#if NET6_0_OR_GREATER
            var headers = from.Headers.NonValidated;
#else
            var headers = from.Headers;
#endif
            foreach (var header in headers)
            {
                to.Headers.TryAddWithoutValidation(header.Key, header.Value);
            }
        }

        /// <summary>The body; valid until the content is disposed.</summary>
        internal ArraySegment<byte> Body => new(_buffer ?? throw new ObjectDisposedException(nameof(PooledContent)), 0, _length);

        /// <summary>
        /// Replaces the response's content with its body read into a pooled buffer, unless it is already in memory.
        /// A body that breaks off throws <see cref="WassistApiException.Truncated"/>.
        /// </summary>
        internal static async Task BufferAsync(HttpResponseMessage response, CancellationToken cancellationToken)
        {
            var content = response.Content;
            if (content is null or ByteArrayContent or PooledContent)
            {
                return;
            }

            var (buffer, length) = await ReadAsync(response, content, cancellationToken).ConfigureAwait(false);
            response.Content = new PooledContent(buffer, length, content);
            content.Dispose();
        }

        /// <summary>
        /// Reads <paramref name="content"/> whole into a pooled buffer (the caller returns it to
        /// <see cref="PooledBuffers"/>). A body that breaks off throws <see cref="WassistApiException.Truncated"/>.
        /// Cancellation disposes the stream, so a body stream that ignores the token still stops; it then throws
        /// <see cref="OperationCanceledException"/>.
        /// </summary>
        internal static async Task<(byte[] Buffer, int Length)> ReadAsync(HttpResponseMessage response, HttpContent content, CancellationToken cancellationToken)
        {
            // One byte more than announced, so the read that finds the end needs no larger buffer. The announced
            // length is the server's word, not a measure: a buffer is never rented larger than LargestFirstBuffer up
            // front (a Content-Length of 2 GB would otherwise allocate 2 GB, or fail, before one byte arrived).
            var expected = LengthHint(content);
            var buffer = PooledBuffers.Rent<byte>(expected is > 0 ? (int)Math.Min(expected.Value + 1, LargestFirstBuffer) : 16 * 1024);
            var length = 0;
            try
            {
#if NET5_0_OR_GREATER
                using var stream = await content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
#else
                using var stream = await content.ReadAsStreamAsync().ConfigureAwait(false);
#endif
                using var stopOnCancel = cancellationToken.Register(static s => ((Stream)s!).Dispose(), stream);
                while (true)
                {
                    if (length == buffer.Length)
                    {
                        var larger = PooledBuffers.Rent<byte>(buffer.Length * 2);
                        Buffer.BlockCopy(buffer, 0, larger, 0, length);
                        PooledBuffers.Return(buffer);
                        buffer = larger;
                    }

                    var read = await stream.ReadAsync(buffer, length, buffer.Length - length, cancellationToken).ConfigureAwait(false);
                    if (read == 0)
                    {
                        return (buffer, length);
                    }

                    length += read;
                }
            }
            catch (Exception e) when (e is IOException or HttpRequestException or ObjectDisposedException)
            {
                PooledBuffers.Return(buffer);
                cancellationToken.ThrowIfCancellationRequested();
                throw WassistApiException.Truncated(response, e);
            }
            catch
            {
                PooledBuffers.Return(buffer);
                throw;
            }
        }

        /// <summary>The length the answer announces, read without parsing every content header; only a buffer size hint.</summary>
        private static long? LengthHint(HttpContent content)
        {
#if NET6_0_OR_GREATER
            return content.Headers.NonValidated.TryGetValues("Content-Length", out var values) && values.Count == 1
                && long.TryParse(values.ToString(), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var length)
                ? length
                : null;
#else
            return content.Headers.ContentLength;
#endif
        }

        protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context)
        {
            var body = Body;
            return stream.WriteAsync(body.Array!, body.Offset, body.Count);
        }

        protected override Task<Stream> CreateContentReadStreamAsync()
        {
            var body = Body;
            return Task.FromResult<Stream>(new MemoryStream(body.Array!, body.Offset, body.Count, writable: false));
        }

        protected override bool TryComputeLength(out long length)
        {
            length = _length;
            return true;
        }

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                PooledBuffers.Return(Interlocked.Exchange(ref _buffer, null));
            }

            base.Dispose(disposing);
        }
    }
}
