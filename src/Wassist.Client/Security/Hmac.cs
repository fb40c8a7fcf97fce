using System;
using System.Security.Cryptography;

namespace Wassist
{
    /// <summary>
    /// The HMAC-SHA256 pieces every Wassist signature check shares (webhooks, app context tokens, setup redirects),
    /// written against what netstandard2.0 offers.
    /// </summary>
    internal static class Hmac
    {
        internal static byte[] Sha256(byte[] key, byte[] message)
        {
            using var hmac = new HMACSHA256(key);
            return hmac.ComputeHash(message);
        }

        /// <summary>Compares in time that depends only on the length, never on where the first difference is.</summary>
        internal static bool FixedTimeEquals(byte[] a, byte[] b)
        {
            if (a.Length != b.Length)
            {
                return false;
            }

            var difference = 0;
            for (var i = 0; i < a.Length; i++)
            {
                difference |= a[i] ^ b[i];
            }

            return difference == 0;
        }

        /// <summary>Hex digits (either case) as bytes; null when the text is empty, odd-length or not hex.</summary>
        internal static byte[]? FromHex(string hex)
        {
            if (hex.Length == 0 || hex.Length % 2 != 0)
            {
                return null;
            }

            var bytes = new byte[hex.Length / 2];
            for (var i = 0; i < bytes.Length; i++)
            {
                var high = HexValue(hex[2 * i]);
                var low = HexValue(hex[(2 * i) + 1]);
                if (high < 0 || low < 0)
                {
                    return null;
                }

                bytes[i] = (byte)((high << 4) | low);
            }

            return bytes;
        }

        /// <summary>Lower-case hex digits, two a byte, as Wassist writes signatures.</summary>
        internal static string ToHex(byte[] bytes) => BitConverter.ToString(bytes).Replace("-", "").ToLowerInvariant();

        private static int HexValue(char c) => c switch
        {
            >= '0' and <= '9' => c - '0',
            >= 'a' and <= 'f' => c - 'a' + 10,
            >= 'A' and <= 'F' => c - 'A' + 10,
            _ => -1,
        };
    }
}
