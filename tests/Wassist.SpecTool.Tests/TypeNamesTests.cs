using System.Linq;
using Newtonsoft.Json.Linq;
using NUnit.Framework;

namespace Wassist.SpecTool.Tests;

/// <summary>Component renames, enum member names, open vocabularies and the naming lint.</summary>
public class TypeNamesTests
{
    private static JObject Spec(string map, string open = "[]") => JObject.Parse($$"""
        {
          "x-wassist-type-names": {{map}},
          "x-wassist-open-vocabularies": {{open}},
          "paths": { "/things/": { "get": { "responses": { "200": { "content": { "application/json": { "schema": { "$ref": "#/components/schemas/PaginatedThingList" } } } } } } } },
          "components": { "schemas": {
            "PaginatedThingList": { "type": "object", "properties": { "results": { "type": "array", "items": { "$ref": "#/components/schemas/Thing" } } } },
            "Thing": { "type": "object", "properties": {
              "status": { "allOf": [ { "$ref": "#/components/schemas/StatusEnum" } ], "nullable": true },
              "oldStatus": { "$ref": "#/components/schemas/Status822Enum" },
              "model": { "allOf": [ { "$ref": "#/components/schemas/ModelEnum" } ], "description": "The model." } } },
            "StatusEnum": { "type": "string", "enum": [ "in_progress", "DONE" ], "description": "* `in_progress` - in_progress\n* `DONE` - DONE" },
            "Status822Enum": { "type": "string", "enum": [ "in_progress", "DONE" ], "description": "* `in_progress` - in_progress\n* `DONE` - DONE" },
            "ModelEnum": { "type": "string", "enum": [ "openai/gpt-4.1", "openai/gpt-4.1-mini" ] }
          } }
        }
        """);

    private const string FullMap = """{ "PaginatedThingList": "ThingPage", "StatusEnum": "ThingStatus", "Status822Enum": "ThingStatus", "ModelEnum": "Model" }""";

    [Test]
    public void A_rename_moves_the_component_and_every_reference_and_merges_identical_schemas()
    {
        var spec = Spec(FullMap);

        TypeNames.Apply(spec);

        var schemas = (JObject)spec["components"]!["schemas"]!;
        Assert.Multiple(() =>
        {
            Assert.That(schemas.Properties().Select(p => p.Name), Is.EquivalentTo(new[] { "ThingPage", "Thing", "ThingStatus", "Model" }));
            Assert.That((string?)spec.SelectToken("paths['/things/'].get.responses.200.content['application/json'].schema.$ref"), Is.EqualTo("#/components/schemas/ThingPage"));
            Assert.That((string?)schemas.SelectToken("Thing.properties.status.allOf[0].$ref"), Is.EqualTo("#/components/schemas/ThingStatus"));
            Assert.That((string?)schemas.SelectToken("Thing.properties.oldStatus.$ref"), Is.EqualTo("#/components/schemas/ThingStatus"));
            Assert.That(TypeNames.Problems(spec, "naming.overlay.json"), Is.Empty);
        });
    }

    [Test]
    public void Enum_members_get_pascal_case_names_and_drf_value_listings_leave_the_docs()
    {
        var spec = Spec(FullMap);

        TypeNames.Apply(spec);

        var status = (JObject)spec.SelectToken("components.schemas.ThingStatus")!;
        Assert.That(status["x-enumNames"]!.Values<string>(), Is.EqualTo(new[] { "InProgress", "Done" }));
        Assert.That(status["description"], Is.Null);
    }

    [TestCase("content_generation", "ContentGeneration")]
    [TestCase("UTILITY", "Utility")]
    [TestCase("message.received", "MessageReceived")]
    [TestCase("subscription.service_window.expiring", "SubscriptionServiceWindowExpiring")]
    [TestCase("openai/gpt-4.1-mini", "OpenaiGpt41Mini")]
    [TestCase("2fa", "Value2fa")]
    public void A_member_name_is_the_wire_value_in_pascal_case(string value, string expected) =>
        Assert.That(TypeNames.MemberName(value), Is.EqualTo(expected));

    [Test]
    public void An_open_vocabulary_becomes_a_string_whose_users_list_the_known_values()
    {
        var spec = Spec(FullMap, """["ModelEnum"]""");

        TypeNames.Apply(spec);

        var model = (JObject)spec.SelectToken("components.schemas.Model")!;
        Assert.Multiple(() =>
        {
            Assert.That(model["enum"], Is.Null);
            Assert.That((string?)model["type"], Is.EqualTo("string"));
            Assert.That((string?)spec.SelectToken("components.schemas.Thing.properties.model.description"),
                Is.EqualTo("The model. Known values: openai/gpt-4.1, openai/gpt-4.1-mini; the server may add others."));
        });
    }

    [Test]
    public void Renaming_onto_a_different_schema_fails_naming_both()
    {
        var error = Assert.Throws<SpecToolException>(() => TypeNames.Apply(Spec("""{ "StatusEnum": "Thing" }""")));

        Assert.That(error!.Message, Does.Contain("renames 'StatusEnum' to 'Thing', which is another, different schema"));
    }

    [Test]
    public void Renaming_a_component_the_description_lacks_fails()
    {
        var error = Assert.Throws<SpecToolException>(() => TypeNames.Apply(Spec("""{ "GoneEnum": "Gone" }""")));

        Assert.That(error!.Message, Does.Contain("renames 'GoneEnum', which the description does not have"));
    }

