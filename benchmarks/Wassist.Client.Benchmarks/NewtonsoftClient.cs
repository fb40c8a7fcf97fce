using System;
using System.Globalization;
using System.IO;
using System.Net.Http;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Newtonsoft.Json;

namespace Wassist.Benchmarks
{
    /// <summary>The hand-written baseline: Newtonsoft.Json through one cached <see cref="JsonSerializer"/>, both ways.</summary>
    public sealed class NewtonsoftClient(HttpClient http, string apiKey, Uri apiRoot) : HandWrittenClient(http, apiKey, apiRoot)
    {
        private static readonly JsonSerializer Serializer = JsonSerializer.Create(new JsonSerializerSettings { NullValueHandling = NullValueHandling.Ignore });

        protected override HttpContent Serialize<T>(T body)
        {
            using var writer = new StringWriter(new StringBuilder(256), CultureInfo.InvariantCulture);
            Serializer.Serialize(writer, body);
            return new StringContent(writer.ToString(), Encoding.UTF8, "application/json");
        }

        protected override ValueTask<T?> DeserializeAsync<T>(Stream body, CancellationToken cancellationToken) where T : default
        {
            using var reader = new StreamReader(body);
            using var json = new JsonTextReader(reader);
            return new ValueTask<T?>(Serializer.Deserialize<T>(json));
        }
    }
}
