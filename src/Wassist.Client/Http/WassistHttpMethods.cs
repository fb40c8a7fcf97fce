// CUSTOM: the HTTP methods generated requests use, made once (NSwag's template makes a new HttpMethod per call).
using System.Net.Http;

namespace Wassist
{
    /// <summary>One <see cref="HttpMethod"/> per verb; netstandard2.0 has no <c>HttpMethod.Patch</c>.</summary>
    internal static class WassistHttpMethods
    {
        internal static readonly HttpMethod Get = HttpMethod.Get;
        internal static readonly HttpMethod Post = HttpMethod.Post;
        internal static readonly HttpMethod Put = HttpMethod.Put;
        internal static readonly HttpMethod Patch = new("PATCH");
        internal static readonly HttpMethod Delete = HttpMethod.Delete;
        internal static readonly HttpMethod Head = HttpMethod.Head;
        internal static readonly HttpMethod Options = HttpMethod.Options;
    }
}