    [Test]
    public void Names_a_dotnet_user_would_not_guess_fail_the_build_naming_the_type_and_the_fix()
    {
        var spec = JObject.Parse("""
            { "components": { "schemas": {
              "StatusEnum": { "type": "string", "enum": [ "a" ], "x-enumNames": [ "A" ] },
              "PatchedAgent": { "type": "object" },
              "PaginatedAgentListList": { "type": "object" },
              "FileInfo": { "type": "object" },
              "CreateBYOAInput": { "type": "object" },
              "UnifiedWhatsappInput": { "type": "object" },
              "Color": { "type": "string", "enum": [ "x", "y" ], "x-enumNames": [ "Light_blue", "RED" ] },
              "Agent": { "type": "object" }
            } } }
            """);

        var problems = TypeNames.Problems(spec, "naming.overlay.json");

        Assert.That(problems, Is.EquivalentTo(new[]
        {
            "schema 'StatusEnum' ends in 'Enum' (drf's component suffix): add \"StatusEnum\": \"<.NET name>\" to x-wassist-type-names in naming.overlay.json.",
            "schema 'PatchedAgent' starts with 'Patched' (drf's PATCH body prefix): add \"PatchedAgent\": \"<.NET name>\" to x-wassist-type-names in naming.overlay.json.",
            "schema 'PaginatedAgentListList' starts with 'Paginated' (drf's page envelope prefix): add \"PaginatedAgentListList\": \"<.NET name>\" to x-wassist-type-names in naming.overlay.json.",
            "schema 'FileInfo' is also a .NET base library type: add \"FileInfo\": \"<.NET name>\" to x-wassist-type-names in naming.overlay.json.",
            "schema 'CreateBYOAInput' has an all-caps run (write acronyms like 'Byoa', 'Api'): add \"CreateBYOAInput\": \"<.NET name>\" to x-wassist-type-names in naming.overlay.json.",
            "schema 'UnifiedWhatsappInput' spells WhatsApp 'Whatsapp': add \"UnifiedWhatsappInput\": \"<.NET name>\" to x-wassist-type-names in naming.overlay.json.",
            "enum 'Color' member 'Light_blue' is not PascalCase: set its x-enumNames in naming.overlay.json.",
            "enum 'Color' member 'RED' is not PascalCase: set its x-enumNames in naming.overlay.json.",
        }));
    }

    [TestCase("FileInfo")]
    [TestCase("DirectoryInfo")]
    [TestCase("HttpMethod")]
    [TestCase("Action")]
    [TestCase("Task")]
    [TestCase("Version")]
    [TestCase("Uri")]
    [TestCase("Attribute")]
    [TestCase("Environment")]
    [TestCase("Path")]
    [TestCase("File")]
    [TestCase("Type")]
    [TestCase("Exception")]
    public void A_schema_named_like_a_base_library_type_a_user_imports_alongside_fails(string name)
    {
        var spec = JObject.Parse($$"""{ "components": { "schemas": { "{{name}}": { "type": "object" } } } }""");

        Assert.That(TypeNames.Problems(spec, "naming.overlay.json"), Is.EqualTo(new[]
        {
            $"schema '{name}' is also a .NET base library type: add \"{name}\": \"<.NET name>\" to x-wassist-type-names in naming.overlay.json.",
        }));
    }

    [TestCase("AgentListList", "ends in 'ListList' (drf's envelope of a list serializer)")]
    [TestCase("agent_input", "is not PascalCase")]
    [TestCase("Agent2", null)]
    [TestCase("ByoaAgent", null)]
    public void A_schema_name_is_checked_against_drf_suffixes_and_pascal_case(string name, string? why)
    {
        var spec = JObject.Parse($$"""{ "components": { "schemas": { "{{name}}": { "type": "object" } } } }""");

        Assert.That(TypeNames.Problems(spec, "naming.overlay.json"),
            Is.EqualTo(why is null ? [] : new[] { $"schema '{name}' {why}: add \"{name}\": \"<.NET name>\" to x-wassist-type-names in naming.overlay.json." }));
    }

    [Test]
    public void Validate_fails_with_every_problem_one_per_line()
    {
        var spec = JObject.Parse("""
            { "components": { "schemas": {
              "Color": { "type": "string", "enum": [ "red", "RED" ], "x-enumNames": [ "Red", "Red" ] },
              "Task": { "type": "object" }
            } } }
            """);

        var error = Assert.Throws<SpecToolException>(() => TypeNames.Validate(spec, "naming.overlay.json"));

        Assert.That(error!.Message, Is.EqualTo(
            "enum 'Color' has two members named 'Red': set its x-enumNames in naming.overlay.json.\n" +
            "schema 'Task' is also a .NET base library type: add \"Task\": \"<.NET name>\" to x-wassist-type-names in naming.overlay.json."));
    }

    [TestCase("Thing")]
    [TestCase("GoneEnum")]
    public void An_open_vocabulary_that_is_not_an_enum_schema_fails_naming_it(string name)
    {
        var error = Assert.Throws<SpecToolException>(() => TypeNames.Apply(Spec(FullMap, $"[\"{name}\"]")));

        Assert.That(error!.Message, Is.EqualTo($"x-wassist-open-vocabularies lists '{name}', which is not an enum schema of the description: remove it or fix its name."));
    }

    [Test]
    public void An_enum_description_that_is_more_than_a_value_listing_stays()
    {
        var spec = Spec(FullMap);
        spec.SelectToken("components.schemas.ModelEnum")!["description"] = "The model family.\n* `openai/gpt-4.1` - GPT-4.1";

        TypeNames.Apply(spec);

        Assert.That((string?)spec.SelectToken("components.schemas.Model.description"), Is.EqualTo("The model family.\n* `openai/gpt-4.1` - GPT-4.1"));
    }
}
