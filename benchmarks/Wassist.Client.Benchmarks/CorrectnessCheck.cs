using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using Newtonsoft.Json.Linq;

namespace Wassist.Benchmarks
{
    /// <summary>
    /// Run before anything is timed: every client sends the same body (JSON-equal to the request fixture), key and
    /// URL, reads the same values as the fixtures hold, walks exactly the items asked for, and holds no more memory
    /// for a long list than for a short one. Any difference fails the run, so no number compares unequal work.
    /// </summary>
    internal static class CorrectnessCheck
    {
        /// <summary>The conversation fields every client must read, as paths in the JSON.</summary>
        private static readonly string[] Fields =
        [
            "id", "contact.id", "contact.phoneNumber", "contact.name", "activeAgent.id", "activeAgent.name",
            "chatWindowRemainingTime", "lastMessage.type", "lastMessage.body", "lastMessage.createdAt", "lastMessage.role",
            "isHumanTakeover", "active", "whatsappNumber.id", "whatsappNumber.number", "whatsappNumber.isSandbox",
            "routing", "webhookId", "routingOverride",
        ];

        /// <summary>Peak heap of each walk, by "method/items", for the Peak heap column.</summary>
        public static Dictionary<string, long> PeakHeap { get; } = new(StringComparer.Ordinal);

        public static async Task RunAsync()
        {
            using var variants = new Variants();
            var problems = new List<string>();
            void Expect(bool condition, string problem)
            {
                if (!condition)
                {
                    problems.Add(problem);
                }
            }

            foreach (var api in variants.Apis)
            {
                api.Record = true;
            }

            // Create Conversation: the body, key and URL sent, and the conversation read.
            var expected = Values(JObject.Parse(Encoding.UTF8.GetString(LiveShapedBodies.Conversation)));
            var created = new (string Name, InMemoryApi Api, Func<Task<string[]>> Call)[]
            {
                ("hand-written", variants.NewtonsoftApi, async () => Values(await variants.Newtonsoft.CreateConversationAsync(CreateInputs.HandWritten()))),
                ("generated", variants.GeneratedApi, async () => Values(await variants.Wassist.Conversations.CreateAsync(CreateInputs.Generated()))),
                ("System.Text.Json", variants.SystemTextJsonApi, async () => Values(await variants.SystemTextJson.CreateConversationAsync(CreateInputs.HandWritten()))),
            };
            foreach (var (name, api, call) in created)
            {
                var values = await call();
                var sent = api.Last!;
                Expect(values.SequenceEqual(expected), $"{name} create read [{string.Join(", ", values)}], the fixture holds [{string.Join(", ", expected)}]");
                Expect(sent.Method == "POST" && sent.Url == new Uri(Variants.ApiRoot, "api/v1/conversations/"), $"{name} create sent {sent.Method} {sent.Url}");
                Expect(sent.ApiKey == Variants.ApiKey, $"{name} create sent the key '{sent.ApiKey}'");
                var body = sent.Body is null ? null : JToken.Parse(Encoding.UTF8.GetString(sent.Body));
                Expect(JToken.DeepEquals(body, LiveShapedBodies.CreateRequest), $"{name} create sent {body?.ToString(Newtonsoft.Json.Formatting.None)}, the fixture is {LiveShapedBodies.CreateRequest.ToString(Newtonsoft.Json.Formatting.None)}");
            }

            // One page of 100: the envelope and every item, against the page as sent.
            var page = JObject.Parse(Encoding.UTF8.GetString(LiveShapedBodies.Page(0, 100, variants.GeneratedApi.Total)));
            var expectedPage = PageValues(page["count"]!, page["next"]!, page["previous"]!, ((JArray)page["results"]!).Select(i => Values((JObject)i)));
            var listed = new (string Name, InMemoryApi Api, Func<Task<string[]>> Call)[]
            {
                ("hand-written", variants.NewtonsoftApi, async () => await variants.Newtonsoft.ListConversationsAsync(100) is var p ? PageValues(p.Count, p.Next, p.Previous, p.Results.Select(Values)) : []),
                ("generated", variants.GeneratedApi, async () => await variants.Wassist.Conversations.ListAsync(limit: 100) is var p ? PageValues(p.Count, p.Next, p.Previous, p.Results.Select(Values)) : []),
                ("System.Text.Json", variants.SystemTextJsonApi, async () => await variants.SystemTextJson.ListConversationsAsync(100) is var p ? PageValues(p.Count, p.Next, p.Previous, p.Results.Select(Values)) : []),
            };
            foreach (var (name, api, call) in listed)
            {
                var values = await call();
                Expect(values.SequenceEqual(expectedPage), $"{name} read the page differently from what was sent");
                Expect(api.Last!.Url == new Uri(Variants.ApiRoot, "api/v1/conversations/?limit=100") && api.Last.ApiKey == Variants.ApiKey, $"{name} list sent {api.Last.Url} with the key '{api.Last.ApiKey}'");
            }

            foreach (var api in variants.Apis)
            {
                api.Record = false;
            }

            // Walking the list: exactly the items asked for, and memory that does not grow with them.
            foreach (var items in new[] { 1_000, 10_000 })
            {
                foreach (var api in variants.Apis)
                {
                    api.Total = items;
                }

                var walks = new (string Method, Func<Task<(int Count, long PeakBytes)>> Walk)[]
                {
                    (nameof(WalkConversations.HandWritten), () => Walk.PeakHeap(() => variants.Newtonsoft.ListAllConversationsAsync(100))),
                    (nameof(WalkConversations.Generated), () => Walk.PeakHeap(() => variants.Wassist.Conversations.ListAllAsync(new ConversationListOptions { PageSize = 100 }))),
                    (nameof(WalkConversations.SourceGenerated), () => Walk.PeakHeap(() => variants.SystemTextJson.ListAllConversationsAsync(100))),
                };
                foreach (var (method, walk) in walks)
                {
                    await walk(); // the in-memory API builds its pages on first use: not part of the walk
                    var (count, peak) = await walk();
                    Expect(count == items, $"{method} walked {count} of {items} conversations");
                    PeakHeap[$"{method}/{items}"] = peak;
                }
            }

            foreach (var method in new[] { nameof(WalkConversations.HandWritten), nameof(WalkConversations.Generated), nameof(WalkConversations.SourceGenerated) })
            {
                long small = PeakHeap[$"{method}/1000"], large = PeakHeap[$"{method}/10000"];
                Console.WriteLine($"Peak heap of {method}: {small / 1024} KB for 1,000 conversations, {large / 1024} KB for 10,000");
                Expect(large <= small * 3 / 2 + 32 * 1024, $"{method} held {large} bytes walking 10,000 conversations against {small} walking 1,000: memory grows with the list");
            }

            if (problems.Count > 0)
            {
                throw new InvalidOperationException("The clients do not do the same work; nothing was measured:\n  " + string.Join("\n  ", problems));
            }

            Console.WriteLine("Correctness check passed: every client sends the same requests and reads the same values.");
        }

