using System;
using System.Threading;
using System.Threading.Tasks;
using NSubstitute;
using NUnit.Framework;

namespace Wassist.Client.Tests;

/// <summary>How user code creates the client and replaces it in its own tests.</summary>
public class ClientSurfaceTests
{
    private static readonly Guid ConversationId = Guid.Parse("0b6f2f4e-5a8c-4d1e-9c37-2e8d7a1b3c4f");

    /// <summary>Code a user would test: it only sees <see cref="WassistClient"/>.</summary>
    private static async Task<bool> IsOpenAsync(WassistClient wassist, Guid id, CancellationToken cancellationToken)
    {
        var conversation = await wassist.Conversations.GetAsync(id, cancellationToken);
        return conversation.Active == true;
    }

    [Test]
    public async Task A_resource_client_is_substituted_with_NSubstitute_and_returned_by_a_substituted_client()
    {
        var conversations = Substitute.For<ConversationsClient>();
        conversations.GetAsync(ConversationId, Arg.Any<CancellationToken>()).Returns(new Conversation { Id = ConversationId, Active = true });
        var wassist = Substitute.For<WassistClient>();
        wassist.Conversations.Returns(conversations);

        var open = await IsOpenAsync(wassist, ConversationId, CancellationToken.None);

        Assert.That(open, Is.True);
        await conversations.Received(1).GetAsync(ConversationId, Arg.Any<CancellationToken>());
    }

    [Test]
    public void A_client_is_created_from_the_api_key_alone_and_keeps_one_instance_per_resource()
    {
        using var wassist = new WassistClient("wsk_test_SECRET_0123456789");

        var first = wassist.Conversations;

        Assert.That(wassist.Conversations, Is.SameAs(first));
        Assert.That(wassist.Agents, Is.Not.Null);
    }

    [Test]
    public void A_bad_option_fails_when_the_client_is_created_not_when_a_resource_is_first_used()
    {
        var error = Assert.Throws<ArgumentException>(() => new WassistClient(" "));

        Assert.That(error!.ParamName, Is.EqualTo("ApiKey"));
    }
}
