using System;
using NUnit.Framework;
using Wassist.Apps;
using static Wassist.Client.Tests.Apps.AppVectors;
using Wassist.Tests.Shared;

namespace Wassist.Client.Tests.Apps;

/// <summary>Setup redirects are accepted only with a matching hmac over their parameters and a recent timestamp.</summary>
public class SetupRedirectTests
{
    // hmac computed outside .NET (Python hmac) with "cs_test_SECRET_987" over
    // "installation_id=inst_5f1c&organization_id=org_42&timestamp=1800000000".
    private const string IndependentQuery =
        "installation_id=inst_5f1c&organization_id=org_42&timestamp=1800000000&hmac=79395ca6836ed9527e46ded254c80df5d85061908581a9da2c51f1c7f3abb72c";

    // The same with state "a b&c" (sent encoded) and locale, signed over the decoded values in key order.
    private const string IndependentUrlWithExtras =
        "https://app.example.test/setup?state=a%20b%26c&timestamp=1800000000&locale=en-GB&organization_id=org_42&installation_id=inst_5f1c&hmac=83f6b17298b34eee1c2f89763a51bce0ea11f110f3dc453032a9266a7369c2c1#top";

    private static WassistSignatureFailure Refusal(string urlOrQuery, WassistApp? app = null)
    {
        using var owned = app ?? App();
        return Assert.Throws<WassistSignatureVerificationException>(() => owned.VerifySetupRedirect(urlOrQuery))!.Reason;
    }

    private static string Signed(long timestamp, string secret = Secret) =>
        Redirect(secret, ("installation_id", "inst_5f1c"), ("organization_id", "org_42"), ("timestamp", timestamp.ToString()));

    [Promise("setup-redirect")]
    [Test]
    public void A_valid_redirect_gives_the_installation()
    {
        using var app = App();

        var redirect = app.VerifySetupRedirect(IndependentQuery);

        Assert.That(redirect.InstallationId, Is.EqualTo("inst_5f1c"));
        Assert.That(redirect.OrganizationId, Is.EqualTo("org_42"));
        Assert.That(redirect.Timestamp, Is.EqualTo(new DateTimeOffset(2027, 1, 15, 8, 0, 0, TimeSpan.Zero)));
        Assert.That(redirect.Parameters.ContainsKey("hmac"), Is.False);
    }

    [Test]
    public void The_test_signer_matches_the_independent_vector() =>
        Assert.That(Signed(NowSeconds), Is.EqualTo(IndependentQuery));

    [Test]
    public void Extra_parameters_in_any_order_are_signed_too_and_kept()
    {
        using var app = App();

        var redirect = app.VerifySetupRedirect(new Uri(IndependentUrlWithExtras));

        Assert.That(redirect.InstallationId, Is.EqualTo("inst_5f1c"));
        Assert.That(redirect.Parameters["state"], Is.EqualTo("a b&c"));
        Assert.That(redirect.Parameters["locale"], Is.EqualTo("en-GB"));
    }

    [Test]
    public void The_order_of_the_parameters_does_not_matter()
    {
        using var app = App();
        var reordered = "hmac=79395ca6836ed9527e46ded254c80df5d85061908581a9da2c51f1c7f3abb72c&timestamp=1800000000&organization_id=org_42&installation_id=inst_5f1c";

        Assert.That(app.VerifySetupRedirect("?" + reordered).OrganizationId, Is.EqualTo("org_42"));
    }

    [Promise("setup-redirect")]
    [TestCase("installation_id=inst_5f1c", "installation_id=inst_other")]
    [TestCase("organization_id=org_42", "organization_id=org_43")]
    [TestCase("timestamp=1800000000", "timestamp=1800000001")]
    [TestCase("&hmac=", "&extra=1&hmac=")]
    [TestCase("hmac=79395c", "hmac=89395c")]
    public void A_tampered_redirect_is_refused(string original, string tampered) =>
        Assert.That(Refusal(IndependentQuery.Replace(original, tampered)), Is.EqualTo(WassistSignatureFailure.SignatureMismatch));

