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
}
