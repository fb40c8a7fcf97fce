// CUSTOM: the redaction every WassistApiException (generated code throws them too) passes its contents through; see README.md.
using System.Globalization;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using System.Threading;

namespace Wassist
{
    /// <summary>
    /// Removes the calling client's secrets from text that may end up in exceptions or logs. A client enters its
    /// <see cref="ClientSecrets"/> at the start of each call (<see cref="Enter"/>); <see cref="WassistApiException"/>
    /// passes everything it carries through <see cref="Redact"/>, whichever path built it during that call (an error
    /// answer, an undeclared 2xx answer, a body that could not be read, a network failure in the retry handler).
    /// </summary>
    internal static class Redaction
    {
        internal const string Placeholder = "[redacted]";

        // Flows with the call: set in a synchronous hook of the generated method, it holds for the rest of that
        // method (and everything it calls) and never leaks to the caller or to other calls.
        private static readonly AsyncLocal<ClientSecrets?> Current = new();

        internal static void Enter(ClientSecrets secrets) => Current.Value = secrets;

        /// <summary>The text with the current call's secrets, in any of their encodings, replaced by <see cref="Placeholder"/>.</summary>
        internal static string? Redact(string? text) =>
            string.IsNullOrEmpty(text) || Current.Value is not { } secrets ? text : secrets.Pattern.Replace(text, Placeholder);

        /// <summary>Whether <paramref name="text"/> holds one of the current call's secrets.</summary>
        internal static bool Contains(string? text) =>
            !string.IsNullOrEmpty(text) && Current.Value is { } secrets && secrets.Pattern.IsMatch(text);
    }

    /// <summary>
    /// The secrets one client sends, and the pattern that finds them: each as sent, JSON-escaped (<c>\u0077</c>,
    /// <c>\/</c>) and URL-encoded (<c>%2B</c>), character by character. The pattern is built on first use, so
    /// building a client stays cheap.
    /// </summary>
    internal sealed class ClientSecrets
    {
        private readonly string[] _values;
        private Regex? _pattern;

        internal ClientSecrets(params string[] values) => _values = values.Where(v => !string.IsNullOrEmpty(v)).ToArray();

        internal Regex Pattern => _pattern ??= Build(_values);

        private static Regex Build(string[] values)
        {
            var pattern = new StringBuilder("(?!)");
            foreach (var value in values)
            {
                pattern.Append('|');
                foreach (var c in value)
                {
                    var code = (int)c;
                    // Hex digits of an escape match in either case: (?i:...) applies to them alone, never to the secret.
                    pattern.Append("(?:").Append(Regex.Escape(c.ToString()))
                        .Append(@"|\\u(?i:").Append(code.ToString("X4", CultureInfo.InvariantCulture)).Append(')');
                    if (code < 0x80)
                    {
                        pattern.Append("|%(?i:").Append(code.ToString("X2", CultureInfo.InvariantCulture)).Append(')');
                    }

                    if (c is '/' or '"' or '\\')
                    {
                        pattern.Append(@"|\\").Append(Regex.Escape(c.ToString()));
                    }

                    pattern.Append(')');
                }
            }

            return new Regex(pattern.ToString(), RegexOptions.CultureInvariant);
        }
    }
}
