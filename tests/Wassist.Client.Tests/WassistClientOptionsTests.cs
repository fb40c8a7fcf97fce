using System;
using System.Collections.Generic;
using System.Net;
using System.Net.Http;
using System.Threading.Tasks;
using NUnit.Framework;
using RichardSzalay.MockHttp;
using Wassist.Tests.Shared;

namespace Wassist.Client.Tests;

/// <summary>Options are checked when a client is built, name the bad option, and never print the key.</summary>
public class WassistClientOptionsTests
{
    internal static ArgumentException Rejects(WassistClientOptions options)
    {
        using var http = new HttpClient();
        return Assert.Throws<ArgumentException>(() => new WassistClient(http, options))!;
    }

    [TestCase(null)]
    [TestCase("")]
    [TestCase("   ")]
    public void A_missing_key_is_refused_by_name(string? key)
    {
        var error = Rejects(new WassistClientOptions { ApiKey = key });

        Assert.That(error.ParamName, Is.EqualTo("ApiKey"));
        Assert.That(error.Message, Does.Contain("ApiKey is required"));
    }

    [Test]
    public void A_key_with_a_line_break_is_refused_without_echoing_it()
    {
        var error = Rejects(new WassistClientOptions { ApiKey = "wsk_live_abc\r\nX-Evil: 1" });

        Assert.That(error.ParamName, Is.EqualTo("ApiKey"));
        Assert.That(error.Message, Does.Not.Contain("wsk_live_abc"));
    }

    [TestCase("not a url")]
    [TestCase("ftp://backend.wassist.app")]
    [TestCase("http://backend.wassist.app")]
    [TestCase("https://backend.wassist.app/?x=1")]
    public void A_bad_base_url_is_refused_by_name(string baseUrl)
    {
        var error = Rejects(new WassistClientOptions { ApiKey = TestClient.ApiKey, BaseUrl = baseUrl });

        Assert.That(error.ParamName, Is.EqualTo("BaseUrl"));
    }

    [Promise("redaction-message")]
    [Test]
    public void ToString_never_shows_the_key()
    {
        var options = new WassistClientOptions { ApiKey = TestClient.ApiKey };

        Assert.That(options.ToString(), Does.Not.Contain(TestClient.ApiKey).And.Contain("(redacted)"));
    }

    [TestCase("https://staging.example.test", "https://staging.example.test/api/v1/conversations/")]
    [TestCase("https://staging.example.test/root/", "https://staging.example.test/root/api/v1/conversations/")]
    [TestCase("http://127.0.0.1:5080", "http://127.0.0.1:5080/api/v1/conversations/")]
    public async Task The_base_url_option_is_where_requests_go(string baseUrl, string expectedUrl)
    {
        using var handler = new MockHttpMessageHandler();
        handler.Expect(HttpMethod.Post, expectedUrl).Respond(HttpStatusCode.Created, "application/json", "{}");
        using var wassist = new WassistClient(handler.ToHttpClient(), new WassistClientOptions { ApiKey = TestClient.ApiKey, BaseUrl = baseUrl, AllowedHosts = { "staging.example.test" } });

        await wassist.Conversations.CreateAsync(new CreateConversationInput { ToNumber = "+447700900123" });

        handler.VerifyNoOutstandingExpectation();
    }

    [Test]
    public void FromEnvironment_reads_the_key_and_base_url_variables()
    {
        var savedKey = Environment.GetEnvironmentVariable(WassistClientOptions.ApiKeyVariable);
        var savedUrl = Environment.GetEnvironmentVariable(WassistClientOptions.BaseUrlVariable);
        try
        {
            Environment.SetEnvironmentVariable(WassistClientOptions.ApiKeyVariable, "wsk_env");
            Environment.SetEnvironmentVariable(WassistClientOptions.BaseUrlVariable, "http://localhost:9000");

            var options = WassistClientOptions.FromEnvironment();

            Assert.That(options.ApiKey, Is.EqualTo("wsk_env"));
            Assert.That(options.BaseUrl, Is.EqualTo("http://localhost:9000"));
        }
        finally
        {
            Environment.SetEnvironmentVariable(WassistClientOptions.ApiKeyVariable, savedKey);
            Environment.SetEnvironmentVariable(WassistClientOptions.BaseUrlVariable, savedUrl);
        }
    }
}

