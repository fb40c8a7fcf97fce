using System;
using System.Threading;
using NUnit.Framework;

namespace Wassist.Client.Tests;

/// <summary>
/// Each refused client option is named with a message that says what to set, and each range is checked on both
/// sides of its limit: the largest accepted value and the smallest refused one.
/// </summary>
public class ClientOptionsBoundaryTests
{
    private const string Key = "wsk_test_key";

    private static void AssertRefused(WassistClientOptions options, string paramName, string message)
    {
        var error = WassistClientOptionsTests.Rejects(options);
        Assert.That(error.ParamName, Is.EqualTo(paramName));
        Assert.That(error.Message, Is.EqualTo($"{message} (Parameter '{paramName}')"));
    }

    private static void AssertAccepted(WassistClientOptions options) =>
        Assert.That(options.Validate(), Is.EqualTo("https://backend.wassist.app/"));

    [TestCase("not a url")]
    [TestCase("ftp://backend.wassist.app")]
    public void A_base_url_that_is_not_absolute_http_is_refused_with_an_example(string baseUrl) =>
        AssertRefused(new WassistClientOptions { ApiKey = Key, BaseUrl = baseUrl }, "BaseUrl",
            "BaseUrl must be an absolute https URL such as https://backend.wassist.app.");

    [Test]
    public void A_host_outside_the_allowed_hosts_is_refused_listing_them() =>
        AssertRefused(new WassistClientOptions { ApiKey = Key, BaseUrl = "https://api.example.test" }, "BaseUrl",
            "BaseUrl points at 'api.example.test', which is not in AllowedHosts (backend.wassist.app); the API key is sent only to allowed hosts. Add the host to AllowedHosts if you mean to send your key there.");

    [Test]
    public void Without_allowed_hosts_every_non_loopback_host_is_refused() =>
        AssertRefused(new WassistClientOptions { ApiKey = Key, AllowedHosts = null! }, "BaseUrl",
            "BaseUrl points at 'backend.wassist.app', which is not in AllowedHosts (); the API key is sent only to allowed hosts. Add the host to AllowedHosts if you mean to send your key there.");

    [TestCase("https://backend.wassist.app/?x=1")]
    [TestCase("https://backend.wassist.app/#top")]
    public void A_base_url_with_a_query_or_fragment_is_refused(string baseUrl) =>
        AssertRefused(new WassistClientOptions { ApiKey = Key, BaseUrl = baseUrl }, "BaseUrl",
            "BaseUrl must not carry a query or fragment; give only the API root, such as https://backend.wassist.app.");

    [TestCase(0)]
    [TestCase(10)]
    public void Max_retries_from_zero_to_ten_is_accepted(int retries) =>
        AssertAccepted(new WassistClientOptions { ApiKey = Key, MaxRetries = retries });

    [TestCase(-1)]
    [TestCase(11)]
    public void Max_retries_outside_zero_to_ten_is_refused_with_the_value(int retries) =>
        AssertRefused(new WassistClientOptions { ApiKey = Key, MaxRetries = retries }, "MaxRetries",
            $"MaxRetries must be between 0 and 10; it is {retries}.");

    [TestCase(0L)]
    [TestCase(36_000_000_000L)]
    public void Retry_delays_from_zero_to_one_hour_are_accepted(long ticks) =>
        AssertAccepted(new WassistClientOptions { ApiKey = Key, InitialRetryDelay = new TimeSpan(ticks), MaxRetryDelay = new TimeSpan(ticks) });

    [TestCase(-1L, "-00:00:00.0000001")]
    [TestCase(36_000_000_001L, "01:00:00.0000001")]
    public void An_initial_retry_delay_outside_zero_to_one_hour_is_refused(long ticks, string shown) =>
        AssertRefused(new WassistClientOptions { ApiKey = Key, InitialRetryDelay = new TimeSpan(ticks) }, "InitialRetryDelay",
            $"InitialRetryDelay must be between zero and one hour; it is {shown}.");

    [TestCase(-1L, "-00:00:00.0000001")]
    [TestCase(36_000_000_001L, "01:00:00.0000001")]
    public void A_max_retry_delay_outside_zero_to_one_hour_is_refused(long ticks, string shown) =>
        AssertRefused(new WassistClientOptions { ApiKey = Key, MaxRetryDelay = new TimeSpan(ticks) }, "MaxRetryDelay",
            $"MaxRetryDelay must be between zero and one hour; it is {shown}.");

    [TestCase(1L)]
    [TestCase(int.MaxValue * 10_000L)]
    [TestCase(-10_000L)]
    public void Timeouts_up_to_int_max_milliseconds_or_infinite_are_accepted(long ticks) =>
        AssertAccepted(new WassistClientOptions { ApiKey = Key, Timeout = new TimeSpan(ticks), AttemptTimeout = new TimeSpan(ticks) });

