using System;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using NUnit.Framework;

namespace Wassist.Client.Tests;

/// <summary>
/// The last check before the key goes on a request: the request must be for the configured API host. A request with
/// no URL, a relative one or one for another host is refused, naming where it would have gone, and carries no key.
/// </summary>
public class CredentialDestinationTests
{
    private const string ListUrl = "https://backend.wassist.app/api/v1/agents/";

    /// <summary>A resource client as generated code is one: it calls the request hook with the URL text it built.</summary>
    private sealed class GeneratedStyleClient(CheckedOptions options) : WassistClientBase(options)
    {
        internal Task Prepare(HttpRequestMessage request, string url)
        {
            using var http = new HttpClient();
            return PrepareRequestAsync(http, request, url, CancellationToken.None);
        }
    }

    private static GeneratedStyleClient Client() => new(new CheckedOptions(new WassistClientOptions { ApiKey = TestClient.ApiKey }));

    [TestCase(null, "")]
    [TestCase("api/v1/agents/", "api/v1/agents/")]
    [TestCase("https://backend.wassist.app.evil.example/api/v1/agents/", "https://backend.wassist.app.evil.example")]
    [TestCase("http://backend.wassist.app/api/v1/agents/", "http://backend.wassist.app")]
    [TestCase("https://backend.wassist.app:8443/api/v1/agents/", "https://backend.wassist.app:8443")]
    public void A_request_for_anywhere_but_the_api_host_is_refused_without_the_key(string? requestUri, string where)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, requestUri is null ? null : new Uri(requestUri, UriKind.RelativeOrAbsolute));

        var error = Assert.Throws<InvalidOperationException>(() => Client().Prepare(request, ListUrl));

        Assert.That(error!.Message, Is.EqualTo($"Refusing to send the Wassist API key to '{where}': requests may only go to https://backend.wassist.app."));
        Assert.That(request.Headers.Contains("X-API-Key"), Is.False);
    }

    [TestCase(ListUrl)]
    [TestCase("https://BACKEND.wassist.app/api/v1/agents/")]
    [TestCase("https://backend.wassist.app:443/api/v1/agents/?limit=5")]
    public async Task A_request_for_the_api_host_gets_the_key_however_its_url_is_spelled(string requestUri)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(requestUri));

        await Client().Prepare(request, ListUrl);

        Assert.That(request.Headers.GetValues("X-API-Key"), Is.EqualTo(new[] { TestClient.ApiKey }));
    }
}
