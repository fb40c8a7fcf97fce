// CUSTOM: reads generated list responses as a bare array or a page envelope alike; see README.md.
using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using Newtonsoft.Json;

namespace Wassist.Serialization
{
    /// <summary>
    /// Lets every list response take either shape the API uses: a page envelope <c>{count, next, previous, results}</c>
    /// or a bare array. A list-typed response reads the envelope's <c>results</c>, or the one list of an object that
    /// names its list otherwise (<c>{available_numbers: [...]}</c>); an envelope-typed response wraps a bare array as a
    /// single, last page. It streams, and reads items with <see cref="TolerantValueConverter"/>: an
    /// item that is not of the item type is left out (in an envelope, it is kept in the envelope's
    /// <c>AdditionalProperties["results"]</c>), and an envelope field of the wrong shape stays out of the items.
    /// </summary>
    internal sealed class ListShapeConverter : JsonConverter
    {
        internal static readonly ListShapeConverter Instance = new();

        private static readonly string[] EnvelopeFields = ["Count", "Next", "Previous", "Results"];

        public override bool CanWrite => false;

        public override bool CanConvert(Type objectType) => IsResponseList(objectType) || IsEnvelope(objectType);

        /// <summary>Top-level list responses: generated as IReadOnlyList&lt;T&gt;; model properties use IList&lt;T&gt;.</summary>
        internal static bool IsResponseList(Type type) =>
            type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IReadOnlyList<>);

        /// <summary>A page envelope: it has Count, Next, Previous and a Results list.</summary>
        internal static bool IsEnvelope(Type type) =>
            EnvelopeFields.All(name => type.GetProperty(name) is not null)
            && ElementTypeOf(type.GetProperty("Results")!.PropertyType) is not null;

        public override object? ReadJson(JsonReader reader, Type objectType, object? existingValue, JsonSerializer serializer)
        {
            if (reader.TokenType == JsonToken.Null)
            {
                return null;
            }

            if (reader.TokenType is not (JsonToken.StartArray or JsonToken.StartObject))
            {
                throw new JsonSerializationException($"Expected a list or a page envelope, got {reader.TokenType}.");
            }

            return IsResponseList(objectType)
                ? ReadList(reader, objectType.GetGenericArguments()[0], serializer)
                : ReadEnvelope(reader, objectType, serializer);
        }

        public override void WriteJson(JsonWriter writer, object? value, JsonSerializer serializer) =>
            throw new NotSupportedException("List shapes are only read.");

        private static IList ReadList(JsonReader reader, Type itemType, JsonSerializer serializer)
        {
            if (reader.TokenType == JsonToken.StartArray)
            {
                return TolerantValueConverter.ReadItems(reader, itemType, serializer, out _);
            }

            // The envelope's results, else the object's only list (an answer that names its list otherwise).
            IList? results = null, only = null;
            var lists = 0;
            while (reader.Read() && reader.TokenType == JsonToken.PropertyName)
            {
                var name = (string)reader.Value!;
                reader.Read();
                if (reader.TokenType != JsonToken.StartArray)
                {
                    reader.Skip();
                }
                else if (name == "results")
                {
                    results = TolerantValueConverter.ReadItems(reader, itemType, serializer, out _);
                }
                else if (++lists == 1)
                {
                    only = TolerantValueConverter.ReadItems(reader, itemType, serializer, out _);
                }
                else
                {
                    reader.Skip();
                }
            }

            return results ?? (lists == 1 ? only : null)
                ?? throw new JsonSerializationException($"Expected a list of {itemType.Name}, a page envelope with a 'results' list, or an object with one list.");
        }

        private static object ReadEnvelope(JsonReader reader, Type envelopeType, JsonSerializer serializer)
        {
            var page = Activator.CreateInstance(envelopeType)!;
            if (reader.TokenType == JsonToken.StartObject)
            {
                serializer.Populate(reader, page);
                return page;
            }

            var resultsProperty = envelopeType.GetProperty("Results")!;
            var items = TolerantValueConverter.ReadItems(reader, ElementTypeOf(resultsProperty.PropertyType)!, serializer, out _);
            resultsProperty.SetValue(page, items);
            envelopeType.GetProperty("Count")!.SetValue(page, items.Count);
            return page;
        }

        private static Type? ElementTypeOf(Type listType) =>
            listType.IsGenericType && typeof(IEnumerable).IsAssignableFrom(listType) ? listType.GetGenericArguments()[0] : null;
    }
}
