using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using Newtonsoft.Json.Linq;

namespace Wassist.Benchmarks
{
    /// <summary>The three clients under comparison, each on its own <see cref="HttpClient"/> and in-memory API.</summary>
    internal sealed class Variants : IDisposable
    {
        public const string ApiKey = "wsk_bench_0123456789abcdef";

        public static readonly Uri ApiRoot = new(LiveShapedBodies.ApiRoot);

        public Variants()
        {
            Wassist = new WassistClient(new HttpClient(GeneratedApi), new WassistClientOptions { ApiKey = ApiKey });
            Newtonsoft = new NewtonsoftClient(new HttpClient(NewtonsoftApi), ApiKey, ApiRoot);
            SystemTextJson = new SystemTextJsonClient(new HttpClient(SystemTextJsonApi), ApiKey, ApiRoot);
        }

        public InMemoryApi GeneratedApi { get; } = new();

        public InMemoryApi NewtonsoftApi { get; } = new();

        public InMemoryApi SystemTextJsonApi { get; } = new();

        public WassistClient Wassist { get; }

        public NewtonsoftClient Newtonsoft { get; }

        public SystemTextJsonClient SystemTextJson { get; }

        public IEnumerable<InMemoryApi> Apis => [GeneratedApi, NewtonsoftApi, SystemTextJsonApi];

        public void Dispose() => Wassist.Dispose();
    }

    /// <summary>A fresh Create Conversation input per call, for each client, from the request fixture's values.</summary>
    internal static class CreateInputs
    {
        private static readonly JObject Fixture = LiveShapedBodies.CreateRequest;
        private static readonly string ToNumber = (string)Fixture["toNumber"]!;
        private static readonly Guid AgentId = Guid.Parse((string)Fixture["agentId"]!);
        private static readonly string TemplateName = (string)Fixture.SelectToken("message.template.name")!;
        private static readonly string[] Body = Fixture.SelectToken("message.template.variables.body")!.Values<string>().Select(v => v!).ToArray();
        private static readonly string Header = (string)Fixture.SelectToken("message.template.variables.header")!;

        public static CreateConversationInput Generated() => new()
        {
            ToNumber = ToNumber,
            AgentId = AgentId,
            Message = new CreateConversationMessage
            {
                Type = ConversationMessageType.Template,
                Template = new SendMessageTemplateInput { Name = TemplateName, Variables = new TemplateVariables { Body = new List<string>(Body), Header = Header } },
            },
        };

        public static CreateConversationRequest HandWritten() => new()
        {
            ToNumber = ToNumber,
            AgentId = AgentId,
            Message = new MessageRequest
            {
                Type = "template",
                Template = new TemplateRequest { Name = TemplateName, Variables = new TemplateVariablesRequest { Body = new List<string>(Body), Header = Header } },
            },
        };
    }
}
