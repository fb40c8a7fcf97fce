using System;
using System.Collections.Generic;
using NUnit.Framework;

namespace Wassist.Client.Tests;

/// <summary>
/// Each refused per-call setting is named with a message that says what is allowed, and each range is checked on
/// both sides of its limit.
/// </summary>
public class RequestOptionsBoundaryTests
{
    private static T AssertRefused<T>(WassistRequestOptions options, string paramName, string message)
        where T : ArgumentException
    {
        var error = Assert.Throws<T>(options.Validate)!;
        Assert.That(error.ParamName, Is.EqualTo(paramName));
        Assert.That(error.Message, Does.StartWith($"{message} (Parameter '{paramName}')"));
        return error;
    }

    private static WassistRequestOptions WithHeader(string name, string? value) =>
        new() { Headers = new Dictionary<string, string> { [name] = value! } };

    [TestCase(1L)]
    [TestCase(int.MaxValue * 10_000L)]
    [TestCase(-10_000L)]
    public void A_timeout_up_to_int_max_milliseconds_or_infinite_is_accepted(long ticks) =>
        Assert.DoesNotThrow(new WassistRequestOptions { Timeout = new TimeSpan(ticks) }.Validate);

    [TestCase(0L, "00:00:00")]
    [TestCase(int.MaxValue * 10_000L + 1, "24.20:31:23.6470001")]
    public void A_timeout_that_is_not_positive_or_too_long_is_refused(long ticks, string shown) =>
        AssertRefused<ArgumentOutOfRangeException>(new WassistRequestOptions { Timeout = new TimeSpan(ticks) }, "Timeout",
            $"WassistRequestOptions.Timeout must be positive (or Timeout.InfiniteTimeSpan); it is {shown}.");

    [TestCase(0)]
    [TestCase(10)]
    public void Max_retries_from_zero_to_ten_is_accepted(int retries) =>
        Assert.DoesNotThrow(new WassistRequestOptions { MaxRetries = retries }.Validate);

    [TestCase(-1)]
    [TestCase(11)]
    public void Max_retries_outside_zero_to_ten_is_refused(int retries) =>
        AssertRefused<ArgumentOutOfRangeException>(new WassistRequestOptions { MaxRetries = retries }, "MaxRetries",
            $"WassistRequestOptions.MaxRetries must be between 0 and 10; it is {retries}.");

    [TestCase(1)]
    [TestCase(255)]
    public void An_idempotency_key_of_1_to_255_characters_is_accepted(int length) =>
        Assert.DoesNotThrow(new WassistRequestOptions { IdempotencyKey = new string('k', length) }.Validate);

    [TestCase(0)]
    [TestCase(256)]
    public void An_idempotency_key_of_another_length_is_refused_with_its_length(int length) =>
        AssertRefused<ArgumentException>(new WassistRequestOptions { IdempotencyKey = new string('k', length) }, "IdempotencyKey",
            $"WassistRequestOptions.IdempotencyKey must be 1 to 255 characters long; it is {length}.");

    [Test]
    public void An_idempotency_key_from_bang_to_tilde_is_accepted() =>
        Assert.DoesNotThrow(new WassistRequestOptions { IdempotencyKey = "!order-42~" }.Validate);

    [TestCase("order 42")]
    [TestCase("order\u007f")]
    [TestCase("order\u00e9")]
    public void An_idempotency_key_with_a_space_control_or_non_ascii_character_is_refused(string key) =>
        AssertRefused<ArgumentException>(new WassistRequestOptions { IdempotencyKey = key }, "IdempotencyKey",
            "WassistRequestOptions.IdempotencyKey may hold only printable ASCII without spaces (a GUID is a good key).");

    [Test]
    public void The_idempotency_header_is_refused_pointing_at_the_property() =>
        AssertRefused<ArgumentException>(WithHeader("idempotency-key", "k1"), "Headers",
            "WassistRequestOptions.Headers cannot set 'Idempotency-Key': the client sets that header itself. Set IdempotencyKey instead.");

    [Test]
    public void Another_reserved_header_is_refused_without_that_hint() =>
        AssertRefused<ArgumentException>(WithHeader("authorization", "Bearer x"), "Headers",
            "WassistRequestOptions.Headers cannot set 'Authorization': the client sets that header itself.");

    [Test]
    public void A_header_without_a_value_is_refused_naming_it() =>
        AssertRefused<ArgumentException>(WithHeader("X-Trace", null), "Headers",
            "WassistRequestOptions.Headers holds no value for the header 'X-Trace'.");

    [TestCase("a b")]
    [TestCase("a\tb")]
    [TestCase("~")]
    public void A_header_value_with_spaces_or_tabs_is_accepted(string value) =>
        Assert.DoesNotThrow(WithHeader("X-Trace", value).Validate);

    [TestCase("a\nb")]
    [TestCase("a\u001fb")]
    [TestCase("a\u007fb")]
    public void A_header_value_with_another_control_character_is_refused(string value) =>
        AssertRefused<ArgumentException>(WithHeader("X-Trace", value), "Headers",
            "WassistRequestOptions.Headers: the value of 'X-Trace' holds a line break or another control character.");

    [TestCase("AZaz09")]
    [TestCase("X-!#$%&'*+-.^_`|~")]
    public void A_header_name_of_token_characters_is_accepted(string name) =>
        Assert.DoesNotThrow(WithHeader(name, "v").Validate);

    [TestCase("X Trace")]
    [TestCase("X:Trace")]
    [TestCase("X/")]
    [TestCase("X@")]
    [TestCase("X[")]
    public void A_header_name_with_another_character_is_refused(string name) =>
        AssertRefused<ArgumentException>(WithHeader(name, "v"), "Headers",
            $"WassistRequestOptions.Headers holds the header name '{name}', which is not a valid HTTP header name.");
}
