using System;
using System.Linq;
using System.Net.Http;
using System.Threading.Tasks;
using NUnit.Framework;
using RichardSzalay.MockHttp;
using Wassist.Apps;
using static Wassist.Client.Tests.Apps.AppVectors;

namespace Wassist.Client.Tests.Apps;

/// <summary>
/// The app's settings and lifetime: options are checked by name whichever constructor is used, secrets never show,
/// the HttpClient is disposed only when the app made it, and bad arguments are named before anything is sent.
/// </summary>
public class AppSettingsTests
{
    [Test]
    public void Options_describe_themselves_with_each_secret_shown_only_as_set_or_not()
    {
        var options = new WassistAppOptions { ClientId = ClientId, ClientSecret = Secret };

        Assert.That(options.ToString(), Is.EqualTo("WassistAppOptions { ClientId = app_test_id, BaseUrl = https://backend.wassist.app, ClientSecret = (redacted), PreviousClientSecret = (not set) }"));

        options.ClientSecret = "";
        options.PreviousClientSecret = PreviousSecret;
        Assert.That(options.ToString(), Is.EqualTo("WassistAppOptions { ClientId = app_test_id, BaseUrl = https://backend.wassist.app, ClientSecret = (not set), PreviousClientSecret = (redacted) }"));
    }

    [TestCase(null, Secret, "ClientId")]
    [TestCase(ClientId, null, "ClientSecret")]
    [TestCase(ClientId, "", "ClientSecret")]
    public void Options_are_checked_by_name_also_on_a_caller_owned_http_client(string? clientId, string? secret, string option)
    {
        using var http = new HttpClient(new MockHttpMessageHandler());

        var error = Assert.Throws<ArgumentException>(() => _ = new WassistApp(http, new WassistAppOptions { ClientId = clientId, ClientSecret = secret }))!;

        Assert.That(error.ParamName, Is.EqualTo(option));
    }

    [Test]
    public void A_negative_redirect_tolerance_says_how_to_turn_the_check_off()
    {
        var options = new WassistAppOptions { ClientId = ClientId, ClientSecret = Secret, SetupRedirectTolerance = TimeSpan.FromSeconds(-1) };

        var error = Assert.Throws<ArgumentException>(() => _ = new WassistApp(options))!;

        Assert.That(error.Message, Does.StartWith("SetupRedirectTolerance cannot be negative; use TimeSpan.Zero to turn the check off."));
    }

    [Test]
    public async Task Disposing_the_app_leaves_a_caller_owned_http_client_usable()
    {
        using var handler = new MockHttpMessageHandler();
        handler.When("https://backend.wassist.app/health").Respond("application/json", "{}");
        using var http = handler.ToHttpClient();

        new WassistApp(http, new WassistAppOptions { ClientId = ClientId, ClientSecret = Secret }).Dispose();

        using var response = await http.GetAsync("https://backend.wassist.app/health");
        Assert.That(await response.Content.ReadAsStringAsync(), Is.EqualTo("{}"));
    }

    [Test]
    public async Task Disposing_the_app_disposes_the_http_client_it_made()
    {
        // Loopback may carry credentials; port 9 (discard) is not listened on, so a live client fails to connect.
        var app = new WassistApp(new WassistAppOptions { ClientId = ClientId, ClientSecret = Secret, BaseUrl = "http://127.0.0.1:9" });
        var client = app.ForInstallation("inst_5f1c");

        app.Dispose();

        var error = (await Assert.CatchAsync<Exception>(() => client.Agents.GetAsync(Guid.Parse("7d3b8f0e-2c41-4a8e-9f6d-1b2c3d4e5f60"))))!;
        Assert.That(Chain(error).OfType<ObjectDisposedException>(), Is.Not.Empty, error.ToString());
    }

    private static System.Collections.Generic.IEnumerable<Exception> Chain(Exception error)
    {
        for (var e = error; e is not null; e = e.InnerException)
        {
            yield return e;
        }
    }

    [Test]
    public void A_setup_redirect_may_be_given_as_a_relative_url()
    {
        using var app = App();
        var query = Redirect(Secret, ("installation_id", "inst_5f1c"), ("organization_id", "org_42"), ("timestamp", NowSeconds.ToString()));

        var redirect = app.VerifySetupRedirect(new Uri("/setup?" + query, UriKind.Relative));

        Assert.That(redirect.InstallationId, Is.EqualTo("inst_5f1c"));
        Assert.That(Assert.Throws<ArgumentNullException>(() => app.VerifySetupRedirect((Uri)null!))!.ParamName, Is.EqualTo("url"));
    }

    [TestCase("")]
    [TestCase(" ")]
    public void An_installation_client_says_where_its_id_comes_from(string installationId)
    {
        using var app = App();

        var error = Assert.Throws<ArgumentException>(() => app.ForInstallation(installationId))!;

        Assert.That(error.ParamName, Is.EqualTo("installationId"));
        Assert.That(error.Message, Does.StartWith("The installation id is required (from WassistToolContext.InstallationId or WassistSetupRedirect.InstallationId)."));
    }

    [Test]
    public async Task A_channel_needs_a_context_whose_session_id_is_a_uuid()
    {
        using var app = App();
        var context = app.VerifyContextToken(Token());

        Assert.That((await Assert.ThrowsAsync<ArgumentNullException>(() => app.ResolveChannelAsync(null!)))!.ParamName, Is.EqualTo("context"));
        var error = (await Assert.ThrowsAsync<ArgumentException>(() => app.ResolveChannelAsync(context)))!;
        Assert.That(error.ParamName, Is.EqualTo("context"));
        Assert.That(error.Message, Does.StartWith("The context's session id 'sess_9' is not a uuid, so no session can be read for it."));
    }

    [Test]
    public void A_tool_context_describes_itself_without_the_token()
    {
        using var app = App();
        var token = Token();

        var context = app.VerifyContextToken(token);

        Assert.That(context.ToString(), Is.EqualTo("WassistToolContext { InstallationId = inst_5f1c, OrganizationId = org_42, AgentId = agent_7, SessionId = sess_9, ExpiresAt = 2027-01-15T08:10:00.0000000+00:00 }"));
        Assert.That(context.Token, Is.EqualTo(token));
    }
}
