// CUSTOM: the headers generated code hands to exceptions, gathered only if one is thrown (NSwag copies them on every call).
using System.Collections;
using System.Collections.Generic;
using System.Net.Http;

namespace Wassist
{
    /// <summary>
    /// The response and content headers of a response, as NSwag's generated methods pass them to exceptions. NSwag
    /// copies every header into a dictionary on every call; this reads them only when an exception asks.
    /// </summary>
    internal sealed class ResponseHeaders(HttpResponseMessage response) : IReadOnlyDictionary<string, IEnumerable<string>>
    {
        private IReadOnlyDictionary<string, IEnumerable<string>>? _headers;

        private IReadOnlyDictionary<string, IEnumerable<string>> Headers => _headers ??= WassistApiException.HeadersOf(response);

        public IEnumerable<string> this[string key] => Headers[key];

        public IEnumerable<string> Keys => Headers.Keys;

        public IEnumerable<IEnumerable<string>> Values => Headers.Values;

        public int Count => Headers.Count;

        public bool ContainsKey(string key) => Headers.ContainsKey(key);

#if NETSTANDARD2_0
        public bool TryGetValue(string key, out IEnumerable<string> value) => Headers.TryGetValue(key, out value);
#else
        public bool TryGetValue(string key, [System.Diagnostics.CodeAnalysis.MaybeNullWhen(false)] out IEnumerable<string> value) => Headers.TryGetValue(key, out value);
#endif

        public IEnumerator<KeyValuePair<string, IEnumerable<string>>> GetEnumerator() => Headers.GetEnumerator();

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
