using System;
using System.Collections.Generic;
using System.Globalization;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using NUnit.Framework;

namespace Wassist.Client.Tests;

/// <summary>
/// Lists, arrays, dictionaries, nested models and custom-converted values in a response: the members that fit are
/// read, every one that does not is kept, as sent, in <c>AdditionalProperties</c> under the property's JSON name,
/// and a value of the wrong kind for the whole property leaves it unset.
/// </summary>
public class CollectionValueTests
{
    public sealed class Holder
    {
        [JsonProperty("numbers")] public List<int>? Numbers { get; set; }
        [JsonProperty("maybeNumbers")] public List<int?>? MaybeNumbers { get; set; }
        [JsonProperty("array")] public int[]? Array { get; set; }
        [JsonProperty("nested")] public List<List<int>>? Nested { get; set; }
        [JsonProperty("counts")] public IDictionary<string, int>? Counts { get; set; }
        [JsonProperty("child")] public Holder? Child { get; set; }
        [JsonProperty("price")] public Money? Price { get; set; }

        [JsonExtensionData] public IDictionary<string, object> AdditionalProperties { get; set; } = new Dictionary<string, object>();
    }

    /// <summary>An amount and a currency written as one string, "12.50 EUR", by a converter of its own.</summary>
    [JsonConverter(typeof(MoneyConverter))]
    public sealed record Money(decimal Amount, string Currency);

    private sealed class MoneyConverter : JsonConverter<Money>
    {
        public override Money ReadJson(JsonReader reader, Type objectType, Money? existingValue, bool hasExistingValue, JsonSerializer serializer)
        {
            var parts = ((string)reader.Value!).Split(' ');
            if (parts.Length != 2)
            {
                throw new JsonSerializationException("A price is an amount and a currency.");
            }

            if (parts[1].Length != 3)
            {
                throw new ArgumentException("A currency is three letters.");
            }

            return new Money(decimal.Parse(parts[0], CultureInfo.InvariantCulture), parts[1]);
        }

        public override void WriteJson(JsonWriter writer, Money? value, JsonSerializer serializer) =>
            writer.WriteValue($"{value!.Amount.ToString(CultureInfo.InvariantCulture)} {value.Currency}");
    }

    private static Holder Read(string json) => ResponseJson.Read<Holder>(json);

    [Test]
    public void A_list_keeps_the_items_that_fit_and_every_one_that_does_not()
    {
        var read = Read("""{"numbers":[1,"a",2,"b",null]}""");

        Assert.That(read.Numbers, Is.EqualTo(new[] { 1, 2 }));
        Assert.That(read.AdditionalProperties["numbers"], Is.EqualTo(JArray.Parse("""["a","b",null]""")).Using<JToken>(JToken.DeepEquals));
    }

    [Test]
    public void A_null_item_is_kept_in_a_list_of_nullable_items()
    {
        var read = Read("""{"maybeNumbers":[1,null,3]}""");

        Assert.That(read.MaybeNumbers, Is.EqualTo(new int?[] { 1, null, 3 }));
        Assert.That(read.AdditionalProperties, Is.Empty);
    }

    [Test]
    public void An_array_property_is_read_as_an_array()
    {
        var read = Read("""{"array":[4,5,6]}""");

        Assert.That(read.Array, Is.EqualTo(new[] { 4, 5, 6 }));
    }

    [Test]
    public void A_list_of_lists_keeps_the_inner_items_that_fit()
    {
        var read = Read("""{"nested":[[1,"x"],[2]]}""");

        Assert.That(read.Nested, Has.Count.EqualTo(2));
        Assert.That(read.Nested![0], Is.EqualTo(new[] { 1 }));
        Assert.That(read.Nested[1], Is.EqualTo(new[] { 2 }));
    }

    [Test]
    public void A_dictionary_keeps_the_values_that_fit_and_every_one_that_does_not()
    {
        var read = Read("""{"counts":{"sent":3,"failed":"many","read":1,"queued":[2]}}""");

        Assert.That(read.Counts, Is.EqualTo(new Dictionary<string, int> { ["sent"] = 3, ["read"] = 1 }));
        Assert.That(read.AdditionalProperties["counts"], Is.EqualTo(JObject.Parse("""{"failed":"many","queued":[2]}""")).Using<JToken>(JToken.DeepEquals));
    }

    [TestCase("""{"counts":"3 sent"}""", "3 sent")]
    [TestCase("""{"counts":7}""", 7L)]
    public void A_scalar_where_a_dictionary_is_declared_is_kept_aside(string json, object kept)
    {
        var read = Read(json);

        Assert.That(read.Counts, Is.Null);
        Assert.That(read.AdditionalProperties["counts"], Is.EqualTo(kept));
    }

    [Test]
    public void An_array_where_a_dictionary_is_declared_is_kept_aside()
    {
        var read = Read("""{"counts":[1,2]}""");

        Assert.That(read.Counts, Is.Null);
        Assert.That(read.AdditionalProperties["counts"], Is.EqualTo(JArray.Parse("[1,2]")).Using<JToken>(JToken.DeepEquals));
    }

    [Test]
    public void A_string_where_a_model_is_declared_is_kept_aside()
    {
        var read = Read("""{"child":"none","numbers":[9]}""");

        Assert.That(read.Child, Is.Null);
        Assert.That(read.Numbers, Is.EqualTo(new[] { 9 }));
        Assert.That(read.AdditionalProperties["child"], Is.EqualTo("none"));
    }

    [Test]
    public void A_value_with_its_own_converter_is_read_by_it()
    {
        var read = Read("""{"price":"12.50 EUR"}""");

        Assert.That(read.Price, Is.EqualTo(new Money(12.50m, "EUR")));
    }

    [TestCase("""{"price":12}""", 12L)]
    [TestCase("""{"price":"12.50"}""", "12.50")]
    [TestCase("""{"price":"twelve EUR"}""", "twelve EUR")]
    [TestCase("""{"price":"99999999999999999999999999999999 EUR"}""", "99999999999999999999999999999999 EUR")]
    [TestCase("""{"price":"12.50 EURO"}""", "12.50 EURO")]
    public void A_value_its_converter_refuses_is_kept_aside(string json, object kept)
    {
        var read = Read(json);

        Assert.That(read.Price, Is.Null);
        Assert.That(read.AdditionalProperties["price"], Is.EqualTo(kept));
    }
}
