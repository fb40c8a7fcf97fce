using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Net.Sockets;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace Wassist.Testing
{
    /// <summary>
    /// A <see cref="FakeWassist"/> served over HTTP on 127.0.0.1 at a port the system picks, for code that needs a URL
    /// (another process, a library that builds its own <see cref="HttpClient"/>). Each connection carries one request
    /// (HTTP/1.1, answered with <c>Connection: close</c>); a reset fault resets the connection in the middle of the
    /// answer's status line. Dispose it to stop listening; disposing the fake stops it too.
    /// </summary>
    /// <example>
    /// <code>
    /// using var fake = new FakeWassist();
    /// using var listener = fake.Listen();
    /// var wassist = new WassistClient(new WassistClientOptions { ApiKey = "test-key", BaseUrl = listener.BaseUrl.ToString() });
    /// </code>
    /// </example>
    public sealed class FakeWassistListener : IDisposable
    {
        private const int MaxHeadBytes = 64 * 1024;

        private readonly TcpListener _listener = new TcpListener(IPAddress.Loopback, 0);
        private readonly HttpMessageInvoker _fake;
        private readonly CancellationTokenSource _stop = new CancellationTokenSource();

        internal FakeWassistListener(FakeWassist fake)
        {
            _fake = new HttpMessageInvoker(fake, disposeHandler: false);
            _listener.Start();
            BaseUrl = new Uri($"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port.ToString(CultureInfo.InvariantCulture)}/");
            _ = Task.Run(AcceptAsync);
        }

        /// <summary>The root URL the fake answers at, such as <c>http://127.0.0.1:50123/</c>: a client's BaseUrl.</summary>
        public Uri BaseUrl { get; }

        /// <summary>Stops listening; connections in progress are closed.</summary>
        public void Dispose()
        {
            if (!_stop.IsCancellationRequested)
            {
                _stop.Cancel();
                _listener.Stop();
                _fake.Dispose();
            }
        }

        private async Task AcceptAsync()
        {
            while (!_stop.IsCancellationRequested)
            {
                TcpClient connection;
                try
                {
                    connection = await _listener.AcceptTcpClientAsync().ConfigureAwait(false);
                }
                catch (Exception) when (_stop.IsCancellationRequested)
                {
                    return;
                }

                _ = Task.Run(() => ServeAsync(connection));
            }
        }

        private async Task ServeAsync(TcpClient connection)
        {
            using (connection)
            {
                var stream = connection.GetStream();
                try
                {
                    using var request = await ReadRequestAsync(stream).ConfigureAwait(false);
                    if (request is null)
                    {
                        return;
                    }

                    HttpResponseMessage response;
                    try
                    {
                        response = await _fake.SendAsync(request, _stop.Token).ConfigureAwait(false);
                    }
                    catch (HttpRequestException)
                    {
                        // An injected connection reset: the start of an answer, then RST. Reset before any byte of an
                        // answer, HTTP clients take the connection for one the server closed while idle and quietly
                        // send the request again, so the test would never see the fault.
                        var partial = Encoding.ASCII.GetBytes("HTTP/1.1 ");
                        await stream.WriteAsync(partial, 0, partial.Length).ConfigureAwait(false);
                        await stream.FlushAsync().ConfigureAwait(false);
                        connection.LingerState = new LingerOption(true, 0);
                        return;
                    }

                    using (response)
                    {
                        await WriteResponseAsync(stream, response).ConfigureAwait(false);
                    }
                }
                catch (Exception error) when (error is IOException || error is SocketException || error is ObjectDisposedException || error is OperationCanceledException)
                {
                    // The client went away, or the listener stopped.
                }
            }
        }

        /// <summary>Reads one request (head, then a Content-Length or chunked body), or null when the client sent nothing.</summary>
        private async Task<HttpRequestMessage?> ReadRequestAsync(Stream stream)
        {
            var reader = new BufferedReader(stream);
            var head = await reader.ReadHeadAsync(MaxHeadBytes).ConfigureAwait(false);
            if (head is null)
            {
                return null;
            }

            var lines = head.Split(new[] { "\r\n" }, StringSplitOptions.None);
            var requestLine = lines[0].Split(' ');
            if (requestLine.Length != 3)
            {
                throw new IOException($"Not an HTTP request line: '{lines[0]}'.");
            }

            var headers = lines.Skip(1).Where(l => l.Length > 0)
                .Select(l => (Name: l.Substring(0, Math.Max(l.IndexOf(':'), 0)).Trim(), Value: l.Substring(l.IndexOf(':') + 1).Trim()))
                .Where(h => h.Name.Length > 0)
                .ToList();
            string? Header(string name) => headers.Where(h => string.Equals(h.Name, name, StringComparison.OrdinalIgnoreCase)).Select(h => h.Value).FirstOrDefault();

            byte[]? body = null;
            if (string.Equals(Header("Transfer-Encoding"), "chunked", StringComparison.OrdinalIgnoreCase))
            {
                body = await reader.ReadChunkedAsync().ConfigureAwait(false);
            }
            else if (Header("Content-Length") is { } length)
            {
                body = await reader.ReadExactlyAsync(int.Parse(length, CultureInfo.InvariantCulture)).ConfigureAwait(false);
            }

            var request = new HttpRequestMessage(new HttpMethod(requestLine[0]), new Uri(BaseUrl, requestLine[1]));
            if (body is not null)
            {
                request.Content = new ByteArrayContent(body);
            }

            foreach (var (name, value) in headers.Where(h => !IsConnectionHeader(h.Name)))
            {
                if (!request.Headers.TryAddWithoutValidation(name, value))
                {
                    request.Content?.Headers.TryAddWithoutValidation(name, value);
                }
            }

            return request;
        }

        private static bool IsConnectionHeader(string name) =>
            new[] { "Host", "Connection", "Content-Length", "Transfer-Encoding", "Expect" }.Any(h => string.Equals(h, name, StringComparison.OrdinalIgnoreCase));

        private static async Task WriteResponseAsync(Stream stream, HttpResponseMessage response)
        {
            var body = response.Content is null ? new byte[0] : await response.Content.ReadAsByteArrayAsync().ConfigureAwait(false);
            var head = new StringBuilder();
            head.Append("HTTP/1.1 ").Append(((int)response.StatusCode).ToString(CultureInfo.InvariantCulture)).Append(' ').Append(response.ReasonPhrase).Append("\r\n");
            var headers = response.Headers.Concat(response.Content?.Headers ?? Enumerable.Empty<KeyValuePair<string, IEnumerable<string>>>());
            foreach (var header in headers.Where(h => !IsConnectionHeader(h.Key)))
            {
                head.Append(header.Key).Append(": ").Append(string.Join(", ", header.Value)).Append("\r\n");
            }

            head.Append("Content-Length: ").Append(body.Length.ToString(CultureInfo.InvariantCulture)).Append("\r\nConnection: close\r\n\r\n");
            var headBytes = Encoding.ASCII.GetBytes(head.ToString());
            await stream.WriteAsync(headBytes, 0, headBytes.Length).ConfigureAwait(false);
            await stream.WriteAsync(body, 0, body.Length).ConfigureAwait(false);
            await stream.FlushAsync().ConfigureAwait(false);
        }

        /// <summary>Reads an HTTP/1.1 request from a stream: the head as text, then body bytes.</summary>
        private sealed class BufferedReader
        {
            private readonly Stream _stream;
            private readonly byte[] _buffer = new byte[8192];
            private int _start;
            private int _end;

            internal BufferedReader(Stream stream) => _stream = stream;

            /// <summary>The head up to the blank line (without it), or null when the stream ends first with nothing read.</summary>
            internal async Task<string?> ReadHeadAsync(int maxBytes)
            {
                var head = new MemoryStream();
                var matched = 0;
                const string end = "\r\n\r\n";
                while (matched < end.Length)
                {
                    if (head.Length > maxBytes)
                    {
                        throw new IOException("The request head is too long.");
                    }

                    var next = await ReadByteAsync().ConfigureAwait(false);
                    if (next < 0)
                    {
                        return head.Length == 0 ? null : throw new IOException("The connection closed inside the request head.");
                    }

                    head.WriteByte((byte)next);
                    matched = next == end[matched] ? matched + 1 : next == '\r' ? 1 : 0;
                }

                return Encoding.ASCII.GetString(head.ToArray(), 0, (int)head.Length - end.Length);
            }

            internal async Task<byte[]> ReadExactlyAsync(int count)
            {
                var result = new byte[count];
                for (var i = 0; i < count; i++)
                {
                    var next = await ReadByteAsync().ConfigureAwait(false);
                    result[i] = next >= 0 ? (byte)next : throw new IOException("The connection closed inside the request body.");
                }

                return result;
            }

            internal async Task<byte[]> ReadChunkedAsync()
            {
                var body = new MemoryStream();
                while (true)
                {
                    var sizeLine = await ReadLineAsync().ConfigureAwait(false);
                    var size = int.Parse(sizeLine.Split(';')[0].Trim(), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
                    if (size == 0)
                    {
                        while ((await ReadLineAsync().ConfigureAwait(false)).Length > 0)
                        {
                            // Trailer headers are not used.
                        }

                        return body.ToArray();
                    }

                    var chunk = await ReadExactlyAsync(size).ConfigureAwait(false);
                    body.Write(chunk, 0, chunk.Length);
                    await ReadLineAsync().ConfigureAwait(false);
                }
            }

            private async Task<string> ReadLineAsync()
            {
                var line = new StringBuilder();
                int next;
                while ((next = await ReadByteAsync().ConfigureAwait(false)) != '\n')
                {
                    if (next < 0)
                    {
                        throw new IOException("The connection closed inside a chunked body.");
                    }

                    if (next != '\r')
                    {
                        line.Append((char)next);
                    }
                }

                return line.ToString();
            }

            private async Task<int> ReadByteAsync()
            {
                if (_start == _end)
                {
                    _start = 0;
                    _end = await _stream.ReadAsync(_buffer, 0, _buffer.Length).ConfigureAwait(false);
                    if (_end == 0)
                    {
                        return -1;
                    }
                }

                return _buffer[_start++];
            }
        }
    }
}
