using System;
using System.Collections.Concurrent;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Wassist.Client.Tests.Loopback;

/// <summary>
/// A Kestrel server on 127.0.0.1 with a random port, answering every request with a test-supplied delegate; it
/// records when each request arrived. For what only a real socket shows: timing, resets, cut-off bodies.
/// </summary>
internal sealed class KestrelWassist : IAsyncDisposable
{
    private readonly WebApplication _app;

    private KestrelWassist(WebApplication app, string baseUrl)
    {
        _app = app;
        BaseUrl = baseUrl;
    }

    internal string BaseUrl { get; }

    /// <summary>Each request as "METHOD /path?query", with the time it arrived (stopwatch-based, from a shared clock).</summary>
    internal ConcurrentQueue<(string Request, TimeSpan At)> Received { get; } = new();

    internal static readonly System.Diagnostics.Stopwatch Clock = System.Diagnostics.Stopwatch.StartNew();

    internal int Count => Received.Count;

    internal static async Task<KestrelWassist> StartAsync(Func<HttpContext, int, Task> respond)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        KestrelWassist? server = null;
        var calls = 0;
        app.Run(context =>
        {
            server!.Received.Enqueue(($"{context.Request.Method} {context.Request.Path}{context.Request.QueryString}", Clock.Elapsed));
            return respond(context, System.Threading.Interlocked.Increment(ref calls));
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server = new KestrelWassist(app, address.TrimEnd('/') + "/");
        return server;
    }

    /// <summary>A client with its own HttpClient (real sockets, WassistRetryHandler) pointed at this server.</summary>
    internal WassistClient Client(Action<WassistClientOptions>? configure = null)
    {
        var options = new WassistClientOptions { ApiKey = TestClient.ApiKey, BaseUrl = BaseUrl };
        configure?.Invoke(options);
        return new WassistClient(options);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
