// CUSTOM: the wire names of enums, worked out once per enum type, for reading responses and writing requests.
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Reflection;
using System.Runtime.Serialization;
using Newtonsoft.Json;

namespace Wassist.Serialization
{
    /// <summary>
    /// An enum's values by the text the API uses for them, and back: a member's <see cref="EnumMemberAttribute"/>
    /// value, or its name when it has none (what NSwag's <c>StringEnumConverter</c> writes).
    /// </summary>
    internal sealed class EnumWireNames
    {
        private static readonly ConcurrentDictionary<Type, EnumWireNames> All = new();

        private readonly Dictionary<string, object> _values = new(StringComparer.Ordinal);
        private readonly Dictionary<object, string> _names = new();

        private EnumWireNames(Type enumType)
        {
            EnumType = enumType;
            foreach (var field in enumType.GetFields(BindingFlags.Public | BindingFlags.Static))
            {
                var member = field.GetValue(null)!;
                var name = field.GetCustomAttribute<EnumMemberAttribute>()?.Value ?? field.Name;
                _values.Add(name, member);
                if (!_names.ContainsKey(member))
                {
                    _names.Add(member, name);
                }
            }
        }

        internal Type EnumType { get; }

        internal static EnumWireNames Of(Type enumType) => All.GetOrAdd(enumType, type => new EnumWireNames(type));

        /// <summary>The member the API's <paramref name="text"/> names, if any.</summary>
        internal bool TryRead(string text, out object member) => _values.TryGetValue(text, out member!);

        /// <summary>The API's text for <paramref name="member"/>; false for a number that is no member.</summary>
        internal bool TryWrite(object member, out string text) => _names.TryGetValue(member, out text!);
    }

    /// <summary>
    /// Writes an enum property of a request by its wire name from <see cref="EnumWireNames"/>, in place of the
    /// generated <c>StringEnumConverter</c>, which looks the name up on every write and sends a number that is no
    /// member as that number. Such a number throws an <see cref="ArgumentException"/> naming the property before
    /// anything is sent.
    /// </summary>
    internal sealed class WireEnumConverter(EnumWireNames names, string memberName) : JsonConverter
    {
        public override bool CanRead => false;

        public override bool CanConvert(Type objectType) => (Nullable.GetUnderlyingType(objectType) ?? objectType) == names.EnumType;

        // A property converter is never given null: the serializer writes or skips a null property itself.
        public override void WriteJson(JsonWriter writer, object? value, JsonSerializer serializer)
        {
            if (names.TryWrite(value!, out var text))
            {
                writer.WriteValue(text);
            }
            else
            {
                throw new ArgumentException(
                    $"{memberName} is {value}, which is not a {names.EnumType.Name} value the Wassist API knows; set it to one of the {names.EnumType.Name} members.",
                    memberName);
            }
        }

        public override object? ReadJson(JsonReader reader, Type objectType, object? existingValue, JsonSerializer serializer) =>
            throw new NotSupportedException("Request models are only written.");
    }
}
