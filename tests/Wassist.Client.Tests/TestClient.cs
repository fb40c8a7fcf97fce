using System;
using System.Net;
using System.Net.Http;
using System.Threading.Tasks;
using RichardSzalay.MockHttp;

namespace Wassist.Client.Tests;

/// <summary>A <see cref="WassistClient"/> over MockHttp, with a key the tests can search for in every output.</summary>
internal sealed class TestClient : IDisposable
{
    internal const string ApiKey = "wsk_test_SECRET_0123456789";
    internal const string ConversationsUrl = "https://backend.wassist.app/api/v1/conversations/";

    /// <summary>The agent the request fixtures name.</summary>
    internal static readonly Guid AgentId = Guid.Parse("7d3b8f0e-2c41-4a8e-9f6d-1b2c3d4e5f60");

    internal TestClient()
    {
        Handler = new MockHttpMessageHandler();
        Handler.Fallback.Respond(_ => throw new InvalidOperationException("The test sent a request it did not expect."));
        Http = Handler.ToHttpClient();
        Wassist = new WassistClient(Http, new WassistClientOptions { ApiKey = ApiKey });
    }

    internal MockHttpMessageHandler Handler { get; }

    internal HttpClient Http { get; }

    internal WassistClient Wassist { get; }

    /// <summary>Answers a POST to the conversations collection with a body and status, and captures what was sent.</summary>
    internal CapturedRequest RespondToCreate(HttpStatusCode status, string body, string mediaType = "application/json")
    {
        var captured = new CapturedRequest();
        Handler.When(HttpMethod.Post, ConversationsUrl).Respond(request =>
        {
            captured.Record(request);
            return new HttpResponseMessage(status) { Content = new StringContent(body, System.Text.Encoding.UTF8, mediaType) };
        });
        return captured;
    }

    /// <summary>Calls Conversations.CreateAsync against an error answer and returns the exception it raised.</summary>
    internal static async Task<WassistApiException> CreateFailingWith(int status, string body, string mediaType = "application/json", Action<HttpResponseMessage>? decorate = null)
    {
        using var test = new TestClient();
        test.Handler.When(HttpMethod.Post, ConversationsUrl).Respond(_ =>
        {
            var response = new HttpResponseMessage((HttpStatusCode)status) { Content = new StringContent(body, System.Text.Encoding.UTF8, mediaType) };
            decorate?.Invoke(response);
            return response;
        });
        var error = await NUnit.Framework.Assert.CatchAsync<WassistApiException>(() => test.Wassist.Conversations.CreateAsync(new CreateConversationInput { ToNumber = "+447700900123" }));
        return error!;
    }

    public void Dispose()
    {
        Wassist.Dispose();
        Http.Dispose();
        Handler.Dispose();
    }
}
