// CUSTOM: lets generated methods read a body whose charset the runtime lacks; see README.md.
using System;
using System.Net.Http;
using System.Text;

namespace Wassist
{
    /// <summary>
    /// <see cref="HttpContent.ReadAsStringAsync()"/> throws <see cref="InvalidOperationException"/> on a charset this
    /// runtime does not have (<c>windows-1252</c>, <c>shift_jis</c>, <c>utf8</c> without a code-pages provider), which
    /// would hide the answer behind the wrong exception. Such a charset is dropped, so the body is read as UTF-8.
    /// </summary>
    internal static class ResponseCharset
    {
        internal static void Normalize(HttpContent? content)
        {
#if NET6_0_OR_GREATER
            // Most answers name no charset: then the header is not even parsed.
            if (content is null || !content.Headers.NonValidated.TryGetValues("Content-Type", out var raw)
                || raw.ToString().IndexOf("charset", StringComparison.OrdinalIgnoreCase) < 0)
            {
                return;
            }
#endif
            var type = content?.Headers.ContentType;
            var charset = type?.CharSet?.Trim(' ', '"');
            if (string.IsNullOrEmpty(charset) || string.Equals(charset, "utf-8", StringComparison.OrdinalIgnoreCase))
            {
                return;
            }

            try
            {
                Encoding.GetEncoding(charset!);
            }
            catch (ArgumentException)
            {
                type!.CharSet = null;
            }
        }
    }
}