    [Test]
    public void A_redirect_signed_with_the_previous_secret_is_accepted_during_rotation()
    {
        using var app = App();

        Assert.That(app.VerifySetupRedirect(Signed(NowSeconds, PreviousSecret)).InstallationId, Is.EqualTo("inst_5f1c"));
    }

    [Test]
    public void A_redirect_signed_with_another_secret_is_refused() =>
        Assert.That(Refusal(Signed(NowSeconds, "cs_someone_else")), Is.EqualTo(WassistSignatureFailure.SignatureMismatch));

    [TestCase(-301)]
    [TestCase(301)]
    [TestCase(-86400)]
    public void A_stale_or_future_redirect_is_refused(int offset) =>
        Assert.That(Refusal(Signed(NowSeconds + offset)), Is.EqualTo(WassistSignatureFailure.TimestampOutsideTolerance));

    [TestCase(-299)]
    [TestCase(299)]
    public void A_redirect_within_the_tolerance_is_accepted(int offset)
    {
        using var app = App();

        Assert.That(app.VerifySetupRedirect(Signed(NowSeconds + offset)).Timestamp, Is.EqualTo(Now.AddSeconds(offset)));
    }

    [Test]
    public void A_tolerance_of_zero_turns_the_time_check_off()
    {
        using var app = App(TimeSpan.Zero);

        Assert.That(app.VerifySetupRedirect(Signed(NowSeconds - (86400 * 365))).InstallationId, Is.EqualTo("inst_5f1c"));
    }

    [Test]
    public void A_shorter_tolerance_is_honoured() =>
        Assert.That(Refusal(Signed(NowSeconds - 61), App(TimeSpan.FromMinutes(1))), Is.EqualTo(WassistSignatureFailure.TimestampOutsideTolerance));

    [Test]
    public void A_negative_tolerance_is_refused_by_name()
    {
        var options = new WassistAppOptions { ClientId = ClientId, ClientSecret = Secret, SetupRedirectTolerance = TimeSpan.FromSeconds(-1) };

        Assert.That(Assert.Throws<ArgumentException>(() => new WassistApp(options))!.ParamName, Is.EqualTo("SetupRedirectTolerance"));
    }

    [TestCase("")]
    [TestCase("https://app.example.test/setup")]
    [TestCase("installation_id=inst_5f1c&organization_id=org_42&timestamp=1800000000")]
    public void A_redirect_without_an_hmac_is_refused_as_missing(string urlOrQuery) =>
        Assert.That(Refusal(urlOrQuery), Is.EqualTo(WassistSignatureFailure.MissingParameter));

    [Test]
    public void A_signed_redirect_without_an_installation_is_refused_as_missing() =>
        Assert.That(Refusal(Redirect(Secret, ("organization_id", "org_42"), ("timestamp", "1800000000"))), Is.EqualTo(WassistSignatureFailure.MissingParameter));

    [TestCase("hmac=79395ca6836ed9527e46ded254c80df5d85061908581a9da2c51f1c7f3abb72c", "hmac=not-hex")]
    [TestCase("installation_id=inst_5f1c", "installation_id=inst_5f1c&installation_id=inst_other")]
    public void An_unreadable_redirect_is_refused_as_malformed(string original, string replacement) =>
        Assert.That(Refusal(IndependentQuery.Replace(original, replacement)), Is.EqualTo(WassistSignatureFailure.MalformedParameter));

    [Test]
    public void A_signed_timestamp_that_is_not_a_number_is_refused_as_malformed() =>
        Assert.That(Refusal(Redirect(Secret, ("installation_id", "i"), ("organization_id", "o"), ("timestamp", "soon"))), Is.EqualTo(WassistSignatureFailure.MalformedParameter));
}
