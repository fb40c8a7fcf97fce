using System;
using System.IO;
using System.Linq;
using System.Net.Http;
using System.Threading.Tasks;
using Newtonsoft.Json.Linq;
using Wassist.Testing;

namespace Wassist.LiveCheck.Tests;

/// <summary>Runs the live check against a <see cref="FakeWassist"/> in process, with no pause between requests.</summary>
internal static class LiveCheckHarness
{
    internal const string ApiKey = "wsk_live_harness_3f9c2a7e51";

    internal static readonly DateTimeOffset Now = new(2026, 11, 28, 23, 0, 0, TimeSpan.Zero);

    internal static async Task<(int ExitCode, string Output, string Log)> RunAsync(HttpMessageHandler transport, params string[] args)
    {
        var output = new StringWriter();
        var log = new StringWriter();
        var exit = await LiveCheck.RunAsync([.. args, "--interval", "0"], ApiKey, transport, output, log, Now);
        return (exit, output.ToString(), log.ToString());
    }

    /// <summary>The JSON report's problems as "operation kind path", one string each.</summary>
    internal static string[] Problems(string json) =>
        JObject.Parse(json)["operations"]!
            .SelectMany(o => o["problems"]!.Select(p => $"{o["operation"]} {p["kind"]} {p["path"]}"))
            .ToArray();

    /// <summary>
    /// Stores an agent, a contact and a webhook, so the get-by-id operations of those lists have an id to use;
    /// returns the agent's id.
    /// </summary>
    internal static async Task<string> SeedAsync(FakeWassist fake)
    {
        using var wassist = ClientOf(fake);
        var agent = await wassist.Agents.CreateAsync(new CreateAgentInput { Name = "Front desk" });
        await wassist.Contacts.CreateAsync(new CreateContactInput { PhoneNumber = "447911123456", Name = "Ada Lovelace" });
        await wassist.Webhooks.CreateAsync(new Webhook { Name = "Orders", Url = new Uri("https://hooks.example.org/orders") });
        return agent.Id.ToString()!;
    }

    internal static WassistClient ClientOf(FakeWassist fake) => new(fake.CreateHttpClient(), new WassistClientOptions { ApiKey = ApiKey });
}
