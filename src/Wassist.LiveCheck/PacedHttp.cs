using System;
using System.Diagnostics;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;

namespace Wassist.LiveCheck;

/// <summary>One received answer: its status, media type and body text.</summary>
internal sealed record Answer(int Status, string? MediaType, string Body);

/// <summary>
/// GET requests with the API key, kept under the API's rate limit (100 requests a minute a key): at most one request
/// per <c>interval</c>, and a 429 is waited out for as long as its Retry-After asks (up to <see cref="MaxWait"/>),
/// then asked again.
/// </summary>
internal sealed class PacedHttp(HttpClient http, string apiKey, TimeSpan interval)
{
    /// <summary>The longest a single 429 is waited out; a longer Retry-After ends the retries.</summary>
    internal static readonly TimeSpan MaxWait = TimeSpan.FromMinutes(2);

    private const int MaxThrottledAttempts = 5;

    /// <summary>The wait when a 429 carries no Retry-After: the API's rate window.</summary>
    private static readonly TimeSpan DefaultWait = TimeSpan.FromSeconds(60);

    private readonly Stopwatch _sinceLast = new();

    internal async Task<Answer> GetAsync(Uri url, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            if (_sinceLast.IsRunning && _sinceLast.Elapsed < interval)
            {
                await Task.Delay(interval - _sinceLast.Elapsed, cancellationToken);
            }

            using var request = new HttpRequestMessage(HttpMethod.Get, url);
            request.Headers.Add("X-API-Key", apiKey);
            request.Headers.Accept.ParseAdd("application/json");
            _sinceLast.Restart();
            using var response = await http.SendAsync(request, cancellationToken);
            var body = await response.Content.ReadAsStringAsync(cancellationToken);
            var status = (int)response.StatusCode;
            var wait = status == 429 ? WaitFor(response) : null;
            if (wait is null || wait > MaxWait || attempt == MaxThrottledAttempts)
            {
                return new Answer(status, response.Content.Headers.ContentType?.MediaType, body);
            }

            await Task.Delay(wait.Value, cancellationToken);
        }
    }

    private static TimeSpan? WaitFor(HttpResponseMessage response)
    {
        var retryAfter = response.Headers.RetryAfter;
        var wait = retryAfter?.Delta ?? (retryAfter?.Date is { } date ? date - DateTimeOffset.UtcNow : DefaultWait);
        return wait < TimeSpan.Zero ? TimeSpan.Zero : wait;
    }
}
