// CUSTOM: the per-call options every generated method attaches to its request (Client.Class.liquid); see README.md.
using System.Net.Http;

namespace Wassist
{
    /// <summary>
    /// Carries a call's <see cref="WassistRequestOptions"/> on its request: every operation attaches them (checked,
    /// with their headers added) before the request is prepared, and <see cref="WassistRetryHandler"/> reads them
    /// back from the request it is given.
    /// </summary>
    internal static class PerCallOptions
    {
        private const string Key = "Wassist.RequestOptions";

#if NET5_0_OR_GREATER
        private static readonly HttpRequestOptionsKey<WassistRequestOptions> OptionsKey = new(Key);
#endif

        /// <summary>Checks <paramref name="options"/> (throwing before anything is sent) and puts them on <paramref name="request"/>.</summary>
        internal static void Attach(HttpRequestMessage request, WassistRequestOptions? options)
        {
            if (options is null)
            {
                return;
            }

            options.Validate();
            if (options.IdempotencyKey is { } key)
            {
                request.Headers.TryAddWithoutValidation(WassistRequestOptions.IdempotencyKeyHeader, key);
            }

            foreach (var header in options.Headers ?? new System.Collections.Generic.Dictionary<string, string>())
            {
                if (!request.Headers.TryAddWithoutValidation(header.Key, header.Value))
                {
                    throw new System.ArgumentException($"{nameof(WassistRequestOptions)}.{nameof(WassistRequestOptions.Headers)} cannot set '{header.Key}' on a request: it is a content header, which the client sets from the body.", nameof(WassistRequestOptions.Headers));
                }
            }

#if NET5_0_OR_GREATER
            request.Options.Set(OptionsKey, options);
#else
            request.Properties[Key] = options;
#endif
        }

        /// <summary>The options attached to <paramref name="request"/>, or null.</summary>
        internal static WassistRequestOptions? Of(HttpRequestMessage request)
        {
#if NET5_0_OR_GREATER
            return request.Options.TryGetValue(OptionsKey, out var options) ? options : null;
#else
            return request.Properties.TryGetValue(Key, out var options) ? options as WassistRequestOptions : null;
#endif
        }
    }
}
