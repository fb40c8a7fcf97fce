using System;
using System.Collections.Generic;

namespace Wassist.Apps
{
    /// <summary>
    /// Settings for <see cref="WassistApp"/>: the app's credentials from the Wassist developer dashboard. Checked
    /// once, when the app is built; a bad value throws an <see cref="ArgumentException"/> that names the option.
    /// </summary>
    public sealed class WassistAppOptions
    {
        /// <summary>The default <see cref="SetupRedirectTolerance"/>: 300 seconds.</summary>
        public static readonly TimeSpan DefaultSetupRedirectTolerance = TimeSpan.FromMinutes(5);

        /// <summary>The app's client id: the audience of its context tokens. Required.</summary>
        public string? ClientId { get; set; }

        /// <summary>The app's client secret: signs context tokens and setup redirects, and authenticates API calls. Required.</summary>
        public string? ClientSecret { get; set; }

        /// <summary>
        /// While the client secret is being rotated, the secret it replaces: tokens and redirects signed with it are
        /// still accepted. API calls always use <see cref="ClientSecret"/>.
        /// </summary>
        public string? PreviousClientSecret { get; set; }

        /// <summary>Root of the API, <see cref="WassistClientOptions.DefaultBaseUrl"/> unless set; see <see cref="WassistClientOptions.BaseUrl"/>.</summary>
        public string BaseUrl { get; set; } = WassistClientOptions.DefaultBaseUrl;

        /// <summary>Hosts the credentials may be sent to, besides loopback; see <see cref="WassistClientOptions.AllowedHosts"/>.</summary>
        public IList<string> AllowedHosts { get; set; } = new List<string> { new Uri(WassistClientOptions.DefaultBaseUrl).Host };

        /// <summary>
        /// How far a setup redirect's <c>timestamp</c> may be from now, either way; 300 s by default.
        /// <see cref="TimeSpan.Zero"/> turns the check off.
        /// </summary>
        public TimeSpan SetupRedirectTolerance { get; set; } = DefaultSetupRedirectTolerance;

        /// <summary>Describes the options with the secrets redacted.</summary>
        public override string ToString() =>
            $"WassistAppOptions {{ ClientId = {ClientId}, BaseUrl = {BaseUrl}, ClientSecret = {Shown(ClientSecret)}, PreviousClientSecret = {Shown(PreviousClientSecret)} }}";

        /// <summary>Client options acting for one installation with these credentials.</summary>
        internal WassistClientOptions ForInstallation(string installationId) => new()
        {
            ClientId = ClientId,
            ClientSecret = ClientSecret,
            InstallationId = installationId,
            BaseUrl = BaseUrl,
            AllowedHosts = AllowedHosts,
        };

        private static string Shown(string? secret) => string.IsNullOrEmpty(secret) ? "(not set)" : "(redacted)";
    }
}
