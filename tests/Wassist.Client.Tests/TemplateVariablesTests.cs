using System;
using System.Collections.Generic;
using System.Net;
using System.Net.Http;
using System.Threading.Tasks;
using NUnit.Framework;
using RichardSzalay.MockHttp;
using Wassist.Tests.Shared;

namespace Wassist.Client.Tests;

/// <summary>Positional and named template variables go on the wire as a list and as an object.</summary>
public class TemplateVariablesTests
{
    private static async Task<string> Sent(TemplateVariables variables)
    {
        using var test = new TestClient();
        string? body = null;
        test.Handler.When(HttpMethod.Post, "https://backend.wassist.app/api/v1/conversations/5f1c2a9e-8b7d-4c3e-a1f2-0e9d8c7b6a51/messages/").Respond(request =>
        {
            body = request.Content!.ReadAsStringAsync().GetAwaiter().GetResult();
            return new HttpResponseMessage(HttpStatusCode.Created) { Content = new StringContent("{}") };
        });

        await test.Wassist.Conversations.SendMessageAsync(System.Guid.Parse("5f1c2a9e-8b7d-4c3e-a1f2-0e9d8c7b6a51"), new SendMessageInput
        {
            Type = SendMessageType.Template,
            Template = new SendMessageTemplateInput { Name = "order_update", Variables = variables },
        });
        return body!;
    }

    [Promise("template-variables")]
    [Test]
    public async Task Positional_values_are_sent_as_a_list() =>
        Assert.That(await Sent(TemplateVariables.Positional("Alex", "#1042").WithHeader("Spring sale")),
            Is.EqualTo("""{"type":"template","template":{"name":"order_update","variables":{"body":["Alex","#1042"],"header":["Spring sale"]}}}"""));

    [Promise("template-variables")]
    [Test]
    public async Task Named_values_are_sent_as_an_object() =>
        Assert.That(await Sent(TemplateVariables.Named(new Dictionary<string, string> { ["first_name"] = "Alex", ["order_id"] = "#1042" })
                .WithNamedHeader(new Dictionary<string, string> { ["sale"] = "Spring" })),
            Is.EqualTo("""{"type":"template","template":{"name":"order_update","variables":{"body":{"first_name":"Alex","order_id":"#1042"},"header":{"sale":"Spring"}}}}"""));

    [Promise("template-variables")]
    [Test]
    public void A_missing_positional_value_is_refused_naming_its_place()
    {
        var error = Assert.Throws<ArgumentException>(() => TemplateVariables.Positional("Alex", null!))!;

        Assert.That(error.ParamName, Is.EqualTo("body"));
        Assert.That(error.Message, Does.Contain("{{2}}"));
    }

    [Test]
    public void A_named_value_without_a_name_or_value_is_refused()
    {
        Assert.That(Assert.Throws<ArgumentException>(() => TemplateVariables.Named(new Dictionary<string, string> { [" "] = "x" }))!.ParamName, Is.EqualTo("body"));
        Assert.That(Assert.Throws<ArgumentException>(() => TemplateVariables.Named(new Dictionary<string, string> { ["a"] = null! }))!.ParamName, Is.EqualTo("body"));
        Assert.That(Assert.Throws<ArgumentException>(() => TemplateVariables.Named(new Dictionary<string, string>()))!.ParamName, Is.EqualTo("body"));
    }

    [TestCase(0)]
    [TestCase(2)]
    public void A_missing_positional_value_is_named_by_its_one_based_place(int missing)
    {
        var values = new[] { "Alex", "#1042", "Friday" };
        values[missing] = null!;

        var error = Assert.Throws<ArgumentException>(() => TemplateVariables.Positional(values))!;

        Assert.That(error.Message, Does.StartWith($"Value {missing + 1} (template variable {{{{{missing + 1}}}}}) is null."));
    }

    [Test]
    public void Positional_values_and_headers_need_at_least_one_value()
    {
        var none = Assert.Throws<ArgumentException>(() => TemplateVariables.Positional())!;
        var nullList = Assert.Throws<ArgumentException>(() => TemplateVariables.Positional(null!))!;
        var noHeader = Assert.Throws<ArgumentException>(() => TemplateVariables.Positional("Alex").WithHeader())!;

        Assert.That((none.ParamName, nullList.ParamName, noHeader.ParamName), Is.EqualTo(("body", "body", "header")));
        Assert.That(new[] { none.Message, nullList.Message, noHeader.Message }, Has.All.StartWith("Give at least one value."));
    }

    [Test]
    public void A_named_value_says_whether_its_name_or_its_value_is_missing()
    {
        var noValue = Assert.Throws<ArgumentException>(() => TemplateVariables.Named(new Dictionary<string, string> { ["order_id"] = null! }))!;
        var noName = Assert.Throws<ArgumentException>(() => TemplateVariables.Named(new Dictionary<string, string> { [""] = "Alex" }))!;
        var blankName = Assert.Throws<ArgumentException>(() => TemplateVariables.Named(new Dictionary<string, string> { [" "] = "Alex" }))!;

        Assert.That(noValue.Message, Does.StartWith("Every named template variable needs a name and a value; 'order_id' has no value."));
        Assert.That(noName.Message, Does.StartWith("Every named template variable needs a name and a value; '' has an empty name."));
        Assert.That(blankName.Message, Does.StartWith("Every named template variable needs a name and a value; ' ' has an empty name."));
    }

    [Test]
    public void Named_values_and_headers_need_at_least_one_value()
    {
        var empty = Assert.Throws<ArgumentException>(() => TemplateVariables.Named(new Dictionary<string, string>()))!;
        var emptyHeader = Assert.Throws<ArgumentException>(() => TemplateVariables.Positional("Alex").WithNamedHeader(new Dictionary<string, string>()))!;

        Assert.That((empty.ParamName, emptyHeader.ParamName), Is.EqualTo(("body", "header")));
        Assert.That(new[] { empty.Message, emptyHeader.Message }, Has.All.StartWith("Give at least one named value."));
        Assert.That(Assert.Throws<ArgumentNullException>(() => TemplateVariables.Named(null!))!.ParamName, Is.EqualTo("body"));
    }
}
