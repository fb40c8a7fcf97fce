using System;
using System.Linq;
using System.Net.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Wassist;

namespace Microsoft.Extensions.DependencyInjection
{
    /// <summary>
    /// Registers <see cref="WassistClient"/> on <see cref="IHttpClientFactory"/>: a named client with
    /// <see cref="WassistRetryHandler"/> in its pipeline, no redirects followed, and <see cref="WassistClientOptions"/>
    /// from the options system. Resolve <see cref="WassistClient"/> where you need it; it is transient and cheap.
    /// </summary>
    public static class WassistServiceCollectionExtensions
    {
        /// <summary>The name of the <see cref="HttpClient"/> the client uses, for further configuration.</summary>
        public const string HttpClientName = "Wassist";

        /// <summary>Registers the client with options set in code.</summary>
        /// <example><code>services.AddWassistClient(o => o.ApiKey = builder.Configuration["Wassist:ApiKey"]);</code></example>
        public static IHttpClientBuilder AddWassistClient(this IServiceCollection services, Action<WassistClientOptions> configure)
        {
            if (configure is null)
            {
                throw new ArgumentNullException(nameof(configure));
            }

            (services ?? throw new ArgumentNullException(nameof(services))).Configure(configure);
            return services.AddWassistClient();
        }

        /// <summary>
        /// Registers the client with options bound from a configuration section, e.g.
        /// <c>{"Wassist": {"ApiKey": "...", "MaxRetries": 3, "AttemptTimeout": "00:00:30"}}</c>.
        /// </summary>
        /// <example><code>services.AddWassistClient(builder.Configuration.GetSection("Wassist"));</code></example>
        public static IHttpClientBuilder AddWassistClient(this IServiceCollection services, IConfiguration configuration)
        {
            if (configuration is null)
            {
                throw new ArgumentNullException(nameof(configuration));
            }

            (services ?? throw new ArgumentNullException(nameof(services))).AddOptions<WassistClientOptions>().Bind(configuration);
            return services.AddWassistClient();
        }

        /// <summary>Registers the client; configure <see cref="WassistClientOptions"/> through the options system yourself.</summary>
        public static IHttpClientBuilder AddWassistClient(this IServiceCollection services)
        {
            if (services is null)
            {
                throw new ArgumentNullException(nameof(services));
            }

            services.AddOptions<WassistClientOptions>();
            var builder = services.AddHttpClient(HttpClientName);
            // A second call (e.g. code options on top of configuration) must not stack a second retry handler.
            if (services.Any(d => d.ServiceType == typeof(Registered)))
            {
                return builder;
            }

            services.AddSingleton<Registered>();
            services.TryAddTransient(provider => new WassistClient(
                provider.GetRequiredService<IHttpClientFactory>().CreateClient(HttpClientName),
                provider.GetRequiredService<IOptions<WassistClientOptions>>().Value));

            return builder
                // WassistRetryHandler enforces the attempt and overall timeouts; HttpClient's 100 s default would cut them short.
                .ConfigureHttpClient(client => client.Timeout = System.Threading.Timeout.InfiniteTimeSpan)
                // A redirect would carry the X-API-Key header to wherever it points; the API does not redirect.
                .ConfigurePrimaryHttpMessageHandler(() => new HttpClientHandler { AllowAutoRedirect = false })
                .AddHttpMessageHandler(provider => new WassistRetryHandler(provider.GetRequiredService<IOptions<WassistClientOptions>>().Value));
        }

        /// <summary>Marks the pipeline as set up.</summary>
        private sealed class Registered
        {
        }
    }
}
