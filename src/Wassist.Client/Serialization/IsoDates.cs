// CUSTOM: the fast path for the dates the API sends; DateTimeOffset.TryParse costs more than reading the rest of a model.
using System;

namespace Wassist.Serialization
{
    /// <summary>
    /// Reads the timestamp form the API writes, <c>2026-09-29T10:15:42.123456Z</c> (a fraction of up to 7 digits, then
    /// <c>Z</c> or an offset such as <c>+05:30</c>), without the general date parser. Any other text, and any value at
    /// the ends of the representable range, is left to <see cref="DateTimeOffset.TryParse(string, IFormatProvider, System.Globalization.DateTimeStyles, out DateTimeOffset)"/>.
    /// </summary>
    internal static class IsoDates
    {
        /// <summary>Ticks per unit of the last digit of a fraction with that many digits.</summary>
        private static readonly long[] Scale = [0, 1_000_000, 100_000, 10_000, 1_000, 100, 10, 1];

        /// <summary>Whether <paramref name="text"/> is in the API's form; then <paramref name="value"/> is what it says.</summary>
        internal static bool TryRead(string text, out DateTimeOffset value)
        {
            value = default;
            if (text.Length < 20 || text[4] != '-' || text[7] != '-' || text[10] != 'T' || text[13] != ':' || text[16] != ':'
                || !Digits(text, 0, 4, out var year) || !Digits(text, 5, 2, out var month) || !Digits(text, 8, 2, out var day)
                || !Digits(text, 11, 2, out var hour) || !Digits(text, 14, 2, out var minute) || !Digits(text, 17, 2, out var second)
                || year is < 2 or > 9998 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month)
                || hour > 23 || minute > 59 || second > 59)
            {
                return false;
            }

            var position = 19;
            long ticks = 0;
            if (text[position] == '.')
            {
                var start = ++position;
                while (position < text.Length && text[position] is >= '0' and <= '9')
                {
                    position++;
                }

                var length = position - start;
                if (length is < 1 or > 7 || !Digits(text, start, length, out var fraction))
                {
                    return false;
                }

                ticks = fraction * Scale[length];
            }

            if (!TryReadOffset(text, position, out var offset))
            {
                return false;
            }

            value = new DateTimeOffset(new DateTime(year, month, day, hour, minute, second).AddTicks(ticks), offset);
            return true;
        }

        private static bool TryReadOffset(string text, int position, out TimeSpan offset)
        {
            offset = TimeSpan.Zero;
            if (position == text.Length - 1 && text[position] == 'Z')
            {
                return true;
            }

            if (position != text.Length - 6 || text[position] is not ('+' or '-') || text[position + 3] != ':'
                || !Digits(text, position + 1, 2, out var hours) || !Digits(text, position + 4, 2, out var minutes)
                || hours > 14 || minutes > 59 || (hours == 14 && minutes > 0))
            {
                return false;
            }

            offset = new TimeSpan(hours, minutes, 0);
            if (text[position] == '-')
            {
                offset = offset.Negate();
            }

            return true;
        }

        private static bool Digits(string text, int start, int count, out int value)
        {
            value = 0;
            for (var i = start; i < start + count; i++)
            {
                var digit = text[i] - '0';
                if (digit is < 0 or > 9)
                {
                    return false;
                }

                value = value * 10 + digit;
            }

            return true;
        }
    }
}
