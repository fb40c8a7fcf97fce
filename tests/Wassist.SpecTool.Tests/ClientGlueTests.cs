using Newtonsoft.Json.Linq;
using NUnit.Framework;

namespace Wassist.SpecTool.Tests;

/// <summary>The resource glue: one partial and one WassistClient property per resource, each documented.</summary>
public class ClientGlueTests
{
    private static JObject Spec(string resources) => JObject.Parse($$"""
        { "x-wassist-resources": {{resources}}, "paths": { "/api/v1/agents/": {
            "get": { "operationId": "Agents_List" }, "post": { "operationId": "Agents_Create" } },
          "/api/v1/contacts/": { "get": { "operationId": "Contacts_List" } } } }
        """);

    [Test]
    public void Each_resource_gets_its_wiring_and_a_documented_property_once()
    {
        var code = ClientGlue.Generate(Spec("""{ "Agents": "AI agents & tools.", "Contacts": "Contacts." }"""));

        Assert.Multiple(() =>
        {
            Assert.That(code, Does.Contain("public partial class AgentsClient"));
            Assert.That(code, Does.Contain("public partial class ContactsClient"));
            Assert.That(code, Does.Contain("/// <summary>AI agents &amp; tools.</summary>\n        public virtual AgentsClient Agents => _agents ??= new AgentsClient(_options, _httpClient);"));
            Assert.That(code.Split("public partial class AgentsClient"), Has.Length.EqualTo(2), "one partial per resource");
        });
    }

    [Test]
    public void Each_envelope_list_gets_a_typed_paging_overload_and_other_responses_none()
    {
        var spec = JObject.Parse("""
            { "x-wassist-resources": { "Agents": "AI agents." }, "paths": { "/api/v1/agents/": {
                "get": { "operationId": "Agents_List", "responses": { "200": { "content": { "application/json": { "schema": { "$ref": "#/components/schemas/PaginatedAgentList" } } } } } },
                "post": { "operationId": "Agents_Create", "responses": { "200": { "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Agent" } } } } } } } },
              "components": { "schemas": {
                "Agent": { "type": "object", "properties": { "name": { "type": "string" } } },
                "PaginatedAgentList": { "type": "object", "properties": { "count": {}, "next": {}, "previous": {},
                  "results": { "type": "array", "items": { "$ref": "#/components/schemas/Agent" } } } } } } }
            """);

        var code = ClientGlue.Generate(spec);

        Assert.That(code, Does.Contain("IAsyncEnumerable<Agent> EnumerateAsync(System.Func<System.Threading.CancellationToken, System.Threading.Tasks.Task<PaginatedAgentList>> firstPage)"));
        Assert.That(code.Split("EnumerateAsync(System.Func"), Has.Length.EqualTo(2), "only the envelope gets one");
    }

    [Test]
    public void A_resource_without_a_description_fails_naming_it()
    {
        var error = Assert.Throws<SpecToolException>(() => ClientGlue.Generate(Spec("""{ "Agents": "AI agents." }""")));

        Assert.That(error!.Message, Does.Contain("Contacts have no description").And.Contain("x-wassist-resources"));
    }

    [Test]
    public void Every_resource_without_a_description_is_named_in_one_message()
    {
        var error = Assert.Throws<SpecToolException>(() => ClientGlue.Generate(Spec("{}")));

        Assert.That(error!.Message, Is.EqualTo("resource(s) Agents, Contacts have no description: add them to x-wassist-resources in naming.overlay.json."));
    }

    [Test]
    public void A_list_whose_schema_lacks_part_of_the_page_envelope_gets_no_paging_overload()
    {
        var spec = JObject.Parse("""
            { "x-wassist-resources": { "Agents": "AI agents." }, "paths": { "/api/v1/agents/": {
                "get": { "operationId": "Agents_List", "responses": { "200": { "content": { "application/json": { "schema": { "$ref": "#/components/schemas/AgentList" } } } } } } } },
              "components": { "schemas": {
                "Agent": { "type": "object", "properties": { "name": { "type": "string" } } },
                "AgentList": { "type": "object", "properties": { "next": {}, "previous": {},
                  "results": { "type": "array", "items": { "$ref": "#/components/schemas/Agent" } } } } } } }
            """);

        var code = ClientGlue.Generate(spec);

        Assert.That(code, Does.Not.Contain("WassistPaging"), "without 'count' it is not a page envelope, and no empty paging class is written");
    }
}
