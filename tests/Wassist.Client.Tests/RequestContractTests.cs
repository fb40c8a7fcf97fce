#pragma warning disable CS0618 // The deprecated PhoneNumber is exercised on purpose.
using System;
using Newtonsoft.Json;
using NUnit.Framework;
using Wassist.Serialization;

namespace Wassist.Client.Tests;

/// <summary>
/// How a request contract is made, on a resolver built for each test: the client's own resolver keeps every
/// model's contract for the life of the process, so only a fresh one shows the rules being applied.
/// </summary>
public class RequestContractTests
{
    private static string Write(object model) =>
        JsonConvert.SerializeObject(model, new JsonSerializerSettings { ContractResolver = new WassistContractResolver(isRequest: true) });

    [Test]
    public void The_deprecated_phone_number_is_written_as_to_number_and_never_under_its_old_name() =>
        Assert.That(Write(new CreateConversationInput { PhoneNumber = "447700900123", AgentId = TestClient.AgentId }),
            Is.EqualTo("{\"toNumber\":\"447700900123\",\"agentId\":\"7d3b8f0e-2c41-4a8e-9f6d-1b2c3d4e5f60\"}"));

    [Test]
    public void A_malformed_to_number_is_refused_as_it_is_written()
    {
        var error = Assert.Throws<ArgumentException>(() => Write(new CreateConversationInput { ToNumber = "07700900123" }))!;

        Assert.That(error.ParamName, Is.EqualTo("CreateConversationInput.ToNumber"));
    }

    [Test]
    public void A_malformed_from_number_is_refused_as_it_is_written()
    {
        var error = Assert.Throws<ArgumentException>(() => Write(new CreateConversationInput { ToNumber = "447700900123", FromNumber = "44 7700 900100" }))!;

        Assert.That(error.ParamName, Is.EqualTo("CreateConversationInput.FromNumber"));
    }
}
