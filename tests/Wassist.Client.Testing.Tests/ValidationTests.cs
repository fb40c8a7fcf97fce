using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using Newtonsoft.Json.Linq;
using NUnit.Framework;

namespace Wassist.Testing.Tests;

/// <summary>Bad requests answer 400 with the DRF body the API sends; the expected bodies are written out by hand.</summary>
public class ValidationTests
{
    private static readonly object[] BadBodies =
    {
        new object[] { "/api/v1/agents/", "{}", """{"name":["This field is required."]}""" },
        new object[] { "/api/v1/agents/", """{"name":""}""", """{"name":["This field may not be blank."]}""" },
        new object[] { "/api/v1/agents/", "{\"name\":\"" + new string('a', 256) + "\"}", """{"name":["Ensure this field has no more than 255 characters."]}""" },
        new object[] { "/api/v1/agents/", """{"name":null}""", """{"name":["This field may not be null."]}""" },
        new object[] { "/api/v1/agents/", "[]", """{"non_field_errors":["Invalid data. Expected a dictionary, but got list."]}""" },
        new object[] { "/api/v1/contacts/", """{"phoneNumber":true}""", """{"phoneNumber":["Not a valid string."]}""" },
        new object[] { "/api/v1/conversations/", """{"agentId":"abc"}""", """{"agentId":["Must be a valid UUID."]}""" },
        new object[] { "/api/v1/conversations/", """{"message":{}}""", """{"message":{"type":["This field is required."]}}""" },
        new object[] { "/api/v1/conversations/", """{"message":{"type":"text"}}""", """{"message":{"type":["\"text\" is not a valid choice."]}}""" },
        new object[] { "/api/v1/webhooks/", """{"url":"not a url","active":"maybe"}""", """{"url":["Enter a valid URL."],"active":["Must be a valid boolean."]}""" },
        new object[] { "/api/v1/webhooks/", """{"events":["message.received",true]}""", """{"events":{"1":["Not a valid string."]}}""" },
        new object[] { "/api/v1/webhooks/", """{"events":"message.received"}""", """{"events":["Expected a list of items but got type \"str\"."]}""" },
    };

    [TestCaseSource(nameof(BadBodies))]
    public async Task A_bad_body_is_a_400_with_DRF_field_errors(string path, string body, string expected)
    {
        var fake = new FakeWassist();

        var (status, errors, _) = await new FakeHttp(fake).PostAsync(path, body);

        Assert.That(status, Is.EqualTo(400));
        Assert.That(JToken.DeepEquals(errors, JToken.Parse(expected)), Is.True, errors!.ToString());
        Assert.That(fake.Calls, Has.Count.EqualTo(1), "nothing else happened");
    }

    [TestCase("/api/v1/conversations/?limit=ten", """{"limit":["A valid integer is required."]}""")]
    [TestCase("/api/v1/conversations/?agent=nope", """{"agent":["Must be a valid UUID."]}""")]
    [TestCase("/api/v1/conversations/?status=gone", """{"status":["\"gone\" is not a valid choice."]}""")]
    [TestCase("/api/v1/conversations/?hasUnread=perhaps&lastMessageAfter=yesterday", """{"hasUnread":["Must be a valid boolean."],"lastMessageAfter":["Datetime has wrong format. Use one of these formats instead: YYYY-MM-DDThh:mm[:ss[.uuuuuu]][+HH:MM|-HH:MM|Z]."]}""")]
    public async Task A_bad_query_parameter_is_a_400_naming_it(string path, string expected)
    {
        var (status, errors, _) = await new FakeHttp(new FakeWassist()).GetAsync(path);

        Assert.That(status, Is.EqualTo(400));
        Assert.That(JToken.DeepEquals(errors, JToken.Parse(expected)), Is.True, errors!.ToString());
    }

    [Test]
    public async Task Good_query_parameters_pass()
    {
        var (status, _, _) = await new FakeHttp(new FakeWassist()).GetAsync($"/api/v1/conversations/?limit=5&agent={Guid.NewGuid()}&hasUnread=true&lastMessageAfter=2026-11-01T10:00:00Z");

        Assert.That(status, Is.EqualTo(200));
    }

    [Test]
    public async Task A_body_that_is_not_json_is_a_400_parse_error()
    {
        var (status, body, _) = await new FakeHttp(new FakeWassist()).PostAsync("/api/v1/agents/", "{\"name\": ");

        Assert.That(status, Is.EqualTo(400));
        Assert.That((string)body!["detail"]!, Does.StartWith("JSON parse error - "));
    }

    [Test]
    public async Task Read_only_and_unknown_fields_are_ignored_as_DRF_does()
    {
        var (status, agent, _) = await new FakeHttp(new FakeWassist()).PostAsync("/api/v1/agents/", """{"name":"Support","id":"not-a-uuid","totalMessages":"many","colour":"blue"}""");

        Assert.That(status, Is.EqualTo(201));
        Assert.That(Guid.TryParse((string)agent!["id"]!, out _), Is.True);
        Assert.That(agent["totalMessages"], Is.Null.Or.Property("Type").EqualTo(JTokenType.Integer));
        Assert.That(agent["colour"], Is.Null);
    }

    [Test]
    public void A_path_parameter_with_a_format_is_checked_against_it()
    {
        // The published description declares every path id a plain string; this one declares a uuid.
        var description = new ApiDescription(JObject.Parse("""
            {"paths":{"/api/v1/things/{id}/":{"get":{"operationId":"Things_Get",
              "parameters":[{"in":"path","name":"id","required":true,"schema":{"type":"string","format":"uuid"}}],
              "responses":{"200":{"description":""}}}}}}
            """));
        var operation = description.Operations[0];
        var validator = new SchemaValidator(description);

        var bad = RequestCheck.Parameters(validator, operation, new Dictionary<string, string> { ["id"] = "42" }, new Uri("https://backend.wassist.app/api/v1/things/42/"));
        var good = RequestCheck.Parameters(validator, operation, new Dictionary<string, string> { ["id"] = Guid.Empty.ToString() }, new Uri("https://backend.wassist.app/api/v1/things/x/"));

        Assert.That(bad!.Status, Is.EqualTo(400));
        Assert.That(bad.Body, Is.EqualTo("""{"id":["Must be a valid UUID."]}"""));
        Assert.That(good, Is.Null);
    }
}
