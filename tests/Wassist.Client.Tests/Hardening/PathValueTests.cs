using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using NUnit.Framework;
using RichardSzalay.MockHttp;
using Wassist.Tests.Shared;

namespace Wassist.Client.Tests.Hardening;

/// <summary>
/// Every path parameter of every operation refuses a value that would make the request reach another endpoint:
/// empty (an empty segment), <c>.</c> and <c>..</c> (URI normalization removes them, so
/// <c>DELETE whatsapp-accounts/{id}/proxy/../</c> would delete the account). The refusal names the parameter and the
/// operation, and nothing reaches the transport.
/// </summary>
public class PathValueTests
{
    private static readonly string[] Unsafe = ["", ".", ".."];

    public static IEnumerable<TestCaseData> PathParameters()
    {
        var fixtures = OperationFixture.All().ToDictionary(f => f.Operation);
        foreach (var (operationId, method, path) in EffectiveDescription.Operations().OrderBy(o => o.OperationId, StringComparer.Ordinal))
        {
            var fixture = fixtures[operationId];
            var parameters = OperationFixtureTests.GeneratedMethod(typeof(WassistClient).GetProperty(fixture.Resource)!.PropertyType, fixture.MethodName).GetParameters();
            foreach (Match parameter in Regex.Matches(path, @"\{(\w+)\}"))
            {
                // A Guid id cannot be empty or a dot; only text ids need the check.
                if (parameters.Single(p => p.Name == parameter.Groups[1].Value).ParameterType != typeof(string))
                {
                    continue;
                }

                foreach (var value in Unsafe)
                {
                    yield return new TestCaseData(fixture, parameter.Groups[1].Value, value, $"{method} {path.TrimStart('/')}")
                        .SetArgDisplayNames(operationId, parameter.Groups[1].Value, $"'{value}'");
                }
            }
        }
    }

    [Promise("unsafe-path-value")]
    [TestCaseSource(nameof(PathParameters))]
    public async Task An_unsafe_path_value_is_refused_before_sending_naming_the_parameter_and_the_operation(OperationFixture fixture, string parameter, string value, string route)
    {
        using var test = new TestClient();
        var sent = 0;
        test.Handler.When("*").Respond(_ =>
        {
            sent++;
            return new System.Net.Http.HttpResponseMessage(System.Net.HttpStatusCode.OK);
        });

        var error = await Assert.ThrowsAsync<ArgumentException>(() =>
            OperationFixtureTests.Invoke(test.Wassist, fixture, p => p.Name == parameter ? value : null));

        Assert.Multiple(() =>
        {
            Assert.That(error!.ParamName, Is.EqualTo(parameter));
            Assert.That(error.Message, Does.Contain(fixture.Operation).And.Contain(route), "names the operation and its route");
            Assert.That(sent, Is.Zero, "nothing reaches the transport");
        });
    }

    [Test]
    public async Task A_dotted_value_that_normalization_keeps_is_sent_unchanged()
    {
        using var test = new TestClient();
        string? path = null;
        test.Handler.When("*").Respond(request =>
        {
            path = request.RequestUri!.AbsolutePath;
            return new System.Net.Http.HttpResponseMessage(System.Net.HttpStatusCode.OK) { Content = new System.Net.Http.StringContent("{}") };
        });

        await test.Wassist.WhatsAppAccounts.ProxyDeleteAsync(System.Guid.Parse("7d3b8f0e-2c41-4a8e-9f6d-1b2c3d4e5f60"), "v20.0...x");

        Assert.That(path, Is.EqualTo("/api/v1/whatsapp-accounts/7d3b8f0e-2c41-4a8e-9f6d-1b2c3d4e5f60/proxy/v20.0...x/"));
    }
}
