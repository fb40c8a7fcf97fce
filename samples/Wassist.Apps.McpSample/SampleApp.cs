using System;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Wassist.Apps;

namespace Wassist.Samples.McpApp
{
    /// <summary>
    /// Wires the app: one <see cref="WassistApp"/> from the "Wassist" configuration section, the MCP endpoint at
    /// <c>/mcp</c> with the tools of <see cref="ChatTools"/>, and the setup page at <c>/setup</c>. Split in two steps
    /// so a host (or a test) can change the services before the app is built.
    /// </summary>
    public static class SampleApp
    {
        /// <summary>The path Wassist calls the app's MCP tools on.</summary>
        public const string McpPath = "/mcp";

        /// <summary>The path installers are redirected to after installing the app, or from "Configure".</summary>
        public const string SetupPath = "/setup";

        public static WebApplicationBuilder CreateBuilder(string[] args)
        {
            var builder = WebApplication.CreateBuilder(args);
            var options = builder.Configuration.GetSection("Wassist").Get<WassistAppOptions>()
                ?? throw new InvalidOperationException("Set Wassist:ClientId and Wassist:ClientSecret (environment: Wassist__ClientId, Wassist__ClientSecret).");

            // One app for the process: it checks its options now, and shares one HttpClient across installations.
            builder.Services.AddSingleton(_ => new WassistApp(options));
            builder.Services.AddMcpServer().WithHttpTransport(transport => transport.Stateless = true).WithTools<ChatTools>();
            return builder;
        }

        public static WebApplication Build(WebApplicationBuilder builder)
        {
            var app = builder.Build();
            app.MapMcp(McpPath);
            app.MapGet(SetupPath, SetupPage.ShowAsync);
            return app;
        }
    }
}
