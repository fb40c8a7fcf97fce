using System;
using System.Collections.Generic;
using Newtonsoft.Json;
using NUnit.Framework;

namespace Wassist.Client.Tests;

/// <summary>
/// Where a response scalar stops fitting its declared type: the last value that fits is read, the first one past it
/// leaves the property unset and is kept, as sent, in <c>AdditionalProperties</c> under its JSON name.
/// </summary>
public class ScalarBoundaryTests
{
    /// <summary>A response model with one property per scalar type the reader knows.</summary>
    public sealed class Scalars
    {
        [JsonProperty("int")] public int? Int { get; set; }
        [JsonProperty("long")] public long? Long { get; set; }
        [JsonProperty("short")] public short? Short { get; set; }
        [JsonProperty("byte")] public byte? Byte { get; set; }
        [JsonProperty("double")] public double? Double { get; set; }
        [JsonProperty("float")] public float? Float { get; set; }
        [JsonProperty("decimal")] public decimal? Decimal { get; set; }
        [JsonProperty("text")] public string? Text { get; set; }
        [JsonProperty("dateTime")] public DateTime? DateTime { get; set; }
        [JsonProperty("timeSpan")] public TimeSpan? TimeSpan { get; set; }

        [JsonExtensionData] public IDictionary<string, object> AdditionalProperties { get; set; } = new Dictionary<string, object>();
    }

    private static Scalars Read(string json) => ResponseJson.Read<Scalars>(json);

    [TestCase("""{"int":2147483647}""", 2147483647)]
    [TestCase("""{"int":-2147483648}""", -2147483648)]
    [TestCase("""{"int":2147483647.0}""", 2147483647)]
    [TestCase("""{"int":-2147483648.0}""", -2147483648)]
    [TestCase("""{"int":3.0}""", 3)]
    [TestCase("""{"int":-7}""", -7)]
    public void An_integer_within_the_range_of_int_is_read(string json, int expected)
    {
        var read = Read(json);

        Assert.That(read.Int, Is.EqualTo(expected));
        Assert.That(read.AdditionalProperties, Is.Empty);
    }

    [TestCase("""{"int":2147483648}""", 2147483648L)]
    [TestCase("""{"int":-2147483649}""", -2147483649L)]
    public void An_integer_one_past_the_range_of_int_is_kept_aside(string json, long kept)
    {
        var read = Read(json);

        Assert.That(read.Int, Is.Null);
        Assert.That(read.AdditionalProperties["int"], Is.EqualTo(kept));
    }

    [TestCase("""{"int":3.5}""", 3.5)]
    [TestCase("""{"int":2147483648.0}""", 2147483648.0)]
    [TestCase("""{"int":-2147483649.0}""", -2147483649.0)]
    public void A_fraction_or_a_float_past_the_range_of_int_is_kept_aside(string json, double kept)
    {
        var read = Read(json);

        Assert.That(read.Int, Is.Null);
        Assert.That(read.AdditionalProperties["int"], Is.EqualTo(kept));
    }

    [Test]
    public void The_smaller_integer_types_keep_their_own_ranges()
    {
        var fits = Read("""{"short":-32768,"byte":255,"long":-9223372036854775808}""");
        var past = Read("""{"short":32768,"byte":-1}""");

        Assert.That((fits.Short, fits.Byte, fits.Long), Is.EqualTo(((short)-32768, (byte)255, long.MinValue)));
        Assert.That((past.Short, past.Byte), Is.EqualTo(((short?)null, (byte?)null)));
        Assert.That(past.AdditionalProperties["short"], Is.EqualTo(32768L));
        Assert.That(past.AdditionalProperties["byte"], Is.EqualTo(-1L));
    }

    [Test]
    public void Real_numbers_are_read_as_double_float_and_decimal()
    {
        var read = Read("""{"double":2.5,"float":-1.25,"decimal":12.75}""");

        Assert.That(read.Double, Is.EqualTo(2.5));
        Assert.That(read.Float, Is.EqualTo(-1.25f));
        Assert.That(read.Decimal, Is.EqualTo(12.75m));
        Assert.That(read.AdditionalProperties, Is.Empty);
    }

    [Test]
    public void A_number_past_the_range_of_float_or_decimal_is_kept_aside()
    {
        var read = Read("""{"float":1e39,"decimal":-1e29}""");

        Assert.That(read.Float, Is.Null);
        Assert.That(read.Decimal, Is.Null);
        Assert.That(read.AdditionalProperties["float"], Is.EqualTo(1e39));
        Assert.That(read.AdditionalProperties["decimal"], Is.EqualTo(-1e29));
    }

    [Test]
    public void Not_a_number_is_not_read_as_a_double()
    {
        var read = Read("""{"double":NaN}""");

        Assert.That(read.Double, Is.Null);
        Assert.That(double.IsNaN((double)read.AdditionalProperties["double"]), Is.True);
    }

    [TestCase("""{"text":true}""", "true")]
    [TestCase("""{"text":false}""", "false")]
    [TestCase("""{"text":42}""", "42")]
    [TestCase("""{"text":"plain"}""", "plain")]
    public void A_string_property_reads_a_boolean_or_number_as_its_JSON_text(string json, string expected)
    {
        Assert.That(Read(json).Text, Is.EqualTo(expected));
    }

    [Test]
    public void A_date_time_and_a_time_span_are_read_from_strings()
    {
        var read = Read("""{"dateTime":"2026-11-29T04:05:06Z","timeSpan":"01:30:00"}""");

        Assert.That(read.DateTime, Is.EqualTo(new DateTime(2026, 11, 29, 4, 5, 6, DateTimeKind.Utc)));
        Assert.That(read.DateTime!.Value.Kind, Is.EqualTo(DateTimeKind.Utc));
        Assert.That(read.TimeSpan, Is.EqualTo(new TimeSpan(1, 30, 0)));
    }

    [Test]
    public void A_date_time_or_time_span_sent_as_a_number_is_kept_aside()
    {
        var read = Read("""{"dateTime":20261129,"timeSpan":90}""");

        Assert.That(read.DateTime, Is.Null);
        Assert.That(read.TimeSpan, Is.Null);
        Assert.That(read.AdditionalProperties["dateTime"], Is.EqualTo(20261129L));
        Assert.That(read.AdditionalProperties["timeSpan"], Is.EqualTo(90L));
    }
}
