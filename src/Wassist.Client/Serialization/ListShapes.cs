// CUSTOM: reads generated list responses as a bare array or a page envelope alike; see README.md.
using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Wassist.Serialization
{
    /// <summary>
    /// Lets every list response take either shape the API uses: a page envelope <c>{count, next, previous, results}</c>
    /// or a bare array. A list-typed response reads the envelope's <c>results</c>; an envelope-typed response wraps a
    /// bare array as a single, last page.
    /// </summary>
    internal sealed class ListShapeConverter : JsonConverter
    {
        internal static readonly ListShapeConverter Instance = new();

        public override bool CanWrite => false;

        public override bool CanConvert(Type objectType) => IsResponseList(objectType) || IsEnvelope(objectType);

        /// <summary>Top-level list responses: generated as IReadOnlyList&lt;T&gt;; model properties use IList&lt;T&gt;.</summary>
        internal static bool IsResponseList(Type type) =>
            type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IReadOnlyList<>);

        /// <summary>A generated page envelope: it has Count, Next, Previous and a Results list.</summary>
        internal static bool IsEnvelope(Type type) =>
            new[] { "Count", "Next", "Previous", "Results" }.All(name => type.GetProperty(name) is not null)
            && ElementTypeOf(type.GetProperty("Results")!.PropertyType) is not null;

        public override object? ReadJson(JsonReader reader, Type objectType, object? existingValue, JsonSerializer serializer)
        {
            var token = JToken.Load(reader);
            if (token.Type == JTokenType.Null)
            {
                return null;
            }

            if (IsResponseList(objectType))
            {
                var items = token is JObject envelope && envelope["results"] is JArray results ? results : token;
                return ToList(items, objectType.GetGenericArguments()[0], serializer);
            }

            var page = Activator.CreateInstance(objectType)!;
            if (token is JArray bareArray)
            {
                var resultsProperty = objectType.GetProperty("Results")!;
                resultsProperty.SetValue(page, ToList(bareArray, ElementTypeOf(resultsProperty.PropertyType)!, serializer));
                objectType.GetProperty("Count")!.SetValue(page, bareArray.Count);
                return page;
            }

            using var tokenReader = token.CreateReader();
            serializer.Populate(tokenReader, page);
            return page;
        }

        public override void WriteJson(JsonWriter writer, object? value, JsonSerializer serializer) =>
            throw new NotSupportedException("List shapes are only read.");

        private static IList ToList(JToken items, Type elementType, JsonSerializer serializer)
        {
            if (items is not JArray array)
            {
                throw new JsonSerializationException($"Expected a list of {elementType.Name} or a page envelope with results, got {items.Type}.");
            }

            var list = (IList)Activator.CreateInstance(typeof(List<>).MakeGenericType(elementType))!;
            foreach (var item in array)
            {
                list.Add(item.ToObject(elementType, serializer));
            }

            return list;
        }

        private static Type? ElementTypeOf(Type listType) =>
            listType.IsGenericType && typeof(IEnumerable).IsAssignableFrom(listType) ? listType.GetGenericArguments()[0] : null;
    }
}
