using System;
using NUnit.Framework;
using Wassist.Apps;
using static Wassist.Client.Tests.Apps.AppVectors;

namespace Wassist.Client.Tests.Apps;

/// <summary>
/// Each refused setup redirect names the check that failed; the query is read as a browser form sends it, and the
/// timestamp is held to the tolerance on both sides of now.
/// </summary>
public class SetupRedirectRefusalTests
{
    private const string Mismatch =
        "The setup redirect's hmac does not match its parameters: they were changed, or signed with another secret than the app's client secret.";

    private static void AssertRefused(string urlOrQuery, WassistSignatureFailure reason, string message, WassistApp? app = null)
    {
        using var owned = app ?? App();
        var error = Assert.Throws<WassistSignatureVerificationException>(() => owned.VerifySetupRedirect(urlOrQuery))!;
        Assert.That(error.Reason, Is.EqualTo(reason));
        Assert.That(error.Message, Is.EqualTo(message));
    }

    private static WassistSetupRedirect Accepted(string urlOrQuery, WassistApp? app = null)
    {
        using var owned = app ?? App();
        return owned.VerifySetupRedirect(urlOrQuery);
    }

    private static string Signed(string timestamp, params (string Key, string Value)[] extra)
    {
        (string, string)[] parameters = [("installation_id", "inst_5f1c"), ("organization_id", "org_42"), ("timestamp", timestamp), .. extra];
        return Redirect(Secret, parameters);
    }

    private static string Signed(long timestamp) => Signed(timestamp.ToString(System.Globalization.CultureInfo.InvariantCulture));

    [TestCase(null)]
    [TestCase("")]
    [TestCase("https://app.example.test/setup")]
    [TestCase("installation_id=inst_5f1c&hmac=")]
    [TestCase("installation_id=inst_5f1c&hmac")]
    public void A_redirect_without_an_hmac_is_refused_naming_it(string? urlOrQuery) =>
        AssertRefused(urlOrQuery!, WassistSignatureFailure.MissingParameter, "The setup redirect has no hmac parameter.");

    [TestCase("installation_id=inst_5f1c&hmac=xyz")]
    [TestCase("installation_id=inst_5f1c&hmac=abc")]
    public void An_hmac_that_is_not_hex_is_refused(string query) =>
        AssertRefused(query, WassistSignatureFailure.MalformedParameter, "The setup redirect's hmac is not hex.");

    [Test]
    public void A_changed_parameter_is_refused_as_a_mismatch() =>
        AssertRefused(Signed(NowSeconds).Replace("org_42", "org_43"), WassistSignatureFailure.SignatureMismatch, Mismatch);

    [Test]
    public void A_shorter_hmac_is_refused_as_a_mismatch()
    {
        var query = Signed(NowSeconds);

        AssertRefused(query.Substring(0, query.Length - 2), WassistSignatureFailure.SignatureMismatch, Mismatch);
    }

    [TestCase("installation_id")]
    [TestCase("organization_id")]
    [TestCase("timestamp")]
    public void A_signed_redirect_without_a_required_parameter_is_refused_naming_it(string name)
    {
        (string Key, string Value)[] all = [("installation_id", "inst_5f1c"), ("organization_id", "org_42"), ("timestamp", "1800000000")];

        AssertRefused(Redirect(Secret, Array.FindAll(all, p => p.Key != name)), WassistSignatureFailure.MissingParameter,
            $"The setup redirect has no {name} parameter.");
    }

    [TestCase("soon")]
    [TestCase("-1")]
    [TestCase("%2B1800000000")]
    [TestCase("1800000000.5")]
    [TestCase("253402300800")]
    [TestCase("99999999999999999999")]
    public void A_timestamp_that_is_not_unix_seconds_is_refused(string timestamp) =>
        AssertRefused(Signed(timestamp), WassistSignatureFailure.MalformedParameter, "The setup redirect's timestamp is not unix seconds.");

    [Test]
    public void The_latest_representable_timestamp_is_read_when_the_tolerance_is_off() =>
        Assert.That(Accepted(Signed(253_402_300_799), App(TimeSpan.Zero)).Timestamp, Is.EqualTo(new DateTimeOffset(9999, 12, 31, 23, 59, 59, TimeSpan.Zero)));

    [TestCase(-300)]
    [TestCase(300)]
    public void A_timestamp_exactly_at_the_tolerance_is_accepted(long offset) =>
        Assert.That(Accepted(Signed(NowSeconds + offset)).Timestamp, Is.EqualTo(Now.AddSeconds(offset)));

    [Test]
    public void A_timestamp_older_than_the_tolerance_is_refused_as_before_now() =>
        AssertRefused(Signed(NowSeconds - 301), WassistSignatureFailure.TimestampOutsideTolerance,
            "The setup redirect's timestamp is 301 s before now, beyond the tolerance of 300 s; it may be a replay.");

    [Test]
    public void A_timestamp_later_than_the_tolerance_is_refused_as_ahead_of_now() =>
        AssertRefused(Signed(NowSeconds + 301), WassistSignatureFailure.TimestampOutsideTolerance,
            "The setup redirect's timestamp is 301 s ahead of now, beyond the tolerance of 300 s; it may be a replay.");

    [Test]
    public void A_repeated_parameter_is_refused_naming_it() =>
        AssertRefused(Signed(NowSeconds) + "&organization_id=org_43", WassistSignatureFailure.MalformedParameter,
            "The setup redirect repeats the parameter 'organization_id'.");

    [Test]
    public void A_fragment_is_not_part_of_the_query()
    {
        var redirect = Accepted("https://app.example.test/setup?" + Signed(NowSeconds) + "#installation_id=inst_other");

        Assert.That(redirect.InstallationId, Is.EqualTo("inst_5f1c"));
    }

    [Test]
    public void A_redirect_that_is_only_a_fragment_has_no_parameters() =>
        AssertRefused("#" + Signed(NowSeconds), WassistSignatureFailure.MissingParameter, "The setup redirect has no hmac parameter.");

    [Test]
    public void Empty_pairs_between_ampersands_are_skipped()
    {
        var redirect = Accepted("&" + Signed(NowSeconds).Replace("&", "&&") + "&");

        Assert.That(redirect.Parameters.Count, Is.EqualTo(3));
    }

    [Test]
    public void A_parameter_without_an_equals_sign_has_an_empty_value_and_is_signed_as_key_equals()
    {
        // Signed over "flag=&installation_id=...", sent as a bare "flag".
        var query = Signed("1800000000", ("flag", "")).Replace("&flag=&", "&flag&");

        var redirect = Accepted(query);

        Assert.That(query, Does.Contain("&flag&"));
        Assert.That(redirect.Parameters["flag"], Is.EqualTo(""));
    }

    [Test]
    public void A_parameter_with_an_empty_name_is_kept_under_the_empty_name()
    {
        var redirect = Accepted(Signed("1800000000", ("", "x")));

        Assert.That(redirect.Parameters[""], Is.EqualTo("x"));
    }
}
