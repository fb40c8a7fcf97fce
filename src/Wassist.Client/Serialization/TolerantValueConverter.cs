// CUSTOM: reads every value of a generated response model, keeping what does not fit in AdditionalProperties; see README.md.
using System;
using System.Collections;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Wassist.Serialization
{
    /// <summary>
    /// The one reader of response values. Every property of a response model, every item of a list and every value of
    /// a dictionary is read through it. A value of the wrong JSON kind for its declared type (an object or array where
    /// a scalar or enum is declared, a scalar where an object or list is, a string that is not a uuid or date where
    /// one is declared, an integer out of range, an enum value the client does not know) is consumed whole and
    /// yields an <see cref="UnreadableValue"/>: the property stays unset and the raw value goes to the model's
    /// <c>AdditionalProperties</c>, so it can neither fail the response nor spill into the surrounding model. A list
    /// or dictionary keeps the members it could read (<see cref="PartlyReadValue"/>); the raw ones it could not read
    /// are kept beside it.
    /// </summary>
    internal sealed class TolerantValueConverter : JsonConverter
    {
        private static readonly ConcurrentDictionary<Type, ValueKind> Kinds = new();

        /// <summary>The list a top-level list response is read into, by item type, worked out once per type.</summary>
        private static readonly ConcurrentDictionary<Type, ValueKind> ListKinds = new();

        private readonly JsonConverter? _writer;

        /// <summary>The property's declared type and how it is read, worked out when the contract is made, not per value.</summary>
        private readonly Type _type;
        private readonly ValueKind _kind;

        private TolerantValueConverter(JsonConverter? writer, Type type)
        {
            _writer = writer;
            _type = type;
            _kind = Kinds.GetOrAdd(type, ValueKind.Of);
        }

        public override bool CanWrite => _writer?.CanWrite ?? false;

        /// <summary>
        /// The converter for a property of <paramref name="propertyType"/>; writing still goes through the property's
        /// own converter, if any (enums).
        /// </summary>
        internal static TolerantValueConverter For(JsonConverter? propertyConverter, Type propertyType) => new(propertyConverter, propertyType);

        public override bool CanConvert(Type objectType) => true;

        /// <summary>Only ever asked for its property's declared type, whose kind it already holds.</summary>
        public override object? ReadJson(JsonReader reader, Type objectType, object? existingValue, JsonSerializer serializer) =>
            Read(reader, _kind, _type, serializer);

        public override void WriteJson(JsonWriter writer, object? value, JsonSerializer serializer) =>
            (_writer ?? throw new NotSupportedException("This value is written by the serializer itself.")).WriteJson(writer, value, serializer);

        /// <summary>Reads the value at the reader's current token as <paramref name="type"/>, leaving the reader on its last token.</summary>
        internal static object? Read(JsonReader reader, Type type, JsonSerializer serializer) =>
            Read(reader, Kinds.GetOrAdd(type, ValueKind.Of), type, serializer);

        private static object? Read(JsonReader reader, ValueKind kind, Type type, JsonSerializer serializer)
        {
            if (reader.TokenType is JsonToken.Null or JsonToken.Undefined)
            {
                return null;
            }

            var structured = reader.TokenType is JsonToken.StartObject or JsonToken.StartArray or JsonToken.StartConstructor;
            switch (kind.Category)
            {
                case Category.Any:
                    return serializer.Deserialize(reader, type);
                case Category.Scalar:
                    return structured
                        ? Unreadable(reader)
                        : kind.Convert!(reader.TokenType, reader.Value) ?? new UnreadableValue(reader.Value);
                case Category.Object:
                    return reader.TokenType == JsonToken.StartObject ? serializer.Deserialize(reader, type) : Unreadable(reader);
                case Category.List:
                    return reader.TokenType == JsonToken.StartArray ? ReadList(reader, kind, serializer) : Unreadable(reader);
                case Category.Dictionary:
                    return reader.TokenType == JsonToken.StartObject ? ReadDictionary(reader, kind, serializer) : Unreadable(reader);
                default:
                    return ReadCustom(reader, type, serializer);
            }
        }

        /// <summary>
        /// Reads the items of the array the reader is on, keeping those of the item type; the raw items that are not
        /// come back in <paramref name="unreadable"/> (null when there are none).
        /// </summary>
        internal static IList ReadItems(JsonReader reader, Type itemType, JsonSerializer serializer, out JArray? unreadable) =>
            ReadItems(reader, ListKinds.GetOrAdd(itemType, ValueKind.ListOf), itemType, serializer, out unreadable);

        private static object ReadList(JsonReader reader, ValueKind kind, JsonSerializer serializer)
        {
            var items = ReadItems(reader, kind.ItemType!, serializer, out var unreadable);
            var value = kind.FromList!(items);
            return unreadable is null ? value : new PartlyReadValue(value, unreadable);
        }

        private static IList ReadItems(JsonReader reader, ValueKind listKind, Type itemType, JsonSerializer serializer, out JArray? unreadable)
        {
            var items = (IList)Activator.CreateInstance(listKind.ListType!)!;
            unreadable = null;
            while (reader.Read() && reader.TokenType != JsonToken.EndArray)
            {
                var item = Read(reader, itemType, serializer);
                if (item is UnreadableValue bad)
                {
                    (unreadable ??= new JArray()).Add(bad.Token);
                }
                else if (item is PartlyReadValue partly)
                {
                    items.Add(partly.Value);
                }
                else if (item is null && itemType.IsValueType && Nullable.GetUnderlyingType(itemType) is null)
                {
                    (unreadable ??= new JArray()).Add(JValue.CreateNull());
                }
                else
                {
                    items.Add(item);
                }
            }

            return items;
        }

        private static object ReadDictionary(JsonReader reader, ValueKind kind, JsonSerializer serializer)
        {
            var dictionary = (IDictionary)Activator.CreateInstance(kind.ListType!)!;
            JObject? unreadable = null;
            while (reader.Read() && reader.TokenType == JsonToken.PropertyName)
            {
                var name = (string)reader.Value!;
                reader.Read();
                var value = Read(reader, kind.ItemType!, serializer);
                if (value is UnreadableValue bad)
                {
                    (unreadable ??= new JObject())[name] = bad.Token;
                }
                else
                {
                    dictionary[name] = value is PartlyReadValue partly ? partly.Value : value;
                }
            }

            return unreadable is null ? dictionary : new PartlyReadValue(dictionary, unreadable);
        }

        /// <summary>A type with its own converter: read from a loaded copy, so a failure leaves the reader where it should be.</summary>
        private static object? ReadCustom(JsonReader reader, Type type, JsonSerializer serializer)
        {
            var token = JToken.Load(reader);
            try
            {
                return token.ToObject(type, serializer);
            }
            catch (Exception e) when (e is JsonException or FormatException or InvalidCastException or OverflowException or ArgumentException)
            {
                return new UnreadableValue(token);
            }
        }

        private static UnreadableValue Unreadable(JsonReader reader) => new(JToken.Load(reader));

        private enum Category
        {
            Any,
            Scalar,
            Object,
            List,
            Dictionary,
            Custom,
        }

        /// <summary>How a declared type is read, worked out once per type.</summary>
        private sealed class ValueKind
        {
            internal Category Category { get; private set; }

            /// <summary>Scalars: the value for a primitive token, or null when the token does not fit the type.</summary>
            internal Func<JsonToken, object?, object?>? Convert { get; private set; }

            /// <summary>Lists and dictionaries: the type of their items or values.</summary>
            internal Type? ItemType { get; private set; }

            /// <summary>Lists and dictionaries: the concrete type filled while reading.</summary>
            internal Type? ListType { get; private set; }

            /// <summary>Lists: turns the filled list into the declared type (an array, or the list itself).</summary>
            internal Func<IList, object>? FromList { get; private set; }

            internal static ValueKind ListOf(Type itemType) => new()
            {
                Category = Category.List,
                ItemType = itemType,
                ListType = typeof(List<>).MakeGenericType(itemType),
            };

            internal static ValueKind Of(Type type)
            {
                if (type == typeof(object) || typeof(JToken).IsAssignableFrom(type))
                {
                    return new ValueKind { Category = Category.Any };
                }

                var underlying = Nullable.GetUnderlyingType(type) ?? type;
                if (underlying.IsEnum)
                {
                    return new ValueKind { Category = Category.Scalar, Convert = ScalarValues.ForEnum(underlying) };
                }

                if (ScalarValues.For(underlying) is { } convert)
                {
                    return new ValueKind { Category = Category.Scalar, Convert = convert };
                }

                if (underlying.GetCustomAttribute<JsonConverterAttribute>() is not null)
                {
                    return new ValueKind { Category = Category.Custom };
                }

                if (DictionaryValueType(underlying) is { } valueType)
                {
                    return new ValueKind
                    {
                        Category = Category.Dictionary,
                        ItemType = valueType,
                        ListType = typeof(Dictionary<,>).MakeGenericType(typeof(string), valueType),
                    };
                }

                if (ItemTypeOf(underlying) is { } itemType)
                {
                    var kind = ListOf(itemType);
                    kind.FromList = underlying.IsArray ? ToArray(itemType) : list => list;
                    return kind;
                }

                return new ValueKind { Category = Category.Object };
            }

            private static Func<IList, object> ToArray(Type itemType) => list =>
            {
                var array = Array.CreateInstance(itemType, list.Count);
                list.CopyTo(array, 0);
                return array;
            };

            private static Type? DictionaryValueType(Type type) =>
                GenericInterfaces(type, typeof(IDictionary<,>), typeof(IReadOnlyDictionary<,>))
                    .Where(arguments => arguments[0] == typeof(string))
                    .Select(arguments => arguments[1])
                    .FirstOrDefault();

            private static Type? ItemTypeOf(Type type) =>
                GenericInterfaces(type, typeof(IEnumerable<>)).Select(arguments => arguments[0]).FirstOrDefault();

            /// <summary>The generic interfaces of <paramref name="type"/> (itself included, when it is one) made from <paramref name="definitions"/>.</summary>
            private static IEnumerable<Type[]> GenericInterfaces(Type type, params Type[] definitions) =>
                type.GetInterfaces().Append(type)
                    .Where(i => i.IsGenericType && definitions.Contains(i.GetGenericTypeDefinition()))
                    .Select(i => i.GetGenericArguments());
        }
    }

    /// <summary>A response value that does not fit its declared type; it never reaches a model property.</summary>
    internal sealed class UnreadableValue
    {
        internal UnreadableValue(object? raw) => Raw = raw is JValue value ? value.Value : raw;

        /// <summary>The value as it would sit in <c>AdditionalProperties</c>: a plain value for a JSON scalar, else the JSON.</summary>
        internal object? Raw { get; }

        internal JToken Token => Raw as JToken ?? new JValue(Raw);
    }

    /// <summary>A list or dictionary with the members that could be read, and the raw ones that could not.</summary>
    internal sealed class PartlyReadValue
    {
        internal PartlyReadValue(object value, JToken unreadable)
        {
            Value = value;
            Unreadable = unreadable;
        }

        internal object Value { get; }

        internal JToken Unreadable { get; }
    }

    /// <summary>
    /// Sets a model property from what <see cref="TolerantValueConverter"/> read: an unreadable value goes to the
    /// model's extension data (<c>AdditionalProperties</c>) under the property's JSON name instead of the property;
    /// the unreadable members of a list or dictionary go there too, beside the members that were read.
    /// </summary>
    internal sealed class TolerantValueProvider(Newtonsoft.Json.Serialization.IValueProvider inner, string jsonName, Newtonsoft.Json.Serialization.ExtensionDataSetter? extensionData)
        : Newtonsoft.Json.Serialization.IValueProvider
    {
        public object? GetValue(object target) => inner.GetValue(target);

        public void SetValue(object target, object? value)
        {
            switch (value)
            {
                case UnreadableValue unreadable:
                    extensionData?.Invoke(target, jsonName, unreadable.Raw);
                    break;
                case PartlyReadValue partly:
                    inner.SetValue(target, partly.Value);
                    extensionData?.Invoke(target, jsonName, partly.Unreadable);
                    break;
                default:
                    inner.SetValue(target, value);
                    break;
            }
        }
    }
}
