using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using NUnit.Framework;
using Wassist.Serialization;

namespace Wassist.Client.Tests;

/// <summary>
/// Every model a request body uses, created with only its required fields set, is sent with exactly those fields:
/// nothing the caller did not set goes out (no first enum member, no false, no zero, no empty list). The expected
/// field names are the effective description's required lists, not the generated code's attributes.
/// </summary>
public class UnsetRequestFieldsTests
{
    private static readonly JsonSerializerSettings RequestSettings = CreateRequestSettings();

    public static IEnumerable<TestCaseData> RequestModels() =>
        EffectiveDescription.RequestSchemas()
            .Where(s => s.Schema["properties"] is JObject) // enums and free-form maps have no fields to leave unset
            .Select(s => new TestCaseData(s.Name, s.Schema).SetName($"Only the fields set go out: {s.Name}"));

    [Test]
    public void The_request_models_include_the_bodies_whose_unset_values_once_went_out()
    {
        var names = RequestModels().Select(t => (string)t.Arguments[0]!).ToList();

        Assert.That(names, Is.SupersetOf(new[] { "SendMessageInput", "UpdateTemplateInput", "CreateTemplateInput", "AgentPatch", "ConnectAgentInput", "UnifiedWhatsAppButtonInput" }));
    }

    [TestCaseSource(nameof(RequestModels))]
    public void A_request_model_with_only_its_required_fields_set_sends_exactly_those(string name, JObject schema)
    {
        var type = typeof(WassistClient).Assembly.GetType("Wassist." + name)
            ?? throw new AssertionException($"the effective description's {name} has no generated type Wassist.{name}");
        var required = ((JArray?)schema["required"])?.Values<string>().Select(n => n!).ToList() ?? [];
        var body = Create(type, property => required.Contains(JsonName(property)));

        var sent = JObject.Parse(JsonConvert.SerializeObject(body, RequestSettings));

        Assert.That(sent.Properties().Select(p => p.Name), Is.EquivalentTo(required), $"{name} with only its required fields set");
    }

    /// <summary>A new model with the chosen properties set to a sample value of their type; nested models get their own required fields.</summary>
    private static object Create(Type type, Func<PropertyInfo, bool> isSet)
    {
        var model = Activator.CreateInstance(type)!;
        foreach (var property in type.GetProperties().Where(p => p.CanWrite && p.GetCustomAttribute<JsonPropertyAttribute>() is not null && isSet(p)))
        {
            property.SetValue(model, Sample(property.PropertyType));
        }

        return model;
    }

    private static object Sample(Type type)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        if (type == typeof(string) || type == typeof(object))
        {
            return "447700900123";
        }

        if (type == typeof(Guid))
        {
            return Guid.Parse("2b7e4c19-6a3d-4f58-9e01-c8d5a3f7b264");
        }

        if (type == typeof(DateTimeOffset))
        {
            return new DateTimeOffset(2026, 10, 14, 9, 21, 7, TimeSpan.Zero);
        }

        if (type == typeof(Uri))
        {
            return new Uri("https://harbour-bakery.example/");
        }

        if (type.IsEnum)
        {
            return Enum.GetValues(type).GetValue(0)!;
        }

        if (type.IsPrimitive || type == typeof(decimal))
        {
            return type == typeof(bool) ? true : Convert.ChangeType(1, type, System.Globalization.CultureInfo.InvariantCulture);
        }

        if (type.IsGenericType && typeof(IEnumerable).IsAssignableFrom(type))
        {
            var arguments = type.GetGenericArguments();
            return Activator.CreateInstance(arguments.Length == 2 ? typeof(Dictionary<,>).MakeGenericType(arguments) : typeof(List<>).MakeGenericType(arguments))!;
        }

        return Create(type, property => property.GetCustomAttribute<JsonPropertyAttribute>()!.Required is Required.Always or Required.AllowNull);
    }

    private static string JsonName(PropertyInfo property) => property.GetCustomAttribute<JsonPropertyAttribute>()!.PropertyName ?? property.Name;

    private static JsonSerializerSettings CreateRequestSettings()
    {
        var settings = new JsonSerializerSettings();
        WassistJson.Configure(settings, isRequest: true);
        return settings;
    }
}
