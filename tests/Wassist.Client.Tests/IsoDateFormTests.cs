using System;
using NUnit.Framework;
using Wassist.Serialization;

namespace Wassist.Client.Tests;

/// <summary>
/// Which text the fast timestamp reader takes itself (<see cref="IsoDates"/>): exactly the API's form, read to the
/// instant written out by hand below; every other text is declined, to go to the general date parser (whose results
/// <see cref="TimestampReadingTests"/> checks). A reader that took more than its form, or read it wrong, would be
/// hidden behind that parser in the end-to-end tests; these catch it.
/// </summary>
public class IsoDateFormTests
{
    [TestCase("2026-09-29T10:15:42.123456Z", 2026, 9, 29, 10, 15, 42, 1_234_560, 0, 0)]
    [TestCase("2026-09-29T10:15:42Z", 2026, 9, 29, 10, 15, 42, 0, 0, 0)]
    [TestCase("2026-09-29T10:15:42.5Z", 2026, 9, 29, 10, 15, 42, 5_000_000, 0, 0)]
    [TestCase("2026-09-29T10:15:42.1234567Z", 2026, 9, 29, 10, 15, 42, 1_234_567, 0, 0)]
    [TestCase("2026-09-29T10:15:42.09Z", 2026, 9, 29, 10, 15, 42, 900_000, 0, 0)]
    [TestCase("2026-02-28T23:59:59.999999+05:30", 2026, 2, 28, 23, 59, 59, 9_999_990, 5, 30)]
    [TestCase("2026-01-01T00:00:00-08:00", 2026, 1, 1, 0, 0, 0, 0, -8, 0)]
    [TestCase("2026-01-01T00:00:00-03:30", 2026, 1, 1, 0, 0, 0, 0, -3, -30)]
    [TestCase("2026-01-01T00:00:00+14:00", 2026, 1, 1, 0, 0, 0, 0, 14, 0)]
    [TestCase("2024-02-29T12:00:00Z", 2024, 2, 29, 12, 0, 0, 0, 0, 0)]
    [TestCase("2026-12-31T23:59:59Z", 2026, 12, 31, 23, 59, 59, 0, 0, 0)]
    [TestCase("0002-01-01T00:00:00Z", 2, 1, 1, 0, 0, 0, 0, 0, 0)]
    [TestCase("9998-12-31T23:59:59Z", 9998, 12, 31, 23, 59, 59, 0, 0, 0)]
    [TestCase("2026-10-01T09:05:07+00:00", 2026, 10, 1, 9, 5, 7, 0, 0, 0)]
    public void The_API_form_is_read_to_the_instant_it_names(string text, int year, int month, int day, int hour, int minute, int second, long ticks, int offsetHours, int offsetMinutes)
    {
        var expected = new DateTimeOffset(year, month, day, hour, minute, second, new TimeSpan(offsetHours, offsetMinutes, 0)).AddTicks(ticks);

        Assert.That(IsoDates.TryRead(text, out var value), Is.True);
        Assert.That(value, Is.EqualTo(expected));
        Assert.That(value.Offset, Is.EqualTo(expected.Offset));
    }

    [TestCase("2026-09-29T10:15:42", TestName = "no zone")]
    [TestCase("2026-09-29", TestName = "date only")]
    [TestCase("2026-09-29 10:15:42Z", TestName = "space for T")]
    [TestCase("2026-09-29t10:15:42Z", TestName = "lower-case t")]
    [TestCase("2026-09-29T10:15:42z", TestName = "lower-case z")]
    [TestCase("2026/09/29T10:15:42Z", TestName = "slashes in the date")]
    [TestCase("2026-09/29T10:15:42Z", TestName = "a slash for the second dash")]
    [TestCase("2026-09-29T10.15:42Z", TestName = "a point for the first colon")]
    [TestCase("2026-09-29T10:15.42Z", TestName = "a point for the second colon")]
    [TestCase("2026-09-29T10:15:42.123+0100", TestName = "offset without colon")]
    [TestCase("2026-09-29T10:15:42+01", TestName = "offset of hours only")]
    [TestCase("2026-09-29T10:15:42+01:00Z", TestName = "text after the offset")]
    [TestCase("2026-09-29T10:15:42ZZ", TestName = "text after Z")]
    [TestCase("2026-09-29T10:15:42.12345678Z", TestName = "eight fraction digits")]
    [TestCase("2026-09-29T10:15:42.Z", TestName = "a point without digits")]
    [TestCase("2026-09-29T10:15:42.", TestName = "a point at the end")]
    [TestCase("2026-09-29T10:15:42.1", TestName = "a fraction without zone")]
    [TestCase("2026-09-29T10:15:42*01:00", TestName = "no sign before the offset")]
    [TestCase("2026-09-29T10:15:42+01-00", TestName = "a dash inside the offset")]
    [TestCase("2026-09-29T10:15:42+0a:00", TestName = "a letter in the offset hours")]
    [TestCase("2026-09-29T10:15:42+01:0a", TestName = "a letter in the offset minutes")]
    [TestCase("2026-09-29T10:15:42+15:00", TestName = "offset of 15 hours")]
    [TestCase("2026-09-29T10:15:42+14:01", TestName = "offset past 14 hours")]
    [TestCase("2026-09-29T10:15:42+01:60", TestName = "offset minute 60")]
    [TestCase("a026-09-29T10:15:42Z", TestName = "a letter in the year")]
    [TestCase("2026-0a-29T10:15:42Z", TestName = "a letter in the month")]
    [TestCase("2026-09-2aT10:15:42Z", TestName = "a letter in the day")]
    [TestCase("2026-09-29T1a:15:42Z", TestName = "a letter in the hour")]
    [TestCase("2026-09-29T10:1a:42Z", TestName = "a letter in the minute")]
    [TestCase("2026-09-29T10:15:4aZ", TestName = "a letter in the second")]
    [TestCase("2026-09-29T10:15:42.1a3Z", TestName = "a letter in the fraction")]
    [TestCase("2026-02-29T00:00:00Z", TestName = "29 February of a common year")]
    [TestCase("2026-04-31T00:00:00Z", TestName = "31 April")]
    [TestCase("2026-13-01T00:00:00Z", TestName = "month 13")]
    [TestCase("2026-00-10T00:00:00Z", TestName = "month 0")]
    [TestCase("2026-09-00T00:00:00Z", TestName = "day 0")]
    [TestCase("2026-09-29T24:00:00Z", TestName = "hour 24")]
    [TestCase("2026-09-29T10:60:00Z", TestName = "minute 60")]
    [TestCase("2026-09-29T10:15:60Z", TestName = "second 60")]
    [TestCase("0001-01-01T00:00:00Z", TestName = "year 1: the range's end")]
    [TestCase("9999-12-31T23:59:59Z", TestName = "year 9999: the range's end")]
    [TestCase("2026-09-29T10:15Z", TestName = "no seconds")]
    [TestCase("2026-09-29T10:15:4Z", TestName = "one second digit")]
    [TestCase("", TestName = "empty")]
    public void Any_other_text_is_declined(string text)
    {
        Assert.That(IsoDates.TryRead(text, out _), Is.False);
    }
}
