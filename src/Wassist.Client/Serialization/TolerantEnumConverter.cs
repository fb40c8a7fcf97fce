// CUSTOM: replaces the StringEnumConverter NSwag puts on generated enums, so unknown values do not throw; see README.md.
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Runtime.Serialization;
using Newtonsoft.Json;
using Newtonsoft.Json.Converters;

namespace Wassist.Serialization
{
    /// <summary>
    /// Reads a string enum by its wire value and yields an <see cref="UnknownEnumValue"/> for a value the generated
    /// enum lacks, instead of throwing or guessing a member. Writes like <see cref="StringEnumConverter"/>.
    /// </summary>
    internal sealed class TolerantEnumConverter : StringEnumConverter
    {
        internal static readonly TolerantEnumConverter Instance = new();

        private static readonly ConcurrentDictionary<Type, IReadOnlyDictionary<string, object>> KnownValues = new();

        public override object? ReadJson(JsonReader reader, Type objectType, object? existingValue, JsonSerializer serializer)
        {
            if (reader.TokenType == JsonToken.Null)
            {
                return null;
            }

            var enumType = Nullable.GetUnderlyingType(objectType) ?? objectType;
            if (reader.TokenType == JsonToken.String
                && KnownValues.GetOrAdd(enumType, ValuesOf).TryGetValue((string)reader.Value!, out var member))
            {
                return member;
            }

            return new UnknownEnumValue(reader.Value);
        }

        private static IReadOnlyDictionary<string, object> ValuesOf(Type enumType) =>
            enumType.GetFields(BindingFlags.Public | BindingFlags.Static).ToDictionary(
                f => f.GetCustomAttribute<EnumMemberAttribute>()?.Value ?? f.Name,
                f => f.GetValue(null)!,
                StringComparer.Ordinal);
    }

    /// <summary>A wire value the generated enum does not define; it never reaches a model property.</summary>
    internal sealed class UnknownEnumValue
    {
        internal UnknownEnumValue(object? raw) => Raw = raw;

        internal object? Raw { get; }
    }

    /// <summary>Stores an <see cref="UnknownEnumValue"/> in the model's extension data instead of the enum property.</summary>
    internal sealed class UnknownEnumValueProvider : Newtonsoft.Json.Serialization.IValueProvider
    {
        private readonly Newtonsoft.Json.Serialization.IValueProvider _inner;
        private readonly string _jsonName;
        private readonly Newtonsoft.Json.Serialization.ExtensionDataSetter? _extensionData;

        internal UnknownEnumValueProvider(Newtonsoft.Json.Serialization.IValueProvider inner, string jsonName, Newtonsoft.Json.Serialization.ExtensionDataSetter? extensionData)
        {
            _inner = inner;
            _jsonName = jsonName;
            _extensionData = extensionData;
        }

        public object? GetValue(object target) => _inner.GetValue(target);

        public void SetValue(object target, object? value)
        {
            if (value is UnknownEnumValue unknown)
            {
                _extensionData?.Invoke(target, _jsonName, unknown.Raw);
                return;
            }

            _inner.SetValue(target, value);
        }
    }
}