    [TestCase(0L, "00:00:00")]
    [TestCase(int.MaxValue * 10_000L + 1, "24.20:31:23.6470001")]
    public void A_timeout_that_is_not_positive_or_too_long_is_refused(long ticks, string shown) =>
        AssertRefused(new WassistClientOptions { ApiKey = Key, Timeout = new TimeSpan(ticks) }, "Timeout",
            $"Timeout must be positive (or Timeout.InfiniteTimeSpan); it is {shown}.");

    [TestCase(0L, "00:00:00")]
    [TestCase(-20_000L, "-00:00:00.0020000")]
    public void An_attempt_timeout_that_is_not_positive_is_refused(long ticks, string shown) =>
        AssertRefused(new WassistClientOptions { ApiKey = Key, AttemptTimeout = new TimeSpan(ticks) }, "AttemptTimeout",
            $"AttemptTimeout must be positive (or Timeout.InfiniteTimeSpan); it is {shown}.");

    [TestCase("!")]
    [TestCase("~")]
    [TestCase("wsk_!~")]
    public void A_key_of_printable_ascii_from_bang_to_tilde_is_accepted(string key) =>
        AssertAccepted(new WassistClientOptions { ApiKey = key });

    [TestCase("wsk test")]
    [TestCase("wsk\u007f")]
    [TestCase("wsk\u00e9")]
    [TestCase("wsk\t")]
    public void A_key_with_a_space_control_or_non_ascii_character_is_refused_without_echoing_it(string key) =>
        AssertRefused(new WassistClientOptions { ApiKey = key }, "ApiKey",
            "ApiKey contains a space, a line break, a control or a non-ASCII character; copy it again exactly as the dashboard shows it.");

    [Test]
    public void A_client_secret_with_a_space_is_refused_by_its_own_name() =>
        AssertRefused(new WassistClientOptions { ClientId = "app_1", ClientSecret = "cs 1", InstallationId = "inst_1" }, "ClientSecret",
            "ClientSecret contains a space, a line break, a control or a non-ASCII character; copy it again exactly as the dashboard shows it.");

    [TestCase(":app")]
    [TestCase("app:1")]
    public void A_client_id_with_a_colon_anywhere_is_refused(string clientId) =>
        AssertRefused(new WassistClientOptions { ClientId = clientId, ClientSecret = "cs_1", InstallationId = "inst_1" }, "ClientId",
            "ClientId cannot contain ':'; Basic authentication separates the id from the secret with it.");

    [Test]
    public void Any_one_app_credential_with_an_api_key_is_refused_as_both()
    {
        const string Both = "Set either ApiKey or the app credentials (ClientId, ClientSecret, InstallationId), not both.";

        AssertRefused(new WassistClientOptions { ApiKey = Key, ClientId = "app_1" }, "ApiKey", Both);
        AssertRefused(new WassistClientOptions { ApiKey = Key, ClientSecret = "cs_1" }, "ApiKey", Both);
        AssertRefused(new WassistClientOptions { ApiKey = Key, InstallationId = "inst_1" }, "ApiKey", Both);
    }

    [Test]
    public void Blank_app_credentials_beside_an_api_key_count_as_unset() =>
        AssertAccepted(new WassistClientOptions { ApiKey = Key, ClientId = " ", ClientSecret = "\t", InstallationId = "  " });

    [Test]
    public void The_description_says_which_secret_is_not_set()
    {
        Assert.That(new WassistClientOptions().ToString(),
            Is.EqualTo("WassistClientOptions { BaseUrl = https://backend.wassist.app, MaxRetries = 2, ApiKey = (not set) }"));
        Assert.That(new WassistClientOptions { ClientId = "app_1", InstallationId = "inst_1" }.ToString(),
            Is.EqualTo("WassistClientOptions { BaseUrl = https://backend.wassist.app, MaxRetries = 2, ClientId = app_1, InstallationId = inst_1, ClientSecret = (not set) }"));
    }

    [Test]
    public void The_description_redacts_a_set_secret()
    {
        Assert.That(new WassistClientOptions { ApiKey = Key }.ToString(),
            Is.EqualTo("WassistClientOptions { BaseUrl = https://backend.wassist.app, MaxRetries = 2, ApiKey = (redacted) }"));
        Assert.That(new WassistClientOptions { ClientId = "app_1", ClientSecret = "cs_1", InstallationId = "inst_1" }.ToString(),
            Is.EqualTo("WassistClientOptions { BaseUrl = https://backend.wassist.app, MaxRetries = 2, ClientId = app_1, InstallationId = inst_1, ClientSecret = (redacted) }"));
    }
}
