using System;
using System.Collections.Generic;
using System.Linq;
using Newtonsoft.Json.Linq;

namespace Wassist.Testing
{
    /// <summary>
    /// In-memory state of every collection the description lets a client create in and read back: a path with a GET
    /// and a POST that answers 201 with an object that has an <c>id</c> (agents, conversations and their messages,
    /// contacts, webhooks, templates, and the like). Its item path (<c>collection/{id}/</c>) gets, updates and
    /// deletes; an operation below an item (<c>agents/{id}/deploy/</c>) answers 404 when the item does not exist.
    /// </summary>
    internal sealed class ResourceStore
    {
        private readonly HashSet<string> _collections;
        private readonly HashSet<string> _items;
        private readonly SampleBuilder _samples;
        private readonly SchemaValidator _validator;
        private readonly ApiDescription _description;
        private readonly Dictionary<string, List<JObject>> _state = new Dictionary<string, List<JObject>>(StringComparer.Ordinal);

        internal ResourceStore(ApiDescription description, SchemaValidator validator, SampleBuilder samples)
        {
            _description = description;
            _validator = validator;
            _samples = samples;
            var operations = description.Operations;
            _collections = new HashSet<string>(
                operations
                    .Where(o => o.Method == "POST" && o.SuccessStatus == 201 && description.Resolve(o.ResponseSchema)["properties"]?["id"] is not null)
                    .Where(o => operations.Any(g => g.Method == "GET" && g.PathTemplate == o.PathTemplate))
                    .Select(o => o.PathTemplate),
                StringComparer.Ordinal);
            _items = new HashSet<string>(
                operations
                    .Where(o => o.Segments.Count > 0 && ApiOperation.IsParameter(o.Segments[o.Segments.Count - 1]))
                    .Where(o => _collections.Contains(Template(o.Segments, o.Segments.Count - 1)))
                    .Select(o => o.PathTemplate),
                StringComparer.Ordinal);
        }

        /// <summary>The answer of a stateful operation, or null when the operation keeps no state.</summary>
        internal FakeResponse? Handle(ApiOperation operation, IReadOnlyList<string> segments, JToken? body, Uri requestUri, int defaultPageSize)
        {
            if (MissingOwner(operation, segments) is { } missing)
            {
                return missing;
            }

            var collection = _collections.Contains(operation.PathTemplate);
            var item = _items.Contains(operation.PathTemplate);
            switch (operation.Method)
            {
                case "GET" when collection: return List(operation, Template(segments, segments.Count), requestUri, defaultPageSize);
                case "POST" when collection: return Create(operation, Template(segments, segments.Count), body as JObject ?? new JObject());
                case "GET" when item: return Find(segments, out var found) is { } notFound ? notFound : FakeResponse.Json(operation.SuccessStatus, found!);
                case "PUT" when item:
                case "PATCH" when item: return Find(segments, out var target) is { } absent ? absent : Update(operation, target!, body as JObject ?? new JObject());
                case "DELETE" when item: return Find(segments, out var doomed) is { } gone ? gone : Delete(segments, doomed!, operation.SuccessStatus);
                default: return SameResource(operation, segments);
            }
        }

        /// <summary>A 404 when the path runs through an item that does not exist (a conversation's messages, an agent's deploy).</summary>
        private FakeResponse? MissingOwner(ApiOperation operation, IReadOnlyList<string> segments)
        {
            for (var length = 1; length < segments.Count; length++)
            {
                if (_items.Contains(Template(operation.Segments, length)) && Find(segments.Take(length).ToList(), out _) is { } notFound)
                {
                    return notFound;
                }
            }

            return null;
        }

        /// <summary>An operation below an item that answers with the item's own schema (mark read, take over) answers with the stored item.</summary>
        private FakeResponse? SameResource(ApiOperation operation, IReadOnlyList<string> segments)
        {
            var owner = Enumerable.Range(1, segments.Count - 1).Reverse()
                .FirstOrDefault(length => _items.Contains(Template(operation.Segments, length)));
            if (owner == 0 || operation.SuccessStatus != 200)
            {
                return null;
            }

            var getItem = _description.Operations.First(o => o.Method == "GET" && o.PathTemplate == Template(operation.Segments, owner));
            Find(segments.Take(owner).ToList(), out var stored);
            return stored is not null && JToken.DeepEquals(getItem.ResponseSchema, operation.ResponseSchema) ? FakeResponse.Json(200, stored) : null;
        }

