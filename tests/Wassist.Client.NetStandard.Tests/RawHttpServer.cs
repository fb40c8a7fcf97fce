using System;
using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace Wassist.Client.NetStandard.Tests;

/// <summary>
/// A minimal HTTP/1.1 server on 127.0.0.1 (a random port) over a raw socket: one request per connection, answered with
/// the text a test supplies, so the netstandard2.0 build's own transport is exercised end to end.
/// </summary>
internal sealed class RawHttpServer : IDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();

    internal RawHttpServer(Func<string, string> respond)
    {
        _listener.Start();
        BaseUrl = $"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}/";
        _ = Task.Run(() => ServeAsync(respond));
    }

    internal string BaseUrl { get; }

    /// <summary>The head (request line and headers) of each request received.</summary>
    internal ConcurrentQueue<string> Requests { get; } = new();

    /// <summary>A complete response with a JSON body.</summary>
    internal static string Json(int status, string reason, string body) =>
        $"HTTP/1.1 {status} {reason}\r\nContent-Type: application/json\r\nContent-Length: {Encoding.UTF8.GetByteCount(body)}\r\nConnection: close\r\n\r\n{body}";

    private async Task ServeAsync(Func<string, string> respond)
    {
        while (!_stop.IsCancellationRequested)
        {
            TcpClient connection;
            try
            {
                connection = await _listener.AcceptTcpClientAsync(_stop.Token);
            }
            catch (Exception) when (_stop.IsCancellationRequested)
            {
                return;
            }

            using (connection)
            {
                var stream = connection.GetStream();
                var head = await ReadHeadAsync(stream);
                Requests.Enqueue(head);
                var answer = Encoding.UTF8.GetBytes(respond(head));
                await stream.WriteAsync(answer);
            }
        }
    }

    private static async Task<string> ReadHeadAsync(NetworkStream stream)
    {
        var buffer = new byte[8192];
        var received = new StringBuilder();
        while (!received.ToString().Contains("\r\n\r\n", StringComparison.Ordinal))
        {
            var count = await stream.ReadAsync(buffer);
            if (count == 0)
            {
                break;
            }

            received.Append(Encoding.ASCII.GetString(buffer, 0, count));
        }

        var text = received.ToString();
        var end = text.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        return end < 0 ? text : text.Substring(0, end);
    }

    public void Dispose()
    {
        _stop.Cancel();
        _listener.Stop();
        _stop.Dispose();
    }
}
