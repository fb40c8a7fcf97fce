using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;

namespace Wassist.Benchmarks
{
    /// <summary>The three clients, made once per benchmark class.</summary>
    [MemoryDiagnoser]
    public abstract class ClientBenchmarks
    {
        private protected Variants _variants = null!;

        [GlobalSetup]
        public void Setup()
        {
            _variants = new Variants();
            Prepare();
        }

        /// <summary>What a benchmark class sets up beyond the clients.</summary>
        protected virtual void Prepare()
        {
        }

        [GlobalCleanup]
        public void Cleanup() => _variants.Dispose();
    }

    /// <summary><c>Conversations.CreateAsync</c> with a template message, answered 201 with a conversation.</summary>
    public class CreateConversation : ClientBenchmarks
    {
        [Benchmark(Baseline = true, Description = "hand-written HttpClient + Newtonsoft")]
        public Task<ConversationDto> HandWritten() => _variants.Newtonsoft.CreateConversationAsync(CreateInputs.HandWritten());

        [Benchmark(Description = "Wassist.Client")]
        public Task<Conversation> Generated() => _variants.Wassist.Conversations.CreateAsync(CreateInputs.Generated());

        [Benchmark(Description = "System.Text.Json source-generated")]
        public Task<ConversationDto> SourceGenerated() => _variants.SystemTextJson.CreateConversationAsync(CreateInputs.HandWritten());
    }

    /// <summary><c>Conversations.ListAsync(limit: 100)</c>: one page of 100 conversations (about 54 KB).</summary>
    public class ListPage : ClientBenchmarks
    {
        [Benchmark(Baseline = true, Description = "hand-written HttpClient + Newtonsoft")]
        public Task<ConversationPageDto> HandWritten() => _variants.Newtonsoft.ListConversationsAsync(100);

        [Benchmark(Description = "Wassist.Client")]
        public Task<ConversationPage> Generated() => _variants.Wassist.Conversations.ListAsync(limit: 100);

        [Benchmark(Description = "System.Text.Json source-generated")]
        public Task<ConversationPageDto> SourceGenerated() => _variants.SystemTextJson.ListConversationsAsync(100);
    }

    /// <summary>
    /// Every conversation of a list, item by item, pages of 100 following <c>next</c>. Allocations grow with the
    /// item count; the memory held does not (the Peak heap column, measured before the timed run).
    /// </summary>
    public class WalkConversations : ClientBenchmarks
    {
        [Params(1_000, 10_000)]
        public int Items { get; set; }

        protected override void Prepare()
        {
            foreach (var api in _variants.Apis)
            {
                api.Total = Items;
            }
        }

        [Benchmark(Baseline = true, Description = "hand-written HttpClient + Newtonsoft")]
        public Task<int> HandWritten() => Walk.Count(_variants.Newtonsoft.ListAllConversationsAsync(100));

        [Benchmark(Description = "Wassist.Client")]
        public Task<int> Generated() => Walk.Count(_variants.Wassist.Conversations.ListAllAsync(new ConversationListOptions { PageSize = 100 }));

        [Benchmark(Description = "System.Text.Json source-generated")]
        public Task<int> SourceGenerated() => Walk.Count(_variants.SystemTextJson.ListAllConversationsAsync(100));
    }

    /// <summary>A client made from options and an <see cref="System.Net.Http.HttpClient"/> made once (what a DI container does per resolution).</summary>
    [MemoryDiagnoser]
    public class Construction
    {
        private System.Net.Http.HttpClient _http = null!;
        private WassistClientOptions _options = null!;

        [GlobalSetup]
        public void Setup()
        {
            _http = new System.Net.Http.HttpClient(new InMemoryApi());
            _options = new WassistClientOptions { ApiKey = Variants.ApiKey };
        }

        [Benchmark(Baseline = true, Description = "hand-written HttpClient + Newtonsoft")]
        public object HandWritten() => new NewtonsoftClient(_http, Variants.ApiKey, Variants.ApiRoot);

        [Benchmark(Description = "Wassist.Client")]
        public object Generated() => new WassistClient(_http, _options);

        [Benchmark(Description = "System.Text.Json source-generated")]
        public object SourceGenerated() => new SystemTextJsonClient(_http, Variants.ApiKey, Variants.ApiRoot);
    }
}
