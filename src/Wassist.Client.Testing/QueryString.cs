using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace Wassist.Testing
{
    /// <summary>Reads a request's query, and writes the <c>next</c>/<c>previous</c> links of a page as DRF does.</summary>
    internal static class QueryString
    {
        internal static List<KeyValuePair<string, string>> Parse(string query) =>
            query.TrimStart('?').Split(new[] { '&' }, StringSplitOptions.RemoveEmptyEntries)
                .Select(pair => pair.Split(new[] { '=' }, 2))
                .Select(pair => new KeyValuePair<string, string>(Uri.UnescapeDataString(pair[0].Replace('+', ' ')), pair.Length > 1 ? Uri.UnescapeDataString(pair[1].Replace('+', ' ')) : ""))
                .ToList();

        internal static int? Int(List<KeyValuePair<string, string>> query, string name) =>
            query.Where(p => p.Key == name).Select(p => int.TryParse(p.Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : (int?)null).LastOrDefault();

        /// <summary>The request URL with <c>limit</c> and <c>offset</c> replaced; an offset of null drops it, as DRF's first-page link does.</summary>
        internal static string With(Uri requestUri, List<KeyValuePair<string, string>> query, int limit, int? offset)
        {
            var pairs = query.Where(p => p.Key != "limit" && p.Key != "offset").ToList();
            pairs.Add(new KeyValuePair<string, string>("limit", limit.ToString(CultureInfo.InvariantCulture)));
            if (offset is not null)
            {
                pairs.Add(new KeyValuePair<string, string>("offset", offset.Value.ToString(CultureInfo.InvariantCulture)));
            }

            return requestUri.GetLeftPart(UriPartial.Path) + "?" + string.Join("&", pairs.Select(p => Uri.EscapeDataString(p.Key) + "=" + Uri.EscapeDataString(p.Value)));
        }
    }
}
