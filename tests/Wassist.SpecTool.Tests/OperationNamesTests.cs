using System.Linq;
using Newtonsoft.Json.Linq;
using NUnit.Framework;

namespace Wassist.SpecTool.Tests;

/// <summary>Every operation must be named Resource_Method by the naming overlay, once.</summary>
public class OperationNamesTests
{
    private static JObject SpecWith(string createId, string listId) => JObject.Parse($$"""
        { "paths": { "/api/v1/things/": {
            "post": { "operationId": "{{createId}}" },
            "get": { "operationId": "{{listId}}" },
            "parameters": []
        } } }
        """);

    [Test]
    public void Mapped_operations_pass_and_become_client_methods()
    {
        var operations = OpenApiOperation.All(SpecWith("Things_Create", "Things_List")).ToList();

        OperationNames.Validate(operations, "naming.overlay.json");

        Assert.That(operations.Select(o => OperationNames.ToClientMethod(o.OperationId!)),
            Is.EqualTo(new[] { ("ThingsClient", "CreateAsync"), ("ThingsClient", "ListAsync") }));
    }

    [Test]
    public void An_unmapped_operation_fails_naming_its_method_path_and_the_fix()
    {
        var error = Assert.Throws<SpecToolException>(() => OperationNames.Validate(OpenApiOperation.All(SpecWith("Things_Create", "api_v1_things_list")), "naming.overlay.json"));

        Assert.That(error!.Message, Does.Contain("GET /api/v1/things/ (operationId 'api_v1_things_list') has no name mapping")
            .And.Contain("$.paths['/api/v1/things/'].get"));
    }

    [Test]
    public void Two_operations_with_one_name_fail()
    {
        var error = Assert.Throws<SpecToolException>(() => OperationNames.Validate(OpenApiOperation.All(SpecWith("Things_Create", "Things_Create")), "naming.overlay.json"));

        Assert.That(error!.Message, Does.Contain("both named 'Things_Create'"));
    }

    [Test]
    public void Every_unnamed_operation_is_one_line_of_the_error()
    {
        var spec = JObject.Parse("""{ "paths": { "/api/v1/things/": { "get": {}, "post": { "operationId": "api_v1_things_create" } } } }""");

        var error = Assert.Throws<SpecToolException>(() => OperationNames.Validate(OpenApiOperation.All(spec), "naming.overlay.json"));

        Assert.That(error!.Message, Is.EqualTo(
            "GET /api/v1/things/ (operationId 'none') has no name mapping: add an action to naming.overlay.json targeting $.paths['/api/v1/things/'].get with update {\"operationId\": \"Resource_Method\"}.\n" +
            "POST /api/v1/things/ (operationId 'api_v1_things_create') has no name mapping: add an action to naming.overlay.json targeting $.paths['/api/v1/things/'].post with update {\"operationId\": \"Resource_Method\"}."));
    }

    [Test]
    public void Every_http_method_of_a_path_item_is_an_operation_and_its_other_members_are_not()
    {
        var spec = JObject.Parse("""
            { "paths": { "/p/": {
              "summary": "P", "parameters": [], "x-wassist-note": {},
              "get": {}, "put": {}, "post": {}, "delete": {}, "options": {}, "head": {}, "patch": {}, "trace": {}
            } } }
            """);

        Assert.That(OpenApiOperation.All(spec).Select(o => o.ToString()), Is.EqualTo(new[]
        {
            "GET /p/", "PUT /p/", "POST /p/", "DELETE /p/", "OPTIONS /p/", "HEAD /p/", "PATCH /p/", "TRACE /p/",
        }));
    }
}
