using System;
using System.Collections.Generic;
using System.Runtime.Serialization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Newtonsoft.Json.Converters;
using Newtonsoft.Json.Linq;
using Nj = Newtonsoft.Json;

namespace Wassist.Benchmarks
{
    // The types a developer writes by hand for the two calls: the same JSON names and value types as the API's
    // (nullable ids, numbers, flags and instants, string enums), unknown fields kept. Each member carries the
    // attributes of both serializers, so the Newtonsoft baseline and the System.Text.Json floor read the same types.

    public sealed class ConversationDto
    {
        [Nj.JsonProperty("id"), JsonPropertyName("id")] public Guid? Id { get; set; }
        [Nj.JsonProperty("contact"), JsonPropertyName("contact")] public ContactDto? Contact { get; set; }
        [Nj.JsonProperty("activeAgent"), JsonPropertyName("activeAgent")] public AgentRefDto? ActiveAgent { get; set; }
        [Nj.JsonProperty("chatWindowRemainingTime"), JsonPropertyName("chatWindowRemainingTime")] public int? ChatWindowRemainingTime { get; set; }
        [Nj.JsonProperty("lastMessage"), JsonPropertyName("lastMessage")] public LastMessageDto? LastMessage { get; set; }
        [Nj.JsonProperty("isHumanTakeover"), JsonPropertyName("isHumanTakeover")] public bool? IsHumanTakeover { get; set; }
        [Nj.JsonProperty("active"), JsonPropertyName("active")] public bool? Active { get; set; }
        [Nj.JsonProperty("whatsappNumber"), JsonPropertyName("whatsappNumber")] public WhatsAppNumberDto? WhatsappNumber { get; set; }
        [Nj.JsonProperty("routing"), JsonPropertyName("routing")] public RoutingDto? Routing { get; set; }
        [Nj.JsonProperty("webhookId"), JsonPropertyName("webhookId")] public Guid? WebhookId { get; set; }
        [Nj.JsonProperty("routingOverride"), JsonPropertyName("routingOverride")] public bool? RoutingOverride { get; set; }
        [Nj.JsonExtensionData, JsonIgnore] public IDictionary<string, JToken>? Unknown { get; set; }
        [JsonExtensionData, Nj.JsonIgnore] public Dictionary<string, JsonElement>? UnknownJson { get; set; }
    }

    public sealed class ContactDto
    {
        [Nj.JsonProperty("id"), JsonPropertyName("id")] public Guid? Id { get; set; }
        [Nj.JsonProperty("phoneNumber"), JsonPropertyName("phoneNumber")] public string? PhoneNumber { get; set; }
        [Nj.JsonProperty("name"), JsonPropertyName("name")] public string? Name { get; set; }
    }

    public sealed class AgentRefDto
    {
        [Nj.JsonProperty("id"), JsonPropertyName("id")] public Guid? Id { get; set; }
        [Nj.JsonProperty("name"), JsonPropertyName("name")] public string? Name { get; set; }
    }

    public sealed class LastMessageDto
    {
        [Nj.JsonProperty("type"), JsonPropertyName("type")] public string? Type { get; set; }
        [Nj.JsonProperty("body"), JsonPropertyName("body")] public string? Body { get; set; }
        [Nj.JsonProperty("createdAt"), JsonPropertyName("createdAt")] public DateTimeOffset? CreatedAt { get; set; }
        [Nj.JsonProperty("role"), JsonPropertyName("role")] public RoleDto? Role { get; set; }
    }

    public sealed class WhatsAppNumberDto
    {
        [Nj.JsonProperty("id"), JsonPropertyName("id")] public Guid? Id { get; set; }
        [Nj.JsonProperty("number"), JsonPropertyName("number")] public string? Number { get; set; }
        [Nj.JsonProperty("isSandbox"), JsonPropertyName("isSandbox")] public bool? IsSandbox { get; set; }
    }

    public sealed class ConversationPageDto
    {
        [Nj.JsonProperty("count"), JsonPropertyName("count")] public int Count { get; set; }
        [Nj.JsonProperty("next"), JsonPropertyName("next")] public Uri? Next { get; set; }
        [Nj.JsonProperty("previous"), JsonPropertyName("previous")] public Uri? Previous { get; set; }
        [Nj.JsonProperty("results"), JsonPropertyName("results")] public List<ConversationDto> Results { get; set; } = [];
    }

    [Nj.JsonConverter(typeof(StringEnumConverter))]
    [JsonConverter(typeof(JsonStringEnumConverter<RoutingDto>))]
    public enum RoutingDto
    {
        [EnumMember(Value = "agent"), JsonStringEnumMemberName("agent")] Agent,
        [EnumMember(Value = "webhook"), JsonStringEnumMemberName("webhook")] Webhook,
        [EnumMember(Value = "sandbox"), JsonStringEnumMemberName("sandbox")] Sandbox,
    }

    [Nj.JsonConverter(typeof(StringEnumConverter))]
    [JsonConverter(typeof(JsonStringEnumConverter<RoleDto>))]
    public enum RoleDto
    {
        [EnumMember(Value = "user"), JsonStringEnumMemberName("user")] User,
        [EnumMember(Value = "assistant"), JsonStringEnumMemberName("assistant")] Assistant,
        [EnumMember(Value = "system"), JsonStringEnumMemberName("system")] System,
    }

    public sealed class CreateConversationRequest
    {
        [Nj.JsonProperty("toNumber"), JsonPropertyName("toNumber")] public string? ToNumber { get; set; }
        [Nj.JsonProperty("agentId"), JsonPropertyName("agentId")] public Guid? AgentId { get; set; }
        [Nj.JsonProperty("message"), JsonPropertyName("message")] public MessageRequest? Message { get; set; }
    }

    public sealed class MessageRequest
    {
        [Nj.JsonProperty("type"), JsonPropertyName("type")] public string Type { get; set; } = "template";
        [Nj.JsonProperty("template"), JsonPropertyName("template")] public TemplateRequest? Template { get; set; }
    }

    public sealed class TemplateRequest
    {
        [Nj.JsonProperty("name"), JsonPropertyName("name")] public string Name { get; set; } = "";
        [Nj.JsonProperty("variables"), JsonPropertyName("variables")] public TemplateVariablesRequest? Variables { get; set; }
    }

    public sealed class TemplateVariablesRequest
    {
        [Nj.JsonProperty("body"), JsonPropertyName("body")] public List<string>? Body { get; set; }
        [Nj.JsonProperty("header"), JsonPropertyName("header")] public string? Header { get; set; }
    }

    /// <summary>System.Text.Json's source-generated contracts for the same types.</summary>
    [JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
    [JsonSerializable(typeof(ConversationDto))]
    [JsonSerializable(typeof(ConversationPageDto))]
    [JsonSerializable(typeof(CreateConversationRequest))]
    internal sealed partial class SourceGeneratedJson : JsonSerializerContext
    {
    }
}
