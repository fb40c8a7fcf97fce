// CUSTOM: rewrites the {number} path key of generated URLs; the phone-number rule request fields are checked against (RequestValueProvider); see README.md.
using System;
using System.Text;
using System.Text.RegularExpressions;

namespace Wassist
{
    /// <summary>
    /// The phone number forms the client accepts. Inputs (<c>toNumber</c>, <c>fromNumber</c>) take an international
    /// (E.164) number, with or without a leading <c>+</c>: <c>+447700900123</c> or <c>447700900123</c>; both reach the
    /// API unchanged. The <c>{number}</c> path key, and every number the API returns, is the digits without
    /// <c>+</c>. Letters, spaces, dashes, brackets, a leading 0 (a national number) and more than 15 digits are
    /// refused before anything is sent.
    /// </summary>
    public static class WassistPhoneNumbers
    {
        /// <summary>Whether <paramref name="number"/> is a number the client sends: optional <c>+</c>, then 7 to 15 digits, not starting with 0.</summary>
        public static bool IsValid(string? number) => Problem(number) is null;

        /// <summary>The <c>{number}</c> path key for a number in either input form: its digits without <c>+</c>.</summary>
        /// <exception cref="ArgumentException">The number is not in an accepted form.</exception>
        public static string ToPathKey(string number) => ToPathKey(number, nameof(number));

        private static string ToPathKey(string number, string memberName)
        {
            Check(number, memberName);
            return number.TrimStart('+');
        }

        private const string PhoneNumberPath = "api/v1/phone-numbers/";

        private static readonly Regex PathKey = new(PhoneNumberPath + "([^/?]*)/", RegexOptions.CultureInvariant);

        /// <summary>
        /// Checks the <c>{number}</c> key of a phone-number URL and rewrites it as digits without <c>+</c>, so either
        /// input form reaches the right number; a key that is not a phone number is refused before sending.
        /// </summary>
        /// <param name="url">The URL being built.</param>
        /// <param name="text">Its text as it stands, which the caller has already made.</param>
        internal static void NormalizePathKey(StringBuilder url, string text)
        {
            // Most URLs are not phone-number URLs: a plain search rules them out before the pattern runs.
            if (text.IndexOf(PhoneNumberPath, StringComparison.Ordinal) < 0)
            {
                return;
            }

            var match = PathKey.Match(text);
            if (!match.Success)
            {
                return;
            }

            var key = ToPathKey(Uri.UnescapeDataString(match.Groups[1].Value), "number");
            url.Remove(match.Groups[1].Index, match.Groups[1].Length).Insert(match.Groups[1].Index, key);
        }

        internal static void Check(string? number, string memberName)
        {
            if (Problem(number) is { } problem)
            {
                throw new ArgumentException(
                    $"{memberName} '{number}' is not a phone number the Wassist API accepts: {problem}. Give the international number as digits, with or without a leading '+', e.g. +447700900123.",
                    memberName);
            }
        }

        private static string? Problem(string? number)
        {
            if (string.IsNullOrEmpty(number))
            {
                return "it is empty";
            }

            // The digits are number[start..]: checked in place, as this runs for every number a request writes.
            var start = number![0] == '+' ? 1 : 0;
            for (var i = start; i < number.Length; i++)
            {
                var c = number[i];
                if (char.IsLetter(c))
                {
                    return "it contains letters";
                }

                if (c < '0' || c > '9')
                {
                    return $"it contains '{c}'; only digits may follow the '+'";
                }
            }

            var digits = number.Length - start;
            if (digits > 0 && number[start] == '0')
            {
                return "it starts with 0, which is a national or trunk prefix; start with the country code instead";
            }

            return digits is < 7 or > 15 ? $"it has {digits} digits, and an international number has 7 to 15" : null;
        }
    }
}
