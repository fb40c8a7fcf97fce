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
            var charset = type?.CharSet;
            if (charset is null || string.Equals(charset, "utf-8", StringComparison.OrdinalIgnoreCase))
            {
                return;
            }

            // ReadAsStringAsync looks the charset up as it stands, at most without one pair of quotes: so the name is
            // checked the same way (charset="" or charset=" utf-8 " would fail there), and a quoted name that is
            // found is left bare, which every runtime reads.
            var name = charset.Length > 2 && charset[0] == '"' && charset[charset.Length - 1] == '"' ? charset.Substring(1, charset.Length - 2) : charset;
            try
            {
                Encoding.GetEncoding(name);
                if (name.Length != charset.Length)
                {
                    type!.CharSet = name;
                }
            }
            catch (ArgumentException)
            {
                type!.CharSet = null;
            }
        }
    }
}
