using System;
using System.Collections.Generic;
using System.Globalization;
using System.Numerics;
using Newtonsoft.Json;

namespace Wassist.Serialization
{
    /// <summary>
    /// What a JSON scalar token means for a declared scalar type, without exceptions: each conversion returns null
    /// when the token does not fit (a string that is not a uuid, a number out of range, a value no enum member has).
    /// </summary>
    internal static class ScalarValues
    {
        private static readonly Dictionary<Type, Func<JsonToken, object?, object?>> Conversions = new()
        {
            [typeof(string)] = (token, value) => token switch
            {
                JsonToken.String => value,
                JsonToken.Boolean => (bool)value! ? "true" : "false",
                JsonToken.Integer or JsonToken.Float => System.Convert.ToString(value, CultureInfo.InvariantCulture),
                _ => null,
            },
            [typeof(bool)] = (token, value) => token == JsonToken.Boolean ? value : null,
            [typeof(int)] = Integer(int.MinValue, int.MaxValue, v => (int)v),
            [typeof(long)] = Integer(long.MinValue, long.MaxValue, v => (long)v),
            [typeof(short)] = Integer(short.MinValue, short.MaxValue, v => (short)v),
            [typeof(byte)] = Integer(byte.MinValue, byte.MaxValue, v => (byte)v),
            [typeof(double)] = (token, value) => Number(token, value),
            [typeof(float)] = (token, value) => Number(token, value) is double d && !float.IsInfinity((float)d) ? (float)d : null,
            [typeof(decimal)] = (token, value) => Number(token, value) is double d && Math.Abs(d) < (double)decimal.MaxValue ? (decimal)d : null,
            [typeof(Guid)] = (token, value) => token == JsonToken.String && Guid.TryParse((string)value!, out var guid) ? guid : null,
            [typeof(DateTimeOffset)] = (token, value) =>
                token == JsonToken.String && (IsoDates.TryRead((string)value!, out var date)
                    || DateTimeOffset.TryParse((string)value!, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out date)) ? date : null,
            [typeof(DateTime)] = (token, value) =>
                token == JsonToken.String && DateTime.TryParse((string)value!, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var date) ? date : null,
            [typeof(TimeSpan)] = (token, value) =>
                token == JsonToken.String && TimeSpan.TryParse((string)value!, CultureInfo.InvariantCulture, out var span) ? span : null,
            [typeof(Uri)] = (token, value) =>
                token == JsonToken.String && Uri.TryCreate((string)value!, UriKind.RelativeOrAbsolute, out var uri) ? uri : null,
        };

        /// <summary>The conversion for a scalar type (not an enum), or null when the type is not a scalar.</summary>
        internal static Func<JsonToken, object?, object?>? For(Type type) => Conversions.TryGetValue(type, out var convert) ? convert : null;

        /// <summary>A string enum read by its wire value (<see cref="EnumWireNames"/>).</summary>
        internal static Func<JsonToken, object?, object?> ForEnum(Type enumType)
        {
            var names = EnumWireNames.Of(enumType);
            return (token, value) => token == JsonToken.String && names.TryRead((string)value!, out var member) ? member : null;
        }

        /// <summary>An integral value in [min, max]; an integral float (3.0) counts, a fraction or anything else does not.</summary>
        private static Func<JsonToken, object?, object?> Integer(long min, long max, Func<long, object> cast) => (token, value) =>
        {
            switch (token)
            {
                case JsonToken.Integer when value is long whole:
                    return whole >= min && whole <= max ? cast(whole) : null;
                case JsonToken.Float when value is double real && Math.Floor(real) == real && real >= min && real < (double)max + 1.0:
                    return cast((long)real);
                default:
                    return null;
            }
        };

        private static double? Number(JsonToken token, object? value) => token switch
        {
            JsonToken.Integer when value is BigInteger big => (double)big,
            JsonToken.Integer or JsonToken.Float when System.Convert.ToDouble(value, CultureInfo.InvariantCulture) is var d && !double.IsInfinity(d) && !double.IsNaN(d) => d,
            _ => null,
        };
    }
}