        private FakeResponse List(ApiOperation operation, string key, Uri requestUri, int defaultPageSize)
        {
            // A conversation's messages are listed newest first, as the API does; every other list in creation order.
            var all = operation.OperationId == "Conversations_ListMessages" ? Items(key).AsEnumerable().Reverse().ToList() : Items(key);
            var query = QueryString.Parse(requestUri.Query);
            var offset = Math.Max(0, QueryString.Int(query, "offset") ?? 0);
            var limit = QueryString.Int(query, "limit");
            var schema = _description.Resolve(operation.ResponseSchema);
            if ((string?)schema["type"] == "array")
            {
                // A bare array: paged only when the operation declares limit and offset, and only when asked.
                var page = operation.DeclaresQuery("offset") ? all.Skip(offset) : all;
                page = operation.DeclaresQuery("limit") && limit > 0 ? page.Take(limit.Value) : page;
                return FakeResponse.Json(operation.SuccessStatus, new JArray(page));
            }

            var size = limit > 0 ? limit.Value : defaultPageSize;
            return FakeResponse.Json(operation.SuccessStatus, new JObject
            {
                ["count"] = all.Count,
                ["next"] = offset + size < all.Count ? QueryString.With(requestUri, query, size, offset + size) : null,
                ["previous"] = offset > 0 ? QueryString.With(requestUri, query, size, offset - size > 0 ? offset - size : (int?)null) : null,
                ["results"] = new JArray(all.Skip(offset).Take(size)),
            });
        }

        private FakeResponse Create(ApiOperation operation, string key, JObject body)
        {
            var schema = _description.Resolve(operation.ResponseSchema);
            var item = (JObject)_samples.Build(schema);
            item["id"] = Guid.NewGuid().ToString();
            Stamp(item, schema, "createdAt");
            Stamp(item, schema, "updatedAt");
            Merge(item, body, schema);
            CreatedResources.Shape(operation.OperationId, item, body, this);
            Items(key).Add(item);
            return FakeResponse.Json(operation.SuccessStatus, item);
        }

        private FakeResponse Update(ApiOperation operation, JObject item, JObject body)
        {
            var schema = _description.Resolve(operation.ResponseSchema);
            Merge(item, body, schema);
            Stamp(item, schema, "updatedAt");
            return FakeResponse.Json(operation.SuccessStatus, item);
        }

        private FakeResponse Delete(IReadOnlyList<string> segments, JObject item, int status)
        {
            Items(Template(segments, segments.Count - 1)).Remove(item);
            return FakeResponse.Empty(status);
        }

        /// <summary>The stored items of a collection path, such as <c>/api/v1/agents/</c>.</summary>
        internal List<JObject> Items(string key)
        {
            if (!_state.TryGetValue(key, out var items))
            {
                _state[key] = items = new List<JObject>();
            }

            return items;
        }

        /// <summary>The first stored item, in any collection whose path ends with the given segment, that satisfies the test.</summary>
        internal JObject? FindAny(string collectionSegment, Func<JObject, bool> test) =>
            _state.Where(c => c.Key.EndsWith("/" + collectionSegment + "/", StringComparison.Ordinal)).SelectMany(c => c.Value).FirstOrDefault(test);

        private FakeResponse? Find(IReadOnlyList<string> segments, out JObject? item)
        {
            var id = segments[segments.Count - 1];
            item = Items(Template(segments, segments.Count - 1)).FirstOrDefault(i => string.Equals((string?)i["id"], id, StringComparison.OrdinalIgnoreCase));
            return item is null ? FakeResponse.NotFound() : null;
        }

        /// <summary>Copies each request field the response schema has, when its value fits there (server-set <c>id</c> aside).</summary>
        private void Merge(JObject item, JObject body, JObject schema)
        {
            var properties = (JObject?)schema["properties"] ?? new JObject();
            foreach (var field in body.Properties().Where(f => f.Name != "id" && properties[f.Name] is not null))
            {
                if (_validator.Validate(field.Value, properties[field.Name], request: false) is null)
                {
                    item[field.Name] = field.Value.DeepClone();
                }
            }
        }

        private static void Stamp(JObject item, JObject schema, string property)
        {
            if (schema["properties"]?[property] is not null)
            {
                item[property] = SampleBuilder.Now();
            }
        }

        private static string Template(IReadOnlyList<string> segments, int count) => "/" + string.Join("/", segments.Take(count)) + "/";

    }
}
