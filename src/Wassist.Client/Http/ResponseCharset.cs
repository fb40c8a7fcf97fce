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
