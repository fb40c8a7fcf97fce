using System;
using NUnit.Framework;

namespace Wassist.Client.Tests.Hardening;

/// <summary>
/// What a refused path value says, checked on the URL text a generated method builds: which parameter, which
/// operation and route, and why (empty, a relative step, or a value URL normalization would change), wherever the value
/// sits in the path; a query string is never taken for path segments.
/// </summary>
public class PathValueRefusalTests
{
    private const string Root = "https://backend.wassist.app/";

    private static ArgumentException Refused(string method, string pathAndQuery) =>
        Assert.Throws<ArgumentException>(() => PathValues.Check(Root + pathAndQuery, Root.Length, method))!;

    [TestCase("", "it is empty, which would leave an empty path segment")]
    [TestCase(".", "'.' is a relative path step, which would send the request to another endpoint")]
    [TestCase("..", "'..' is a relative path step, which would send the request to another endpoint")]
    public void A_value_between_fixed_segments_is_refused_naming_the_parameter_the_operation_and_the_reason(string value, string reason)
    {
        var error = Refused("POST", $"api/v1/api-keys/{value}/revoke/");

        Assert.That(error.ParamName, Is.EqualTo("prefix"));
        Assert.That(error.Message, Is.EqualTo(
            $"prefix '{value}' is not a valid path value for ApiKeys_Revoke (POST api/v1/api-keys/{{prefix}}/revoke/): {reason}. Pass the prefix the API returned. (Parameter 'prefix')"));
    }

    [TestCase(".%2E", "..")]
    [TestCase("%2e.", "..")]
    [TestCase("%41.", "A.")]
    public void A_value_that_url_normalization_would_change_is_refused(string segment, string value)
    {
        var error = Refused("GET", $"api/v1/agents/{segment}/");

        Assert.That(error.ParamName, Is.EqualTo("id"));
        Assert.That(error.Message, Is.EqualTo(
            $"id '{value}' is not a valid path value for Agents_Get (GET api/v1/agents/{{id}}/): URL normalization would change it, so the request would reach another path. Pass the id the API returned. (Parameter 'id')"));
    }

    [Test]
    public void The_last_value_of_a_route_with_two_is_named_as_itself()
    {
        var error = Refused("DELETE", "api/v1/whatsapp-accounts/7d3b8f0e-2c41-4a8e-9f6d-1b2c3d4e5f60/proxy/../");

        Assert.That(error.ParamName, Is.EqualTo("path"));
        Assert.That(error.Message, Does.StartWith("path '..' is not a valid path value for WhatsAppAccounts_ProxyDelete (DELETE api/v1/whatsapp-accounts/{id}/proxy/{path}/): "));
    }

    [Test]
    public void The_first_value_of_a_route_with_two_is_named_as_itself()
    {
        var error = Refused("GET", "api/v1/whatsapp-accounts/./proxy/v20.0/");

        Assert.That(error.ParamName, Is.EqualTo("id"));
        Assert.That(error.Message, Does.StartWith("id '.' is not a valid path value for WhatsAppAccounts_ProxyGet (GET api/v1/whatsapp-accounts/{id}/proxy/{path}/): "));
    }

    [Test]
    public void The_method_picks_the_operation_of_the_route()
    {
        var get = Refused("GET", "api/v1/agents/../");
        var patch = Refused("PATCH", "api/v1/agents/../");

        Assert.That(get.Message, Does.StartWith("id '..' is not a valid path value for Agents_Get (GET api/v1/agents/{id}/): "));
        Assert.That(patch.Message, Does.StartWith("id '..' is not a valid path value for Agents_Update (PATCH api/v1/agents/{id}/): "));
    }

    [Test]
    public void A_query_string_is_not_part_of_the_path()
    {
        var error = Refused("GET", "api/v1/agents/../?search=a/b&next=..");

        Assert.That(error.ParamName, Is.EqualTo("id"));
        Assert.That(error.Message, Does.StartWith("id '..' is not a valid path value for Agents_Get (GET api/v1/agents/{id}/): '..' is a relative path step"));
        Assert.DoesNotThrow(() => PathValues.Check(Root + "api/v1/conversations/?search=..//./&ordering=.", Root.Length, "GET"), "dots and slashes in a query are values, not segments");
        Assert.DoesNotThrow(() => PathValues.Check(Root + "api/v1/conversations/?", Root.Length, "GET"));
    }

    [Test]
    public void A_value_at_the_end_of_a_path_without_a_trailing_slash_is_checked()
    {
        var error = Refused("GET", "api/v1/agents/..");

        Assert.That(error.Message, Is.EqualTo(
            "The path value '..' of GET api/v1/agents/.. cannot be sent: '..' is a relative path step, which would send the request to another endpoint. Pass the id the API returned."));
    }

    [Test]
    public void A_value_on_a_path_that_matches_no_route_is_refused_naming_the_path()
    {
        var error = Refused("GET", "api/v1/nothing-here/./items/");

        Assert.That(error.ParamName, Is.Null);
        Assert.That(error.Message, Is.EqualTo(
            "The path value '.' of GET api/v1/nothing-here/./items/ cannot be sent: '.' is a relative path step, which would send the request to another endpoint. Pass the id the API returned."));
    }

    [Test]
    public void An_empty_first_segment_is_refused()
    {
        var error = Refused("GET", "/api/v1/agents/");

        Assert.That(error.Message, Is.EqualTo(
            "The path value '' of GET /api/v1/agents/ cannot be sent: it is empty, which would leave an empty path segment. Pass the id the API returned."));
    }

    [Test]
    public void A_route_with_the_same_prefix_but_more_segments_is_not_taken_for_the_path()
    {
        // GET whatsapp-accounts/{id}/ and GET whatsapp-accounts/{id}/proxy/{path}/ share their first segments.
        var error = Refused("GET", "api/v1/whatsapp-accounts/../");

        Assert.That(error.Message, Does.StartWith("id '..' is not a valid path value for WhatsAppAccounts_Get (GET api/v1/whatsapp-accounts/{id}/): "));
    }

    [TestCase("api/v1/agents/7d3b8f0e-2c41-4a8e-9f6d-1b2c3d4e5f60/")]
    [TestCase("api/v1/whatsapp-accounts/7d3b8f0e-2c41-4a8e-9f6d-1b2c3d4e5f60/proxy/v20.0...x/")]
    [TestCase("api/v1/api-keys/wsk_live_.ab/revoke/")]
    [TestCase("api/v1/api-keys/...x/revoke/")]
    [TestCase("api/v1/agents/")]
    [TestCase("")]
    public void A_path_of_ordinary_values_passes(string path)
    {
        Assert.DoesNotThrow(() => PathValues.Check(Root + path, Root.Length, "GET"));
    }
}
