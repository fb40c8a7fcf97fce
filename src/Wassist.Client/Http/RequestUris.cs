// CUSTOM: the parsed request URLs generated methods send to (NSwag's template parses the URL text on every call).
using System;
using System.Threading;

namespace Wassist
{
    /// <summary>
    /// Parsed request URLs by their text, shared by the resource clients of one <see cref="WassistClient"/>, so a call
    /// to the URL of an earlier call (every create, a first page, polling one item) does not parse it again. Each URL
    /// has one slot, picked by its hash; a URL replaces whatever held its slot, so ids in paths cannot make it grow.
    /// A <see cref="Uri"/> is immutable, so requests may share one.
    /// </summary>
    internal sealed class RequestUris
    {
        private const int Slots = 64;

        private readonly Uri?[] _slots = new Uri?[Slots];

        internal Uri For(string url)
        {
            var slot = (url.GetHashCode() & int.MaxValue) % Slots;
            if (Volatile.Read(ref _slots[slot]) is { } cached && string.Equals(cached.OriginalString, url, StringComparison.Ordinal))
            {
                return cached;
            }

            var uri = new Uri(url, UriKind.RelativeOrAbsolute);
            Volatile.Write(ref _slots[slot], uri);
            return uri;
        }
    }
}
