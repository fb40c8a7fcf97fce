using System;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Wassist.Apps;
using Wassist.Samples.McpApp;
using Wassist.Testing;

namespace Wassist.Samples.Tests;

/// <summary>The MCP sample app on a loopback port, calling a <see cref="FakeWassist"/> instead of the API.</summary>
internal sealed class McpSampleHost : IAsyncDisposable
{
    internal const string ClientId = "app_sample_1";
    internal const string ClientSecret = "cs_sample_SECRET_4711";

    private readonly WebApplication _app;
    private readonly WassistApp _wassistApp;

    private McpSampleHost(WebApplication app, WassistApp wassistApp, Uri address)
    {
        _app = app;
        _wassistApp = wassistApp;
        Address = address;
    }

    internal Uri Address { get; }

    internal static async Task<McpSampleHost> StartAsync(FakeWassist fake)
    {
        var builder = SampleApp.CreateBuilder(new[]
        {
            "--urls=http://127.0.0.1:0",
            $"--Wassist:ClientId={ClientId}",
            $"--Wassist:ClientSecret={ClientSecret}",
        });
        builder.Logging.ClearProviders();
        // The same app the sample registers, on the fake's HttpClient: the last registration is the one resolved.
        var wassistApp = new WassistApp(fake.CreateHttpClient(), new WassistAppOptions { ClientId = ClientId, ClientSecret = ClientSecret });
        builder.Services.AddSingleton(wassistApp);

        var app = SampleApp.Build(builder);
        await app.StartAsync();
        return new McpSampleHost(app, wassistApp, new Uri(app.Urls.Single()));
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        _wassistApp.Dispose();
    }
}
