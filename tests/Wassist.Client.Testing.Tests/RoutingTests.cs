using System;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Newtonsoft.Json.Linq;
using NUnit.Framework;
using Wassist.Tests.Shared;

namespace Wassist.Testing.Tests;

public class RoutingTests
{
    [Test]
    public async Task Every_operation_of_the_description_is_routed_to_its_operation_id()
    {
        // The description as the client build wrote it, read here on its own.
        var document = JObject.Parse(File.ReadAllText(Path.Combine(RepositoryRoot.Path, "src/Wassist.Client/obj/Generated/wassist.effective.json")));
        var fake = new FakeWassist();
        var http = new FakeHttp(fake);
        var expected = 0;
        foreach (var path in ((JObject)document["paths"]!).Properties())
        {
            foreach (var operation in ((JObject)path.Value).Properties().Where(p => p.Value["operationId"] is not null))
            {
                var concrete = path.Name.Replace("{number}", "447700900100").Replace("{id}", Guid.NewGuid().ToString()).Replace("{prefix}", "wk_abc").Replace("{path}", "messages");
                await http.SendAsync(operation.Name.ToUpperInvariant(), concrete, "{}");
                expected++;
                Assert.That(fake.Calls[^1].OperationId, Is.EqualTo((string)operation.Value["operationId"]!), $"{operation.Name} {concrete}");
            }
        }

        Assert.That(expected, Is.GreaterThan(100));
        Assert.That(fake.Calls.Select(c => c.StatusCode), Has.None.EqualTo(405).And.None.EqualTo(401));
    }

    [Test]
    public async Task A_literal_route_wins_over_a_parameter_route()
    {
        var fake = new FakeWassist();

        var (status, body, _) = await new FakeHttp(fake).GetAsync("/api/v1/integrations/connectors/public/");

        Assert.That(status, Is.EqualTo(200));
        Assert.That(body, Is.TypeOf<JArray>());
        Assert.That(fake.Calls.Single().OperationId, Is.EqualTo("Integrations_ListPublicConnectors"));
    }

    [Test]
    public async Task An_undeclared_path_is_a_404_naming_the_nearest_operations()
    {
        var fake = new FakeWassist();

        var (status, body, _) = await new FakeHttp(fake).GetAsync("/api/v1/agent/");

        Assert.That(status, Is.EqualTo(404));
        Assert.That((string)body!["detail"]!, Does.Contain("GET /api/v1/agent/").And.Contain("Agents_List (GET /api/v1/agents/)"));
        Assert.That(body["nearest"]!.Values<string>().First(), Is.EqualTo("Agents_List"));
        Assert.That(fake.Calls.Single().OperationId, Is.Null);
    }

    [Test]
    public async Task A_path_without_its_trailing_slash_is_a_404_that_says_so()
    {
        var (status, body, _) = await new FakeHttp(new FakeWassist()).GetAsync("/api/v1/contacts");

        Assert.That(status, Is.EqualTo(404));
        Assert.That((string)body!["detail"]!, Does.Contain("ends with '/'"));
        Assert.That(body["nearest"]!.Values<string>(), Does.Contain("Contacts_List"));
    }

    [Test]
    public async Task A_method_the_path_does_not_declare_is_a_405_listing_the_declared_ones()
    {
        var (status, body, response) = await new FakeHttp(new FakeWassist()).SendAsync("DELETE", $"/api/v1/contacts/{Guid.NewGuid()}/");

        Assert.That(status, Is.EqualTo(405));
        Assert.That(string.Join(", ", response.Content.Headers.GetValues("Allow")), Is.EqualTo("GET, PATCH"));
        Assert.That(body!["nearest"]!.Values<string>(), Is.EqualTo(new[] { "Contacts_Get", "Contacts_Update" }));
    }

    [Test]
    public async Task A_request_without_the_api_key_header_is_a_401_that_names_the_header()
    {
        var fake = new FakeWassist();

        var (status, body, _) = await new FakeHttp(fake, apiKey: null).GetAsync("/api/v1/agents/");

        Assert.That(status, Is.EqualTo(401));
        Assert.That((string)body!["detail"]!, Is.EqualTo("Authentication credentials were not provided. Send your Wassist API key in the X-API-Key header, or a Wassist App's credentials as Authorization: Basic with X-Wassist-Installation."));
    }

    [Test]
    public async Task When_a_key_is_configured_another_key_is_a_401_that_does_not_echo_it()
    {
        var fake = new FakeWassist { ApiKey = "right-key" };

        var (wrong, body, _) = await new FakeHttp(fake, apiKey: "wrong-key-123").GetAsync("/api/v1/agents/");
        var (right, _, _) = await new FakeHttp(fake, apiKey: "right-key").GetAsync("/api/v1/agents/");

        Assert.That(wrong, Is.EqualTo(401));
        Assert.That(body!.ToString(), Does.Not.Contain("wrong-key-123").And.Not.Contain("right-key"));
        Assert.That(right, Is.EqualTo(200));
    }

    [Test]
    public async Task The_client_built_on_CreateHttpClient_reaches_the_fake_with_its_key()
    {
        var fake = new FakeWassist { ApiKey = "test-key" };
        using var wassist = new WassistClient(fake.CreateHttpClient(), new WassistClientOptions { ApiKey = "test-key" });

        var page = await wassist.Agents.ListAsync();

        Assert.That(page.Count, Is.Zero);
        Assert.That(fake.Calls.Single().ToString(), Is.EqualTo("GET /api/v1/agents/ -> 200"));
    }
}
