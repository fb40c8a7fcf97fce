using System;
using System.Diagnostics;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;

namespace Wassist
{
    /// <summary>
    /// The retry and timeout step of the <see cref="HttpClient"/> pipeline. Retries 408, 425, 429, 500, 502, 503,
    /// 504, network errors, attempt timeouts and bodies that break off, with exponential backoff and jitter, waiting
    /// out <c>Retry-After</c> (seconds or HTTP date) or the body's <c>retry_after</c> when it is within
    /// <see cref="WassistClientOptions.MaxRetryDelay"/>. Only idempotent methods, and requests with an
    /// <c>Idempotency-Key</c> header, are retried unless <see cref="WassistClientOptions.RetryNonIdempotentRequests"/>
    /// is set. Each attempt, body included, gets <see cref="WassistClientOptions.AttemptTimeout"/>, the whole call
    /// <see cref="WassistClientOptions.Timeout"/>; a call's <see cref="WassistRequestOptions"/> override the attempt
    /// timeout and the number of retries.
    /// </summary>
    /// <remarks>
    /// <see cref="WassistClient(WassistClientOptions)"/> and <c>AddWassistClient</c> put it in the pipeline; add it
    /// yourself when you pass your own <see cref="HttpClient"/>. A timeout throws <see cref="WassistTimeoutException"/>; a
    /// network failure after the last retry throws <see cref="WassistConnectionException"/>; the caller's
    /// cancellation throws <see cref="OperationCanceledException"/>.
    /// </remarks>
    public sealed class WassistRetryHandler : DelegatingHandler
    {
        private static readonly Random SharedRandom = new();

        private readonly int _maxRetries;
        private readonly TimeSpan _initialDelay;
        private readonly TimeSpan _maxDelay;
        private readonly bool _retryWrites;
        private readonly TimeSpan _attemptTimeout;
        private readonly TimeSpan _timeout;

        /// <summary>Creates the handler from checked options (a bad option throws <see cref="ArgumentException"/>).</summary>
        public WassistRetryHandler(WassistClientOptions options)
        {
            if (options is null)
            {
                throw new ArgumentNullException(nameof(options));
            }

            options.Validate();
            _maxRetries = options.MaxRetries;
            _initialDelay = options.InitialRetryDelay;
            _maxDelay = options.MaxRetryDelay;
            _retryWrites = options.RetryNonIdempotentRequests;
            _attemptTimeout = options.AttemptTimeout;
            _timeout = options.Timeout;
        }

        /// <summary>Waits between attempts; tests replace it to record the delays instead of sleeping.</summary>
        internal Func<TimeSpan, CancellationToken, Task> Delay { get; set; } = Task.Delay;

        /// <summary>A number in [0, 1) for the jitter; tests pin it.</summary>
        internal Func<double> Jitter { get; set; } = () =>
        {
            lock (SharedRandom)
            {
                return SharedRandom.NextDouble();
            }
        };

        /// <summary>The clock for HTTP-date <c>Retry-After</c> values.</summary>
        internal Func<DateTimeOffset> Clock { get; set; } = () => DateTimeOffset.UtcNow;

        /// <inheritdoc />
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            using var overall = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            if (_timeout != Timeout.InfiniteTimeSpan)
            {
                overall.CancelAfter(_timeout);
            }

