// CUSTOM: how generated methods write request bodies and read response bodies (NSwag's template makes a string of each
// body, a serializer per call and the reader's own buffers); see README.md.
using System;
using System.Globalization;
using System.IO;
using System.Net.Http;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Newtonsoft.Json;

namespace Wassist.Serialization
{
    /// <summary>
    /// Request bodies are written as JSON text into a per-thread buffer and encoded once, as UTF-8, into their byte
    /// array (no string of the body is made), and an optional body left out is sent as <c>{}</c>, which the API
    /// expects rather than <c>null</c>. Response bodies are read whole into pooled buffers (<see cref="PooledContent"/>)
    /// and handed to the JSON reader as text, with the reader's buffers pooled too.
    /// </summary>
    internal static class JsonBodies
    {
        private static readonly byte[] EmptyObject = Encoding.UTF8.GetBytes("{}");

        /// <summary>Bodies up to this many characters leave their text buffer for the thread's next request.</summary>
        private const int KeptTextLength = 32 * 1024;

        [ThreadStatic]
        private static StringWriter? _text;

        /// <summary>The body as JSON content of <paramref name="mediaType"/>; serialization errors surface here, before anything is sent.</summary>
        internal static HttpContent Content(object? body, JsonSerializer serializer, string mediaType)
        {
            var content = new ByteArrayContent(body is null ? EmptyObject : Serialize(body, serializer));
            content.Headers.TryAddWithoutValidation("Content-Type", mediaType);
            return content;
        }

        private static byte[] Serialize(object body, JsonSerializer serializer)
        {
            // Taken off the thread while in use, so a serializer that re-enters (a converter writing a request) gets its own.
            var text = _text ?? new StringWriter(new StringBuilder(256), CultureInfo.InvariantCulture);
            _text = null;
            var builder = text.GetStringBuilder();
            try
            {
                using (var writer = new JsonTextWriter(text) { CloseOutput = false })
                {
                    if (PooledBuffers.Json is { } pool)
                    {
                        writer.ArrayPool = pool;
                    }

                    serializer.Serialize(writer, body);
                }

                return Utf8(builder);
            }
            finally
            {
                if (builder.Capacity <= KeptTextLength)
                {
                    builder.Clear();
                    _text = text;
                }
            }
        }

        /// <summary>The text as UTF-8, through a pooled copy of its characters rather than a string.</summary>
        private static byte[] Utf8(StringBuilder builder)
        {
            var chars = PooledBuffers.Rent<char>(builder.Length);
            try
            {
                builder.CopyTo(0, chars, 0, builder.Length);
                return Encoding.UTF8.GetBytes(chars, 0, builder.Length);
            }
            finally
            {
                PooledBuffers.Return(chars);
            }
        }

        /// <summary>
        /// A JSON reader over the whole body of a response: the pooled copy <see cref="PooledContent"/> made, or the
        /// content read into a pooled buffer here. A body that breaks off throws <see cref="WassistApiException.Truncated"/>.
        /// </summary>
        internal static async Task<JsonTextReader> ReaderAsync(HttpResponseMessage response, CancellationToken cancellationToken)
        {
            if (response.Content is PooledContent pooled)
            {
                return Reader(pooled.Body);
            }

            var (buffer, length) = await PooledContent.ReadAsync(response, response.Content, cancellationToken).ConfigureAwait(false);
            try
            {
                return Reader(new ArraySegment<byte>(buffer, 0, length));
            }
            finally
            {
                PooledBuffers.Return(buffer);
            }
        }

        private static JsonTextReader Reader(ArraySegment<byte> body)
        {
            var reader = new JsonTextReader(PooledText.Decode(body));
            if (PooledBuffers.Json is { } pool)
            {
                reader.ArrayPool = pool;
            }

            return reader;
        }

        /// <summary>
        /// The body decoded as a <see cref="StreamReader"/> would (UTF-8 unless a byte order mark says otherwise),
        /// into a pooled buffer returned when the reader is disposed.
        /// </summary>
        private sealed class PooledText : TextReader
        {
            private char[]? _chars;
            private readonly int _length;
            private int _position;

            private PooledText(char[] chars, int length)
            {
                _chars = chars;
                _length = length;
            }

            public static PooledText Decode(ArraySegment<byte> body)
            {
                var bytes = body.Array!;
                var encoding = EncodingOf(bytes, body.Offset, body.Count, out var preamble);
                var start = body.Offset + preamble;
                var count = body.Count - preamble;
                var chars = PooledBuffers.Rent<char>(Math.Max(1, encoding.GetCharCount(bytes, start, count)));
                return new PooledText(chars, encoding.GetChars(bytes, start, count, chars, 0));
            }

            /// <summary>The encoding its byte order mark names (UTF-8 without one), and the mark's length.</summary>
            private static Encoding EncodingOf(byte[] bytes, int offset, int count, out int preamble)
            {
                int At(int i) => i < count ? bytes[offset + i] : -1;

                (preamble, var encoding) = (At(0), At(1), At(2), At(3)) switch
                {
                    (0xEF, 0xBB, 0xBF, _) => (3, Encoding.UTF8),
                    (0xFF, 0xFE, 0x00, 0x00) => (4, Encoding.UTF32),
                    (0xFF, 0xFE, _, _) => (2, Encoding.Unicode),
                    (0xFE, 0xFF, _, _) => (2, Encoding.BigEndianUnicode),
                    (0x00, 0x00, 0xFE, 0xFF) => (4, new UTF32Encoding(bigEndian: true, byteOrderMark: true)),
                    _ => (0, Encoding.UTF8),
                };
                return encoding;
            }

            private char[] Chars => _chars ?? throw new ObjectDisposedException(nameof(PooledText));

            public override int Peek() => _position < _length ? Chars[_position] : -1;

            public override int Read() => _position < _length ? Chars[_position++] : -1;

            public override int Read(char[] buffer, int index, int count)
            {
                var read = Math.Min(count, _length - _position);
                Array.Copy(Chars, _position, buffer, index, read);
                _position += read;
                return read;
            }

            protected override void Dispose(bool disposing)
            {
                if (disposing)
                {
                    PooledBuffers.Return(Interlocked.Exchange(ref _chars, null));
                }

                base.Dispose(disposing);
            }
        }
    }
}