/// <summary>The key goes only where the options allow: https anywhere, plain http only to loopback.</summary>
public class BaseUrlSafetyTests
{
    [Promise("loopback-http")]
    [TestCase("http://localhost:5080")]
    [TestCase("http://127.0.0.1")]
    [TestCase("http://[::1]:8080/")]
    [TestCase("https://backend.wassist.app")]
    public void Https_and_loopback_http_are_allowed(string baseUrl)
    {
        Assert.DoesNotThrow(() => new WassistClient(new WassistClientOptions { ApiKey = "k", BaseUrl = baseUrl }).Dispose());
    }

    [Promise("allowed-hosts")]
    [TestCase("https://backend.wasist.app", "not in AllowedHosts")]
    [TestCase("https://api.wassist.app", "not in AllowedHosts")]
    [TestCase("https://staging.example.test", "not in AllowedHosts")]
    [TestCase("https://backend.wassist.app.evil.example", "'backend.wassist.app.evil.example', which is not in AllowedHosts")]
    [TestCase("https://evilbackend.wassist.app", "'evilbackend.wassist.app', which is not in AllowedHosts")]
    [TestCase("https://backend.wassist.app@evil.example", "'evil.example', which is not in AllowedHosts")]
    [TestCase("https://backend.wassist.app.", "'backend.wassist.app.', which is not in AllowedHosts")]
    public void An_https_host_outside_the_allow_list_is_refused(string baseUrl, string reason)
    {
        var error = Assert.Throws<System.ArgumentException>(() => new WassistClient(new WassistClientOptions { ApiKey = "k", BaseUrl = baseUrl }));

        Assert.That(error!.ParamName, Is.EqualTo("BaseUrl"));
        Assert.That(error.Message, Does.Contain(reason));
    }

    [Promise("allowed-hosts")]
    [Test]
    public async Task Options_changed_after_the_client_is_built_do_not_move_the_key()
    {
        using var handler = new MockHttpMessageHandler();
        var seen = new List<string>();
        handler.When("*").Respond(request =>
        {
            seen.Add($"{request.RequestUri!.Host} {string.Join(",", request.Headers.GetValues("X-API-Key"))}");
            return TestHttp.Json(200, """{"id":"ed8c25ef-5ae2-b8d8-2818-b5ba5fa9c0ad"}""");
        });
        var options = new WassistClientOptions { ApiKey = TestClient.ApiKey };
        using var wassist = new WassistClient(handler.ToHttpClient(), options);

        options.BaseUrl = "https://evil.example";
        options.AllowedHosts.Add("evil.example");
        options.ApiKey = "wsk_other";
        await wassist.Contacts.GetAsync(Guid.Parse("ed8c25ef-5ae2-b8d8-2818-b5ba5fa9c0ad"));

        Assert.That(seen, Is.EqualTo(new[] { $"backend.wassist.app {TestClient.ApiKey}" }));
    }

    [Test]
    public void An_allowed_host_is_matched_without_regard_to_case()
    {
        Assert.DoesNotThrow(() => new WassistClient(new WassistClientOptions { ApiKey = "k", BaseUrl = "https://Staging.Example.Test/", AllowedHosts = { "staging.example.TEST" } }).Dispose());
    }

    [TestCase("http://10.0.0.5")]
    [TestCase("http://192.168.1.20:8050")]
    [TestCase("http://localhost.attacker.example")]
    [TestCase("http://backend.wassist.app.evil.example")]
    [TestCase("http://127.0.0.1.nip.io")]
    public void Plain_http_to_any_other_host_is_refused_with_a_clear_error(string baseUrl)
    {
        var error = Assert.Throws<System.ArgumentException>(() => new WassistClient(new WassistClientOptions { ApiKey = "k", BaseUrl = baseUrl }));

        Assert.That(error!.ParamName, Is.EqualTo("BaseUrl"));
        Assert.That(error.Message, Does.Contain("plain http").And.Contain("Use https"));
    }
}
