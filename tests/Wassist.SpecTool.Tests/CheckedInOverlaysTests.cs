using System.IO;
using System.Linq;
using Newtonsoft.Json.Linq;
using NUnit.Framework;

namespace Wassist.SpecTool.Tests;

/// <summary>The overlays in openapi/ applied to the checked-in description, as the build applies them.</summary>
public class CheckedInOverlaysTests
{
    private static string OpenApiDir => Path.Combine(TestContext.CurrentContext.TestDirectory, "openapi");

    private static string[] OverlayFiles => Directory.GetFiles(OpenApiDir, "*.overlay.json");

    private static JObject Effective() => EffectiveSpec.Build(Path.Combine(OpenApiDir, "wassist.openapi.json"), OverlayFiles);

    [Test]
    public void Every_published_operation_gets_a_client_name()
    {
        var names = OpenApiOperation.All(Effective()).Select(o => $"{o} -> {OperationNames.ToClientMethod(o.OperationId!)}");

        Assert.That(names, Is.EqualTo(new[] { "POST /api/v1/conversations/ -> (ConversationsClient, CreateAsync)" }));
    }

    [Test]
    public void Every_correction_names_its_evidence()
    {
        var corrections = Overlay.Load(Path.Combine(OpenApiDir, "corrections.overlay.json"));

        Assert.That(corrections.Actions.Where(a => string.IsNullOrWhiteSpace(a.Evidence)).Select(a => a.DisplayName), Is.Empty);
    }

    [Test]
    public void Conversation_has_the_live_types_and_nothing_required()
    {
        var conversation = Effective().SelectToken("$.components.schemas.Conversation")!;

        Assert.Multiple(() =>
        {
            Assert.That(conversation["required"], Is.Null);
            Assert.That((string?)conversation.SelectToken("properties.active.type"), Is.EqualTo("boolean"));
            Assert.That((string?)conversation.SelectToken("properties.isHumanTakeover.type"), Is.EqualTo("boolean"));
            Assert.That((string?)conversation.SelectToken("properties.chatWindowRemainingTime.type"), Is.EqualTo("integer"));
            Assert.That((string?)conversation.SelectToken("properties.lastMessage.allOf[0].$ref"), Is.EqualTo("#/components/schemas/ConversationLastMessage"));
            Assert.That((bool?)conversation.SelectToken("properties.lastMessage.nullable"), Is.True);
            Assert.That((string?)conversation.SelectToken("properties.activeAgent.allOf[0].$ref"), Is.EqualTo("#/components/schemas/ConversationActiveAgent"));
        });
    }

    [Test]
    public void The_published_description_itself_is_left_as_published()
    {
        var published = EffectiveSpec.Load(Path.Combine(OpenApiDir, "wassist.openapi.json"));

        Assert.Multiple(() =>
        {
            Assert.That((string?)published.SelectToken("$.paths['/api/v1/conversations/'].post.operationId"), Is.EqualTo("api_v1_conversations_create"));
            Assert.That((string?)published.SelectToken("$.components.schemas.Conversation.properties.active.type"), Is.EqualTo("string"));
            Assert.That((string?)published.SelectToken("$.servers[0].url"), Is.EqualTo("https://backend.wassist.app"));
        });
    }
}