            var elapsed = Stopwatch.StartNew();
            var perCall = PerCallOptions.Of(request);
            var maxRetries = perCall?.MaxRetries ?? _maxRetries;
            var attemptTimeout = perCall?.Timeout ?? _attemptTimeout;
            var retryable = _retryWrites || IsIdempotent(request.Method) || request.Headers.Contains(WassistRequestOptions.IdempotencyKeyHeader);
            for (var attempt = 0; ; attempt++)
            {
                var canRetry = retryable && attempt < maxRetries;
                HttpResponseMessage? response = null;
                Exception? failure = null;
                using (var attemptCts = CancellationTokenSource.CreateLinkedTokenSource(overall.Token))
                {
                    if (attemptTimeout != Timeout.InfiniteTimeSpan)
                    {
                        attemptCts.CancelAfter(attemptTimeout);
                    }

                    try
                    {
                        response = await base.SendAsync(request, attemptCts.Token).ConfigureAwait(false);
                        // The body is read inside the attempt, so the attempt timeout covers it and a body that
                        // breaks off is retried here rather than failing half-way through deserialization.
                        await PooledContent.BufferAsync(response, attemptCts.Token).ConfigureAwait(false);
                        if (!canRetry || !IsRetryableStatus((int)response.StatusCode))
                        {
                            return response;
                        }

                        var wait = await ServerDelayAsync(response).ConfigureAwait(false);
                        if (wait is { } asked && asked > _maxDelay)
                        {
                            return response;
                        }

                        if (!await WaitAsync(wait ?? Backoff(attempt), elapsed, overall, cancellationToken).ConfigureAwait(false))
                        {
                            return response;
                        }

                        response.Dispose();
                        continue;
                    }
                    catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
                    {
                        response?.Dispose();
                        throw;
                    }
                    catch (OperationCanceledException e) when (overall.IsCancellationRequested)
                    {
                        response?.Dispose();
                        throw new WassistTimeoutException($"The Wassist API call did not finish within the overall timeout of {_timeout.TotalSeconds:0.###} s ({attempt + 1} attempt(s)).", e);
                    }
                    catch (OperationCanceledException e)
                    {
                        response?.Dispose();
                        failure = new WassistTimeoutException($"A Wassist API attempt did not finish within the attempt timeout of {attemptTimeout.TotalSeconds:0.###} s.", e);
                    }
                    catch (WassistApiException e) when (response is not null)
                    {
                        // Once a response is here, only reading its body throws this: the body broke off.
                        failure = e;
                        response.Dispose();
                    }
                    catch (HttpRequestException e)
                    {
                        // Only the send throws this, before there is a response: a body that breaks off is a
                        // WassistApiException (above).
                        failure = e;
                    }
                }

                if (!canRetry || !await WaitAsync(Backoff(attempt), elapsed, overall, cancellationToken).ConfigureAwait(false))
                {
                    throw failure is HttpRequestException network
                        ? new WassistConnectionException($"Could not reach the Wassist API at {request.RequestUri?.GetLeftPart(UriPartial.Authority)} ({attempt + 1} attempt(s)): {network.Message}", network)
                        : failure!;
                }
            }
        }

        private static bool IsIdempotent(HttpMethod method) =>
            method == HttpMethod.Get || method == HttpMethod.Head || method == HttpMethod.Options || method == HttpMethod.Put
            || method == HttpMethod.Delete || method == HttpMethod.Trace;

        /// <summary>The statuses the official SDK retries: timeout, too early, rate limit and transient server errors.</summary>
        private static bool IsRetryableStatus(int status) => status is 408 or 425 or 429 or 500 or 502 or 503 or 504;

        /// <summary>Exponential backoff with equal jitter: half the step fixed, half random, capped.</summary>
        private TimeSpan Backoff(int attempt)
        {
            var step = _initialDelay.TotalMilliseconds * Math.Pow(2, attempt);
            var capped = Math.Min(step, _maxDelay.TotalMilliseconds);
            return TimeSpan.FromMilliseconds(capped / 2 + capped / 2 * Jitter());
        }

        private async Task<TimeSpan?> ServerDelayAsync(HttpResponseMessage response)
        {
            var header = RetryAfter.FromHeaders(response.Headers, Clock());
            if (header is not null || response.Content is null)
            {
                return header;
            }

            ResponseCharset.Normalize(response.Content);
            var body = await response.Content.ReadAsStringAsync().ConfigureAwait(false);
            return ApiErrorBody.Parse(body).RetryAfter;
        }

        /// <summary>Waits before the next attempt; false when the wait would not fit in the overall timeout.</summary>
        private async Task<bool> WaitAsync(TimeSpan delay, Stopwatch elapsed, CancellationTokenSource overall, CancellationToken cancellationToken)
        {
            if (_timeout != Timeout.InfiniteTimeSpan && elapsed.Elapsed + delay >= _timeout)
            {
                return false;
            }

            try
            {
                await Delay(delay, overall.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                return false;
            }

            return true;
        }
    }
}