        private static string[] PageValues(object count, object? next, object? previous, IEnumerable<string[]> items) =>
            new[] { Text(count), Text(next), Text(previous) }.Concat(items.SelectMany(i => i)).ToArray();

        /// <summary>The fields of a conversation as the fixture's JSON holds them.</summary>
        private static string[] Values(JObject json) => Fields.Select(f => Text(json.SelectToken(f))).ToArray();

        private static string[] Values(ConversationDto c) =>
        [
            Text(c.Id), Text(c.Contact?.Id), Text(c.Contact?.PhoneNumber), Text(c.Contact?.Name), Text(c.ActiveAgent?.Id), Text(c.ActiveAgent?.Name),
            Text(c.ChatWindowRemainingTime), Text(c.LastMessage?.Type), Text(c.LastMessage?.Body), Text(c.LastMessage?.CreatedAt), Text(c.LastMessage?.Role),
            Text(c.IsHumanTakeover), Text(c.Active), Text(c.WhatsappNumber?.Id), Text(c.WhatsappNumber?.Number), Text(c.WhatsappNumber?.IsSandbox),
            Text(c.Routing), Text(c.WebhookId), Text(c.RoutingOverride),
        ];

        private static string[] Values(Conversation c) =>
        [
            Text(c.Id), Text(c.Contact?.Id), Text(c.Contact?.PhoneNumber), Text(c.Contact?.Name), Text(c.ActiveAgent?.Id), Text(c.ActiveAgent?.Name),
            Text(c.ChatWindowRemainingTime), Text(c.LastMessage?.Type), Text(c.LastMessage?.Body), Text(c.LastMessage?.CreatedAt), Text(c.LastMessage?.Role),
            Text(c.IsHumanTakeover), Text(c.Active), Text(c.WhatsappNumber?.Id), Text(c.WhatsappNumber?.Number), Text(c.WhatsappNumber?.IsSandbox),
            Text(c.Routing), Text(c.WebhookId), Text(c.RoutingOverride),
        ];

        /// <summary>One value as comparable text, whichever way it was read.</summary>
        private static string Text(object? value) => value switch
        {
            null => "null",
            JValue json => Text(json.Value),
            JToken json => json.ToString(Newtonsoft.Json.Formatting.None),
            bool flag => flag ? "true" : "false",
            DateTimeOffset instant => instant.UtcDateTime.ToString("o", CultureInfo.InvariantCulture),
            DateTime instant => instant.ToUniversalTime().ToString("o", CultureInfo.InvariantCulture),
            Enum member => member.ToString().ToLowerInvariant(),
            Uri url => url.OriginalString,
            IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
            _ => value.ToString() ?? "null",
        };
    }
}
