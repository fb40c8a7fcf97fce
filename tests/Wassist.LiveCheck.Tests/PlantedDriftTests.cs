using System.Linq;
using System.Threading.Tasks;
using Newtonsoft.Json.Linq;
using NUnit.Framework;
using Wassist.Testing;

namespace Wassist.LiveCheck.Tests;

/// <summary>The live check against a fake API with drift planted in some answers reports exactly that drift.</summary>
public class PlantedDriftTests
{
    [Test]
    public async Task A_fake_that_matches_the_description_gives_no_problems_and_exit_0()
    {
        using var fake = new FakeWassist();
        await LiveCheckHarness.SeedAsync(fake);

        var (exit, output, log) = await LiveCheckHarness.RunAsync(fake);

        Assert.That(output, Does.Contain("Live check of https://backend.wassist.app/: 43 GET operations, 23 skipped, 0 problems."), log);
        Assert.That(output, Does.Contain("  Agents_Get GET /api/v1/agents/{id}/: 200, matches"));
        Assert.That(exit, Is.EqualTo(0));
    }

    [Test]
    public async Task Planted_drift_is_reported_exactly_and_fails_the_check()
    {
        using var fake = new FakeWassist();
        var wassist = LiveCheckHarness.ClientOf(fake);
        var webhook = await wassist.Webhooks.CreateAsync(new Webhook { Name = "Orders", Url = new System.Uri("https://example.com/hooks/orders") });
        await wassist.Contacts.CreateAsync(new CreateContactInput { PhoneNumber = "447700900123", Name = "Ada" });
        // A retyped field: active is a boolean in the description.
        fake.Respond("Webhooks_Get", 200, $$"""{"id":"{{webhook.Id}}","name":"Orders","url":"https://example.com/hooks/orders","events":[],"active":"yes"}""");
        // An extra field the description does not declare.
        fake.Respond("Contacts_Get", 200, """{"id":"5f1c2a9e-8b7d-4c3e-a1f2-0e9d8c7b6a51","phoneNumber":"447700900123","name":"Ada","favouriteColour":"teal"}""");
        // A missing required field: a page without its count.
        fake.Respond("WebhookDeliveries_List", 200, """{"next":null,"previous":null,"results":[]}""");
        // A server error, and a body that is not JSON.
        fake.FailNext("TestRuns_List", 500);
        fake.Respond("ApiKeys_List", 200, "<html><body>Bad gateway</body></html>");

        var (exit, output, _) = await LiveCheckHarness.RunAsync(fake, "--json");

        Assert.That(LiveCheckHarness.Problems(output), Is.EquivalentTo(new[]
        {
            "Webhooks_Get type-mismatch $.active",
            "Contacts_Get undocumented-field $.favouriteColour",
            "WebhookDeliveries_List missing-required $.count",
            "TestRuns_List unexpected-status $",
            "ApiKeys_List unreadable-body $",
            "ApiKeys_List client-failure $",
        }));
        Assert.That(exit, Is.EqualTo(1));
    }

    [Test]
    public async Task A_null_where_none_is_allowed_and_a_value_outside_the_enum_fail_the_check()
    {
        using var fake = new FakeWassist();
        // active is a non-nullable boolean; status is one of pending, running, completed, failed, cancelled.
        fake.Respond("Webhooks_List", 200, """[{"name":"Orders","url":"https://example.com/hooks/orders","events":[],"active":null}]""");
        fake.Respond("TestRuns_List", 200, """[{"status":"paused"}]""");

        var (exit, output, _) = await LiveCheckHarness.RunAsync(fake, "--json");

        Assert.That(LiveCheckHarness.Problems(output), Is.EquivalentTo(new[]
        {
            "Webhooks_List null-not-allowed $[0].active",
            "TestRuns_List type-mismatch $[0].status",
        }));
        Assert.That(exit, Is.EqualTo(1));
    }
}
