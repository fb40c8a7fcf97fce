using System;
using System.Collections.Concurrent;
using System.IO;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Threading.Tasks;

namespace Wassist.Build.Tests;

/// <summary>
/// A stand-in for the Wassist API on 127.0.0.1: answers POST /api/v1/conversations/ with a fixture when the API key
/// matches, and records what it received.
/// </summary>
internal sealed class LoopbackWassist : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly string _apiKey;
    private readonly string _conversation;
    private readonly Task _serving;

    internal LoopbackWassist(string apiKey, string conversationJson)
    {
        _apiKey = apiKey;
        _conversation = conversationJson;
        BaseUrl = $"http://127.0.0.1:{FreePort()}/";
        _listener.Prefixes.Add(BaseUrl);
        _listener.Start();
        _serving = Task.Run(ServeAsync);
    }

    internal string BaseUrl { get; }

    /// <summary>"METHOD path key-matched body" for each request received.</summary>
    internal ConcurrentQueue<string> Received { get; } = new();

    public void Dispose()
    {
        _listener.Stop();
        _listener.Close();
        try
        {
            _serving.Wait(TimeSpan.FromSeconds(5));
        }
        catch (AggregateException)
        {
            // The listener was stopped while waiting for a request.
        }
    }

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }

    private async Task ServeAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception) when (!_listener.IsListening)
            {
                return;
            }

            using var reader = new StreamReader(context.Request.InputStream, Encoding.UTF8);
            var body = await reader.ReadToEndAsync();
            var keyMatches = context.Request.Headers["X-API-Key"] == _apiKey;
            Received.Enqueue($"{context.Request.HttpMethod} {context.Request.Url!.AbsolutePath} key-matched={keyMatches} {body}");

            var created = keyMatches && context.Request.HttpMethod == "POST" && context.Request.Url.AbsolutePath == "/api/v1/conversations/";
            var answer = Encoding.UTF8.GetBytes(created ? _conversation : """{"error":"Not found","code":"not_found"}""");
            context.Response.StatusCode = created ? 201 : 404;
            context.Response.ContentType = "application/json";
            await context.Response.OutputStream.WriteAsync(answer);
            context.Response.Close();
        }
    }
}
