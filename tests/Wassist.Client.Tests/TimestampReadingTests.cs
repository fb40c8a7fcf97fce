using System;
using System.Collections.Generic;
using Newtonsoft.Json;
using NUnit.Framework;

namespace Wassist.Client.Tests;

/// <summary>
/// Timestamps in responses: the API's own form (<c>2026-09-29T10:15:42.123456Z</c>, or with an offset) and the other
/// ISO 8601 forms a date parser accepts read to the instant they name; text that names no instant stays out of the
/// property and is kept in <c>AdditionalProperties</c>. Every expected value below is written out by hand.
/// </summary>
public class TimestampReadingTests
{
    public sealed class Stamped
    {
        [JsonProperty("at")] public DateTimeOffset? At { get; set; }

        [JsonExtensionData] public IDictionary<string, object> AdditionalProperties { get; set; } = new Dictionary<string, object>();
    }

    private static Stamped Read(string text) => ResponseJson.Read<Stamped>($$"""{"at":"{{text}}"}""");

    private static IEnumerable<TestCaseData> Instants()
    {
        var utc = TimeSpan.Zero;
        yield return new TestCaseData("2026-09-29T10:15:42.123456Z", new DateTimeOffset(2026, 9, 29, 10, 15, 42, utc).AddTicks(1_234_560)).SetName("microseconds, Z");
        yield return new TestCaseData("2026-09-29T10:15:42Z", new DateTimeOffset(2026, 9, 29, 10, 15, 42, utc)).SetName("whole seconds, Z");
        yield return new TestCaseData("2026-09-29T10:15:42.5Z", new DateTimeOffset(2026, 9, 29, 10, 15, 42, 500, utc)).SetName("one fraction digit");
        yield return new TestCaseData("2026-09-29T10:15:42.1234567Z", new DateTimeOffset(2026, 9, 29, 10, 15, 42, utc).AddTicks(1_234_567)).SetName("seven fraction digits");
        yield return new TestCaseData("2026-09-29T10:15:42.000001Z", new DateTimeOffset(2026, 9, 29, 10, 15, 42, utc).AddTicks(10)).SetName("one microsecond");
        yield return new TestCaseData("2026-02-28T23:59:59.999999+05:30", new DateTimeOffset(2026, 2, 28, 23, 59, 59, new TimeSpan(5, 30, 0)).AddTicks(9_999_990)).SetName("positive offset");
        yield return new TestCaseData("2026-01-01T00:00:00-08:00", new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.FromHours(-8))).SetName("negative offset");
        yield return new TestCaseData("2026-01-01T00:00:00+14:00", new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.FromHours(14))).SetName("largest offset");
        yield return new TestCaseData("2024-02-29T12:00:00Z", new DateTimeOffset(2024, 2, 29, 12, 0, 0, utc)).SetName("leap day");
        yield return new TestCaseData("2026-12-31T23:59:59Z", new DateTimeOffset(2026, 12, 31, 23, 59, 59, utc)).SetName("last second of a year");
        // Other forms go to the general parser; a value without a zone is taken as UTC.
        yield return new TestCaseData("2026-09-29T10:15:42", new DateTimeOffset(2026, 9, 29, 10, 15, 42, utc)).SetName("no zone: UTC");
        yield return new TestCaseData("2026-09-29", new DateTimeOffset(2026, 9, 29, 0, 0, 0, utc)).SetName("date only: midnight UTC");
        yield return new TestCaseData("2026-09-29 10:15:42Z", new DateTimeOffset(2026, 9, 29, 10, 15, 42, utc)).SetName("space for T");
        yield return new TestCaseData("2026-09-29t10:15:42z", new DateTimeOffset(2026, 9, 29, 10, 15, 42, utc)).SetName("lower-case t and z");
        yield return new TestCaseData("2026-09-29T10:15:42.123+0100", new DateTimeOffset(2026, 9, 29, 10, 15, 42, 123, TimeSpan.FromHours(1))).SetName("offset without colon");
        yield return new TestCaseData("0001-01-01T00:00:00Z", DateTimeOffset.MinValue).SetName("first representable instant");
        yield return new TestCaseData("9999-12-31T23:59:59.9999999Z", DateTimeOffset.MaxValue).SetName("last representable instant");
    }

    [TestCaseSource(nameof(Instants))]
    public void A_timestamp_reads_to_the_instant_and_offset_it_names(string text, DateTimeOffset expected)
    {
        var read = Read(text);

        Assert.That(read.At, Is.EqualTo(expected));
        Assert.That(read.At!.Value.Offset, Is.EqualTo(expected.Offset));
        Assert.That(read.AdditionalProperties, Is.Empty);
    }

    [TestCase("2026-02-29T00:00:00Z", TestName = "29 February of a common year")]
    [TestCase("2026-04-31T00:00:00Z", TestName = "31 April")]
    [TestCase("2026-13-01T00:00:00Z", TestName = "month 13")]
    [TestCase("2026-00-10T00:00:00Z", TestName = "month 0")]
    [TestCase("2026-09-00T00:00:00Z", TestName = "day 0")]
    [TestCase("2026-09-29T24:00:01Z", TestName = "hour 24")]
    [TestCase("2026-09-29T10:60:00Z", TestName = "minute 60")]
    [TestCase("2026-09-29T10:15:61Z", TestName = "second 61")]
    [TestCase("2026-09-29T10:15:42+15:00", TestName = "offset beyond 14 hours")]
    [TestCase("2026-09-29T10:15:42.Z", TestName = "a point without digits")]
    [TestCase("2026-09-29T1a:15:42Z", TestName = "a letter among the digits")]
    [TestCase("yesterday", TestName = "words")]
    [TestCase("", TestName = "empty")]
    public void Text_that_names_no_instant_is_kept_out_of_the_property(string text)
    {
        var read = Read(text);

        Assert.That(read.At, Is.Null);
        Assert.That(read.AdditionalProperties["at"], Is.EqualTo(text));
    }
}
