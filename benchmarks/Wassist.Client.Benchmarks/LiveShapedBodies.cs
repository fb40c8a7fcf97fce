using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Wassist.Benchmarks
{
    /// <summary>
    /// The bodies the in-memory API sends, built from the repository's live-shaped conversation fixtures (the open
    /// and the closed sandbox conversation), sent compact as the API does.
    /// </summary>
    internal static class LiveShapedBodies
    {
        /// <summary>The API host the clients talk to; <c>next</c> links are absolute on it, as the API writes them.</summary>
        public const string ApiRoot = "https://backend.wassist.app/";

        public const string ConversationsPath = "/api/v1/conversations/";

        private static readonly string FixturesDirectory = Path.Combine(AppContext.BaseDirectory, "fixtures");

        private static readonly JObject Open = Load("conversation.open.json");

        private static readonly JObject Closed = Load("conversation.sandbox-closed.json");

        /// <summary>The answer to Create Conversation (201).</summary>
        public static readonly byte[] Conversation = Utf8(Open);

        /// <summary>The body Create Conversation sends: the template-message request fixture.</summary>
        public static readonly JObject CreateRequest = Load("create.request.template.json");

        /// <summary>
        /// One page of the conversation list: <paramref name="size"/> conversations from <paramref name="offset"/>,
        /// with distinct ids, one in four the closed sandbox shape (nulls), of <paramref name="total"/> in all.
        /// </summary>
        public static byte[] Page(int offset, int size, int total)
        {
            var count = Math.Max(0, Math.Min(size, total - offset));
            var page = new JObject
            {
                ["count"] = total,
                ["next"] = offset + count < total ? PageUrl(offset + count, size) : null,
                ["previous"] = offset > 0 ? PageUrl(Math.Max(0, offset - size), size) : null,
                ["results"] = new JArray(Enumerable.Range(offset, count).Select(Item)),
            };
            return Utf8(page);
        }

        /// <summary>The conversation at <paramref name="index"/> of the list: a fixture with ids of its own.</summary>
        public static JObject Item(int index)
        {
            var item = (JObject)(index % 4 == 3 ? Closed : Open).DeepClone();
            item["id"] = IdOf(index, 1);
            item["contact"]!["id"] = IdOf(index, 2);
            return item;
        }

        private static string PageUrl(int offset, int size) => $"{ApiRoot}api/v1/conversations/?limit={size}&offset={offset}";

        private static string IdOf(int index, int kind) => new Guid(index, (short)kind, 0x4000, 0x80, 0, 0, 0, 0, 0, 0, 0).ToString();

        private static JObject Load(string name) => JObject.Parse(File.ReadAllText(Path.Combine(FixturesDirectory, name)));

        private static byte[] Utf8(JToken token) => Encoding.UTF8.GetBytes(token.ToString(Formatting.None));

        /// <summary>Query values of a request URL, by name.</summary>
        public static Dictionary<string, string> Query(Uri url)
        {
            var values = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var pair in url.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
            {
                var equals = pair.IndexOf('=');
                values[Uri.UnescapeDataString(equals < 0 ? pair : pair[..equals])] = equals < 0 ? "" : Uri.UnescapeDataString(pair[(equals + 1)..]);
            }

            return values;
        }
    }
}
