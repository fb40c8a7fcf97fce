using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Threading.Tasks;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using NUnit.Framework;
using RichardSzalay.MockHttp;
using Wassist.Tests.Shared;

namespace Wassist.Client.Tests;

/// <summary>services.AddWassistClient: options from configuration or code, the factory's client with the retry handler.</summary>
public class DependencyInjectionTests
{
    private static IConfiguration Configuration(Dictionary<string, string?> values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values).Build();

    [Promise("dependency-injection")]
    [Test]
    public void Options_are_bound_from_a_configuration_section()
    {
        var configuration = Configuration(new()
        {
            ["Wassist:ApiKey"] = TestClient.ApiKey,
            ["Wassist:BaseUrl"] = "https://staging.example.test",
            ["Wassist:AllowedHosts:0"] = "staging.example.test",
            ["Wassist:MaxRetries"] = "4",
            ["Wassist:AttemptTimeout"] = "00:00:20",
            ["Wassist:RetryNonIdempotentRequests"] = "true",
        });
        var services = new ServiceCollection();
        services.AddWassistClient(configuration.GetSection("Wassist"));
        using var provider = services.BuildServiceProvider();

        var options = provider.GetRequiredService<IOptions<WassistClientOptions>>().Value;

        Assert.That((options.ApiKey, options.BaseUrl, options.MaxRetries, options.AttemptTimeout, options.RetryNonIdempotentRequests),
            Is.EqualTo((TestClient.ApiKey, "https://staging.example.test", 4, TimeSpan.FromSeconds(20), true)));
        Assert.That(options.AllowedHosts, Does.Contain("staging.example.test").And.Contain("backend.wassist.app"));
        Assert.DoesNotThrow(() => provider.GetRequiredService<WassistClient>(), "a client is built from the bound options (its own checks pass)");
    }

    [Promise("dependency-injection")]
    [Test]
    public async Task The_resolved_client_uses_the_factory_pipeline_with_retries_and_the_key()
    {
        using var mock = new MockHttpMessageHandler();
        var calls = 0;
        mock.When(HttpMethod.Get, "https://backend.wassist.app/api/v1/agents/").Respond(request =>
        {
            Assert.That(request.Headers.GetValues("X-API-Key").Single(), Is.EqualTo(TestClient.ApiKey));
            return calls++ == 0 ? TestHttp.Json(502) : TestHttp.Json(200, "[]");
        });
        var services = new ServiceCollection();
        services.AddWassistClient(o =>
        {
            o.ApiKey = TestClient.ApiKey;
            o.InitialRetryDelay = TimeSpan.FromMilliseconds(1);
        }).ConfigurePrimaryHttpMessageHandler(() => mock);
        using var provider = services.BuildServiceProvider();

        using var wassist = provider.GetRequiredService<WassistClient>();
        var page = await wassist.Paging.GetFirstPageAsync<Newtonsoft.Json.Linq.JObject>("api/v1/agents/");

        Assert.That(page.Items, Is.Empty);
        Assert.That(calls, Is.EqualTo(2));
    }

    [Promise("dependency-injection")]
    [Test]
    public void The_factory_client_has_no_timeout_of_its_own_and_does_not_follow_redirects()
    {
        var services = new ServiceCollection();
        services.AddWassistClient(o => o.ApiKey = TestClient.ApiKey);
        using var provider = services.BuildServiceProvider();
        var factory = provider.GetRequiredService<IHttpMessageHandlerFactory>();

        using var http = provider.GetRequiredService<IHttpClientFactory>().CreateClient(WassistServiceCollectionExtensions.HttpClientName);
        var handler = factory.CreateHandler(WassistServiceCollectionExtensions.HttpClientName);
        var chain = new List<HttpMessageHandler>();
        for (HttpMessageHandler? h = handler; h is not null; h = (h as DelegatingHandler)?.InnerHandler)
        {
            chain.Add(h);
        }

        Assert.That(http.Timeout, Is.EqualTo(System.Threading.Timeout.InfiniteTimeSpan));
        Assert.That(chain.OfType<WassistRetryHandler>(), Has.Exactly(1).Items);
        Assert.That(chain.OfType<HttpClientHandler>().Single().AllowAutoRedirect, Is.False);
    }

    [Test]
    public void Registering_twice_combines_the_options_and_keeps_one_retry_handler()
    {
        var services = new ServiceCollection();
        services.AddWassistClient(Configuration(new() { ["Wassist:ApiKey"] = TestClient.ApiKey }).GetSection("Wassist"));
        services.AddWassistClient(o => o.MaxRetries = 5);
        using var provider = services.BuildServiceProvider();

        var handler = provider.GetRequiredService<IHttpMessageHandlerFactory>().CreateHandler(WassistServiceCollectionExtensions.HttpClientName);
        var retryHandlers = 0;
        for (HttpMessageHandler? h = handler; h is not null; h = (h as DelegatingHandler)?.InnerHandler)
        {
            retryHandlers += h is WassistRetryHandler ? 1 : 0;
        }

        var options = provider.GetRequiredService<IOptions<WassistClientOptions>>().Value;
        Assert.That((options.ApiKey, options.MaxRetries), Is.EqualTo((TestClient.ApiKey, 5)));
        Assert.That(retryHandlers, Is.EqualTo(1));
    }

    [Test]
    public void A_missing_key_fails_on_resolution_naming_the_option()
    {
        var services = new ServiceCollection();
        services.AddWassistClient(Configuration(new()).GetSection("Wassist"));
        using var provider = services.BuildServiceProvider();

        var error = Assert.Throws<ArgumentException>(() => provider.GetRequiredService<WassistClient>());

        Assert.That(error!.ParamName, Is.EqualTo("ApiKey"));
    }

    [Test]
    public void The_core_assembly_does_not_reference_Microsoft_Extensions()
    {
        var references = typeof(WassistClient).Assembly.GetReferencedAssemblies().Select(a => a.Name);

        Assert.That(references, Has.None.StartsWith("Microsoft.Extensions"));
    }
}
