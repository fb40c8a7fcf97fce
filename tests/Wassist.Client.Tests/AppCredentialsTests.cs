using System;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Threading.Tasks;
using NUnit.Framework;
using RichardSzalay.MockHttp;
using Wassist.Tests.Shared;

namespace Wassist.Client.Tests;

/// <summary>A client authenticates with an API key or with app credentials, never both, and never shows the secret.</summary>
public class AppCredentialsTests
{
    private const string ClientId = Apps.AppVectors.ClientId;
    private const string ClientSecret = Apps.AppVectors.Secret;
    private const string InstallationId = "inst_5f1c";
    private const string BasicToken = Apps.AppVectors.BasicToken;

    private static WassistClientOptions AppOptions() =>
        new() { ClientId = ClientId, ClientSecret = ClientSecret, InstallationId = InstallationId };

    private static ArgumentException Rejects(WassistClientOptions options) => WassistClientOptionsTests.Rejects(options);

    [Test]
    public void A_key_and_app_credentials_together_are_refused_naming_both()
    {
        var options = AppOptions();
        options.ApiKey = TestClient.ApiKey;

        var error = Rejects(options);

        Assert.That(error.ParamName, Is.EqualTo("ApiKey"));
        Assert.That(error.Message, Does.Contain("ApiKey").And.Contain("ClientId").And.Contain("not both"));
        Assert.That(error.Message, Does.Not.Contain(ClientSecret).And.Not.Contain(TestClient.ApiKey));
    }

    [Test]
    public void Neither_a_key_nor_app_credentials_is_refused_naming_both()
    {
        var error = Rejects(new WassistClientOptions());

        Assert.That(error.ParamName, Is.EqualTo("ApiKey"));
        Assert.That(error.Message, Does.Contain("ClientId").And.Contain("ClientSecret").And.Contain("InstallationId"));
    }

    [TestCase(null, ClientSecret, InstallationId, "ClientId")]
    [TestCase(ClientId, "", InstallationId, "ClientSecret")]
    [TestCase(ClientId, ClientSecret, " ", "InstallationId")]
    public void An_incomplete_set_of_app_credentials_names_the_missing_one(string? id, string? secret, string? installation, string missing)
    {
        var error = Rejects(new WassistClientOptions { ClientId = id, ClientSecret = secret, InstallationId = installation });

        Assert.That(error.ParamName, Is.EqualTo(missing));
        Assert.That(error.Message, Does.Contain("required"));
    }

    [Test]
    public void A_secret_with_a_line_break_is_refused_without_echoing_it()
    {
        var options = AppOptions();
        options.ClientSecret = "cs_live_abc\r\nX-Evil: 1";

        var error = Rejects(options);

        Assert.That(error.ParamName, Is.EqualTo("ClientSecret"));
        Assert.That(error.Message, Does.Not.Contain("cs_live_abc"));
    }

    [Test]
    public void A_client_id_with_a_colon_is_refused()
    {
        var options = AppOptions();
        options.ClientId = "app:1";

        Assert.That(Rejects(options).ParamName, Is.EqualTo("ClientId"));
    }

    [Promise("allowed-hosts")]
    [Test]
    public void App_credentials_go_only_to_allowed_hosts()
    {
        var options = AppOptions();
        options.BaseUrl = "https://wassist.example.test";

        Assert.That(Rejects(options).ParamName, Is.EqualTo("BaseUrl"));
    }

    [Test]
    public void ToString_shows_the_ids_but_never_the_secret()
    {
        var text = AppOptions().ToString();

        Assert.That(text, Does.Contain(ClientId).And.Contain(InstallationId).And.Contain("(redacted)"));
        Assert.That(text, Does.Not.Contain(ClientSecret));
    }

    [Promise("app-credentials")]
    [Test]
    public async Task Every_request_sends_basic_authentication_and_the_installation_instead_of_a_key()
    {
        using var handler = new MockHttpMessageHandler();
        HttpRequestMessage? sent = null;
        handler.When(HttpMethod.Get, "https://backend.wassist.app/api/v1/sessions/2b7e4c1a-9d3f-4e8b-a6c5-0f1e2d3c4b5a/").Respond(request =>
        {
            sent = request;
            return new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent("{}") };
        });
        using var client = new WassistClient(handler.ToHttpClient(), AppOptions());

        await client.Sessions.GetAsync(System.Guid.Parse("2b7e4c1a-9d3f-4e8b-a6c5-0f1e2d3c4b5a"));

        Assert.That(sent!.Headers.Authorization?.Scheme, Is.EqualTo("Basic"));
        Assert.That(sent.Headers.Authorization?.Parameter, Is.EqualTo(BasicToken));
        Assert.That(sent.Headers.GetValues("X-Wassist-Installation").Single(), Is.EqualTo(InstallationId));
        Assert.That(sent.Headers.Contains("X-API-Key"), Is.False);
    }

    [Test]
    public async Task An_error_that_echoes_the_secret_or_the_basic_token_is_redacted()
    {
        using var handler = new MockHttpMessageHandler();
        handler.When("*").Respond(HttpStatusCode.Unauthorized, "application/json",
            $"{{\"detail\":\"bad credentials {ClientSecret} / Basic {BasicToken}\"}}");
        using var client = new WassistClient(handler.ToHttpClient(), AppOptions());

        var error = (await Assert.CatchAsync<WassistApiException>(() => client.Sessions.GetAsync(System.Guid.Parse("2b7e4c1a-9d3f-4e8b-a6c5-0f1e2d3c4b5a"))))!;

        foreach (var text in new[] { error.Message, error.Response, error.ErrorMessage, error.ToString() })
        {
            Assert.That(text, Does.Not.Contain(ClientSecret).And.Not.Contain(BasicToken));
        }

        Assert.That(error.ErrorMessage, Is.EqualTo("bad credentials [redacted] / Basic [redacted]"));
    }

    [Test]
    public void The_key_replaces_any_authentication_the_request_already_carried()
    {
        using var request = WithStaleAuthentication();

        WassistCredentials.From(new WassistClientOptions { ApiKey = TestClient.ApiKey }).Apply(request);

        Assert.That(request.Headers.GetValues("X-API-Key"), Is.EqualTo(new[] { TestClient.ApiKey }));
        Assert.That(request.Headers.Authorization, Is.Null, "a key request carries no Basic credentials");
        Assert.That(request.Headers.Contains("X-Wassist-Installation"), Is.False);
    }

    [Test]
    public void App_credentials_replace_any_authentication_the_request_already_carried()
    {
        using var request = WithStaleAuthentication();

        WassistCredentials.From(AppOptions()).Apply(request);

        Assert.That(request.Headers.Authorization?.ToString(), Is.EqualTo("Basic " + BasicToken));
        Assert.That(request.Headers.GetValues("X-Wassist-Installation"), Is.EqualTo(new[] { InstallationId }));
        Assert.That(request.Headers.Contains("X-API-Key"), Is.False, "an app request carries no key");
    }

    private static HttpRequestMessage WithStaleAuthentication()
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "https://backend.wassist.app/api/v1/agents/");
        request.Headers.TryAddWithoutValidation("X-API-Key", "wsk_stale");
        request.Headers.TryAddWithoutValidation("Authorization", "Bearer stale");
        request.Headers.TryAddWithoutValidation("X-Wassist-Installation", "inst_stale");
        return request;
    }
}
