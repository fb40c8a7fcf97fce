using System;
using System.Linq;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Threading.Tasks;
using Newtonsoft.Json.Linq;
using NUnit.Framework;

namespace Wassist.Testing.Tests;

/// <summary>A Wassist App's requests (Basic credentials and an installation) reach the fake like a key's do.</summary>
public class AppCredentialsTests
{
    // base64("app_1:cs_secret_1"), written out by hand so the test does not encode with the code it checks.
    private const string Basic = "YXBwXzE6Y3Nfc2VjcmV0XzE=";

    private static async Task<(int Status, string? Detail)> GetAgentsAsync(FakeWassist fake, string? basic, string? installation)
    {
        using var http = fake.CreateHttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/agents/");
        if (basic is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Basic", basic);
        }

        if (installation is not null)
        {
            request.Headers.Add("X-Wassist-Installation", installation);
        }

        using var response = await http.SendAsync(request);
        var body = JToken.Parse(await response.Content.ReadAsStringAsync());
        return ((int)response.StatusCode, (string?)body["detail"]);
    }

    [Test]
    public async Task A_client_with_app_credentials_is_answered_and_its_installation_recorded()
    {
        var fake = new FakeWassist { ClientId = "app_1", ClientSecret = "cs_secret_1" };
        using var wassist = new WassistClient(fake.CreateHttpClient(),
            new WassistClientOptions { ClientId = "app_1", ClientSecret = "cs_secret_1", InstallationId = "inst_77" });

        var page = await wassist.Agents.ListAsync();

        Assert.That(page.Count, Is.Zero);
        var call = fake.Calls.Single();
        Assert.That(call.ToString(), Is.EqualTo("GET /api/v1/agents/ -> 200"));
        Assert.That(call.InstallationId, Is.EqualTo("inst_77"));
    }

    [Test]
    public async Task A_call_with_an_api_key_records_no_installation()
    {
        var fake = new FakeWassist();
        using var wassist = new WassistClient(fake.CreateHttpClient(), new WassistClientOptions { ApiKey = "test-key" });

        await wassist.Agents.ListAsync();

        Assert.That(fake.Calls.Single().InstallationId, Is.Null);
    }

    [Test]
    public async Task App_credentials_without_an_installation_are_a_401_that_names_the_header()
    {
        var (status, detail) = await GetAgentsAsync(new FakeWassist(), Basic, installation: null);

        Assert.That(status, Is.EqualTo(401));
        Assert.That(detail, Is.EqualTo("A Wassist App's request names its installation in the X-Wassist-Installation header; it was missing."));
    }

    [TestCase("bm90LWJhc2U2NA-!")]
    [TestCase("bm8tY29sb24=")] // base64("no-colon")
    public async Task A_basic_header_that_is_not_base64_of_id_and_secret_is_a_401(string basic)
    {
        var (status, detail) = await GetAgentsAsync(new FakeWassist(), basic, "inst_77");

        Assert.That(status, Is.EqualTo(401));
        Assert.That(detail, Does.StartWith("Invalid basic header."));
    }

    [TestCase("app_1", "cs_other")]
    [TestCase("app_other", "cs_secret_1")]
    public async Task Configured_app_credentials_refuse_others_without_echoing_them(string clientId, string clientSecret)
    {
        var fake = new FakeWassist { ClientId = clientId, ClientSecret = clientSecret };

        var (refused, detail) = await GetAgentsAsync(fake, Basic, "inst_77");

        Assert.That(refused, Is.EqualTo(401));
        Assert.That(detail, Is.EqualTo("Invalid app credentials: the client id or secret is not the one this fake accepts."));
        Assert.That(fake.Calls.Single().ToString(), Does.Not.Contain("cs_secret_1").And.Not.Contain(Basic));
    }
}
