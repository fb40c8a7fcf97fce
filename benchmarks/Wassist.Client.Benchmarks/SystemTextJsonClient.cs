using System;
using System.IO;
using System.Net.Http;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using System.Threading;
using System.Threading.Tasks;

namespace Wassist.Benchmarks
{
    /// <summary>The floor: the same calls with System.Text.Json's source-generated contracts, UTF-8 end to end.</summary>
    public sealed class SystemTextJsonClient(HttpClient http, string apiKey, Uri apiRoot) : HandWrittenClient(http, apiKey, apiRoot)
    {
        protected override HttpContent Serialize<T>(T body) => JsonContent.Create(body, TypeInfo<T>());

        protected override ValueTask<T?> DeserializeAsync<T>(Stream body, CancellationToken cancellationToken) where T : default =>
            JsonSerializer.DeserializeAsync(body, TypeInfo<T>(), cancellationToken);

        private static JsonTypeInfo<T> TypeInfo<T>() => (JsonTypeInfo<T>)SourceGeneratedJson.Default.GetTypeInfo(typeof(T))!;
    }
}
