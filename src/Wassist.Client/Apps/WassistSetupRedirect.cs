using System;
using System.Collections.Generic;

namespace Wassist.Apps
{
    /// <summary>
    /// A verified setup redirect: Wassist sent an installer to the app's setup URL, after installing the app or from
    /// "Configure". Get one from <see cref="WassistApp.VerifySetupRedirect(string)"/>.
    /// </summary>
    public sealed class WassistSetupRedirect
    {
        internal WassistSetupRedirect(string installationId, string organizationId, DateTimeOffset timestamp, IReadOnlyDictionary<string, string> parameters)
        {
            InstallationId = installationId;
            OrganizationId = organizationId;
            Timestamp = timestamp;
            Parameters = parameters;
        }

        /// <summary>The installation being set up (<c>installation_id</c>).</summary>
        public string InstallationId { get; }

        /// <summary>The organisation that installed the app (<c>organization_id</c>).</summary>
        public string OrganizationId { get; }

        /// <summary>When Wassist signed the redirect (<c>timestamp</c>).</summary>
        public DateTimeOffset Timestamp { get; }

        /// <summary>Every signed query parameter, decoded, <c>hmac</c> left out; the extra ones included.</summary>
        public IReadOnlyDictionary<string, string> Parameters { get; }
    }
}
