// CUSTOM: the configuration class of the generated clients (nswag.json), so they never check the options again; see README.md.
using System;

namespace Wassist
{
    /// <summary>
    /// The options a <see cref="WassistClient"/> checked once, shared by every resource client it creates (the
    /// generated clients' configuration class, in nswag.json), so a resource client never checks them again.
    /// </summary>
    internal sealed class CheckedOptions
    {
        /// <summary>Checks <paramref name="options"/>; throws <see cref="ArgumentException"/> naming a bad option.</summary>
        public CheckedOptions(WassistClientOptions options)
        {
            if (options is null)
            {
                throw new ArgumentNullException(nameof(options));
            }

            ApiRoot = options.Validate();
            ApiRootUri = new Uri(ApiRoot);
            Credentials = WassistCredentials.From(options);
            Secrets = new ClientSecrets(Credentials.Secrets);
            Options = options;
        }

        /// <summary>The API root with a trailing slash, from <see cref="WassistClientOptions.BaseUrl"/>.</summary>
        public string ApiRoot { get; }

        public Uri ApiRootUri { get; }

        /// <summary>How every request authenticates: the API key, or a Wassist App installation's credentials.</summary>
        public WassistCredentials Credentials { get; }

        /// <summary>What <see cref="Redaction"/> removes from every exception of these clients' calls.</summary>
        public ClientSecrets Secrets { get; }

        /// <summary>The request URLs these clients parsed, by their text.</summary>
        public RequestUris Uris { get; } = new();

        /// <summary>The options as the caller gave them.</summary>
        public WassistClientOptions Options { get; }
    }
}
