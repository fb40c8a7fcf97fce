// CUSTOM: enum query and path values as text, worked out once per enum type (NSwag's ConvertToString reflects on every call).
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Globalization;
using System.Reflection;
using System.Runtime.Serialization;

namespace Wassist.Serialization
{
    /// <summary>
    /// The text an enum value is sent as in a URL, as NSwag's <c>ConvertToString</c> writes it: a member's
    /// <see cref="EnumMemberAttribute"/> value (or its name when the attribute has none), the number of a member
    /// without the attribute, and <see cref="Enum.ToString()"/> of a value that is no member.
    /// </summary>
    internal static class QueryValues
    {
        private static readonly ConcurrentDictionary<Type, Dictionary<Enum, string>> Texts = new();

        internal static string Of(Enum value) =>
            Texts.GetOrAdd(value.GetType(), TextsOf).TryGetValue(value, out var text) ? text : Convert.ToString(value, CultureInfo.InvariantCulture)!;

        private static Dictionary<Enum, string> TextsOf(Type enumType)
        {
            var texts = new Dictionary<Enum, string>();
            foreach (var field in enumType.GetFields(BindingFlags.Public | BindingFlags.Static))
            {
                var member = (Enum)field.GetValue(null)!;
                if (texts.ContainsKey(member))
                {
                    continue; // an alias: NSwag names the value by its first member
                }

                texts[member] = field.GetCustomAttribute<EnumMemberAttribute>() is { } attribute
                    ? attribute.Value ?? field.Name
                    : Convert.ToString(Convert.ChangeType(member, Enum.GetUnderlyingType(enumType), CultureInfo.InvariantCulture), CultureInfo.InvariantCulture)!;
            }

            return texts;
        }
    }
}
