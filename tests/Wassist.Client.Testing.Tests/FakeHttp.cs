using System.Net.Http;
using System.Text;
using System.Threading.Tasks;
using Newtonsoft.Json.Linq;

namespace Wassist.Testing.Tests;

/// <summary>Raw HTTP against a <see cref="FakeWassist"/>, as any client would send it.</summary>
internal sealed class FakeHttp(FakeWassist fake, string? apiKey = "test-key")
{
    private readonly HttpClient _http = fake.CreateHttpClient();

    internal async Task<(int Status, JToken? Body, HttpResponseMessage Response)> SendAsync(string method, string path, string? json = null)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), path);
        if (apiKey is not null)
        {
            request.Headers.Add("X-API-Key", apiKey);
        }

        if (json is not null)
        {
            request.Content = new StringContent(json, Encoding.UTF8, "application/json");
        }

        var response = await _http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return ((int)response.StatusCode, text.Length == 0 ? null : JToken.Parse(text), response);
    }

    internal Task<(int Status, JToken? Body, HttpResponseMessage Response)> GetAsync(string path) => SendAsync("GET", path);

    internal Task<(int Status, JToken? Body, HttpResponseMessage Response)> PostAsync(string path, string json) => SendAsync("POST", path, json);

    /// <summary>Creates a resource and returns its id, failing the test when the fake does not answer 201.</summary>
    internal async Task<string> CreateAsync(string path, string json)
    {
        var (status, body, _) = await PostAsync(path, json);
        NUnit.Framework.Assert.That(status, NUnit.Framework.Is.EqualTo(201), body?.ToString());
        return (string)body!["id"]!;
    }
}
