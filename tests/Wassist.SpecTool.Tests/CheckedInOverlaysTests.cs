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
    public void Every_published_operation_gets_a_distinct_client_name_as_a_dotnet_user_would_guess_it()
    {
        var names = OpenApiOperation.All(Effective()).ToDictionary(o => o.ToString(), o => OperationNames.ToClientMethod(o.OperationId!));

        Assert.Multiple(() =>
        {
            Assert.That(names, Has.Count.EqualTo(129));
            Assert.That(names["POST /api/v1/conversations/"], Is.EqualTo(("ConversationsClient", "CreateAsync")));
            Assert.That(names["GET /api/v1/conversations/{id}/messages/"], Is.EqualTo(("ConversationsClient", "ListMessagesAsync")));
            Assert.That(names["POST /api/v1/conversations/{id}/messages/"], Is.EqualTo(("ConversationsClient", "SendMessageAsync")));
            Assert.That(names["PATCH /api/v1/agents/{id}/"], Is.EqualTo(("AgentsClient", "UpdateAsync")));
            Assert.That(names["PUT /api/v1/agents/{id}/"], Is.EqualTo(("AgentsClient", "ReplaceAsync")));
            Assert.That(names["POST /api/v1/whatsapp-templates/{id}/publish/"], Is.EqualTo(("TemplatesClient", "PublishAsync")));
            Assert.That(names["POST /api/v1/phone-numbers/{number}/connect-agent/"], Is.EqualTo(("PhoneNumbersClient", "ConnectAgentAsync")));
        });
    }

    [Test]
    public void Every_operation_uses_the_api_key_and_says_how_sure_the_reconstruction_is()
    {
        var operations = OpenApiOperation.All(EffectiveSpec.Load(Path.Combine(OpenApiDir, "wassist.openapi.json"))).ToList();
        var seed = operations.Single(o => o.ToString() == "POST /api/v1/conversations/");

        Assert.Multiple(() =>
        {
            Assert.That(operations.Where(o => o.Node.SelectToken("security[0].ApiKeyAuth") is null).Select(o => o.ToString()), Is.Empty);
            Assert.That(operations.Where(o => o != seed && (string?)o.Node["x-wassist-confidence"] is not ("high" or "medium" or "low")).Select(o => o.ToString()), Is.Empty);
            Assert.That(operations.Where(o => o != seed && o.Node["x-wassist-sources"] is not JArray { Count: > 0 }).Select(o => o.ToString()), Is.Empty);
            Assert.That(seed.Node["x-wassist-confidence"], Is.Null, "the verbatim slice carries nothing of ours");
        });
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

    [Test]
    public void Generated_types_carry_dotnet_names_and_one_type_per_vocabulary()
    {
        var effective = Effective();
        var schemas = (JObject)effective["components"]!["schemas"]!;

        Assert.Multiple(() =>
        {
            Assert.That(TypeNames.Problems(effective, "naming.overlay.json"), Is.Empty);
            Assert.That(schemas.Properties().Select(p => p.Name), Does.Not.Contain("FileInfo").And.Not.Contain("Category822Enum").And.Not.Contain("PaginatedConversationListList"));
            Assert.That((string?)effective.SelectToken("paths['/api/v1/conversations/'].get.responses.200.content['application/json'].schema.$ref"), Is.EqualTo("#/components/schemas/ConversationPage"));
            Assert.That((string?)schemas.SelectToken("Conversation.properties.routing.allOf[0].$ref"), Is.EqualTo("#/components/schemas/RoutingMode"));
            Assert.That((string?)schemas.SelectToken("PhoneNumber.properties.defaultRouting.allOf[0].$ref"), Is.EqualTo("#/components/schemas/RoutingMode"));
            Assert.That((string?)schemas.SelectToken("WhatsAppTemplate.properties.category.$ref") ?? (string?)schemas.SelectToken("WhatsAppTemplate.properties.category.allOf[0].$ref"), Is.EqualTo("#/components/schemas/TemplateCategory"));
            Assert.That(schemas.SelectToken("ToolType.enum"), Is.Null, "tool types grow on the server: a string, not a closed enum");
            Assert.That(schemas.SelectToken("ToolType.x-wassist-known-values")!.Values<string>(), Does.Contain("content_generation"));
        });
    }
}
