using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Net.Http;
using System.Net.Sockets;
using System.Threading;
using System.Threading.Tasks;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Wassist.Testing
{
    /// <summary>
    /// An in-memory Wassist API for tests: an <see cref="HttpMessageHandler"/> that serves the API description
    /// Wassist.Client is generated from. It routes every operation by method and path; requires the <c>X-API-Key</c>
    /// header or a Wassist App's credentials (<c>Authorization: Basic</c> with <c>X-Wassist-Installation</c>); checks path and query parameters and request bodies, answering 400 with a DRF-style
    /// <c>{"field": ["message"]}</c> body as the API does; keeps agents, conversations and their messages, contacts,
    /// webhooks, templates and the other creatable resources in memory, so what a test creates it can read back; and
    /// answers any other operation with the smallest body its response schema allows, or with what the test set
    /// (<see cref="Respond"/>). It records every call (<see cref="Calls"/>) and injects faults on request
    /// (<see cref="FailNext"/>, <see cref="DelayNext"/>, <see cref="ResetConnectionNext"/>).
    /// </summary>
    /// <example>
    /// <code>
    /// var fake = new FakeWassist();
    /// var wassist = new WassistClient(fake.CreateHttpClient(), new WassistClientOptions { ApiKey = "test-key" });
    /// </code>
    /// </example>
    public sealed class FakeWassist : HttpMessageHandler
    {
        private const string ApiKeyHeader = "X-API-Key";
        private const string InstallationHeader = "X-Wassist-Installation";

        private readonly object _gate = new object();
        private readonly ApiDescription _description;
        private readonly RouteTable _routes;
        private readonly SchemaValidator _validator;
        private readonly SampleBuilder _samples;
        private readonly ResourceStore _store;
        private readonly List<FakeWassistCall> _calls = new List<FakeWassistCall>();
        private readonly Dictionary<string, FakeResponse> _answers = new Dictionary<string, FakeResponse>(StringComparer.Ordinal);
        private readonly Dictionary<string, Queue<Fault>> _faults = new Dictionary<string, Queue<Fault>>(StringComparer.Ordinal);
        private readonly List<FakeWassistListener> _listeners = new List<FakeWassistListener>();

        /// <summary>Creates a fake with no stored resources, serving the description embedded in this package.</summary>
        public FakeWassist()
        {
            _description = ApiDescription.Effective;
            _routes = new RouteTable(_description.Operations);
            _validator = new SchemaValidator(_description);
            _samples = new SampleBuilder(_description);
            _store = new ResourceStore(_description, _validator, _samples);
        }

        /// <summary>When set, only this API key is accepted (others get 401); when null, any non-empty key is.</summary>
        public string? ApiKey { get; set; }

        /// <summary>
        /// When set, a Wassist App's requests (<c>Authorization: Basic</c>) are accepted only with this client id (others
        /// get 401); when null, any client id is.
        /// </summary>
        public string? ClientId { get; set; }

        /// <summary>When set, a Wassist App's requests are accepted only with this client secret (others get 401); when null, any secret is.</summary>
        public string? ClientSecret { get; set; }

        /// <summary>The page size of a paginated list when the request gives no <c>limit</c>: 20, as the API's.</summary>
        public int DefaultPageSize { get; set; } = 20;

        /// <summary>Every request received so far, in order, whatever its answer.</summary>
        public IReadOnlyList<FakeWassistCall> Calls
        {
            get
            {
                lock (_gate)
                {
                    return _calls.ToList();
                }
            }
        }

        /// <summary>
        /// An <see cref="HttpClient"/> whose requests reach this fake, with the API's address as its base. The
        /// client sends absolute URLs to <see cref="WassistClientOptions.DefaultBaseUrl"/> by default; the fake
        /// answers any host. Disposing the HttpClient leaves the fake usable.
        /// </summary>
        public HttpClient CreateHttpClient() => new HttpClient(this, disposeHandler: false) { BaseAddress = new Uri(WassistClientOptions.DefaultBaseUrl + "/") };

        /// <summary>
        /// Serves this fake over HTTP on 127.0.0.1, at a port the system picks (<see cref="FakeWassistListener.BaseUrl"/>),
        /// for code that needs a URL rather than an <see cref="HttpClient"/>. Dispose the listener, or this fake, to stop it.
        /// </summary>
        public FakeWassistListener Listen()
        {
            var listener = new FakeWassistListener(this);
            lock (_gate)
            {
                _listeners.Add(listener);
            }

            return listener;
        }

        /// <summary>
        /// Answers every later call of an operation with this status and JSON body (null for none), after the key
        /// check and the request validation; it replaces the stored-resource or default answer. The body is sent as
        /// given, so it may also be something the description does not allow.
        /// </summary>
        public void Respond(string operationId, int statusCode, string? json = null)
        {
            CheckOperation(operationId);
            if (statusCode < 100 || statusCode > 599)
            {
                throw new ArgumentOutOfRangeException(nameof(statusCode), statusCode, "An HTTP status is between 100 and 599.");
            }

            lock (_gate)
            {
                _answers[operationId] = FakeResponse.Text(statusCode, json);
            }
        }

        /// <summary>
        /// Makes the next call of an operation fail with an error status (429, a 5xx, any 4xx); a <paramref name="retryAfter"/>
        /// is sent as the <c>Retry-After</c> header in whole seconds, and, on a 429, as the body's <c>retry_after</c>.
        /// Faults queue up: each call takes the next one.
        /// </summary>
        public void FailNext(string operationId, int statusCode, TimeSpan? retryAfter = null)
        {
            if (statusCode < 400 || statusCode > 599)
            {
                throw new ArgumentOutOfRangeException(nameof(statusCode), statusCode, "A failure status is between 400 and 599.");
            }

            Enqueue(operationId, Fault.Error(statusCode, retryAfter));
        }

        /// <summary>Delays the next call of an operation (cancellation ends the wait), then answers it as usual.</summary>
        public void DelayNext(string operationId, TimeSpan delay) => Enqueue(operationId, Fault.Delayed(delay));

        /// <summary>Makes the next call of an operation fail as a reset connection: an <see cref="HttpRequestException"/> with no answer.</summary>
        public void ResetConnectionNext(string operationId) => Enqueue(operationId, Fault.ConnectionReset());

        /// <inheritdoc />
        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                lock (_gate)
                {
                    _listeners.ForEach(l => l.Dispose());
                    _listeners.Clear();
                }
            }

            base.Dispose(disposing);
        }

        /// <inheritdoc />
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var uri = request.RequestUri is null ? throw new ArgumentException("The request has no URI.", nameof(request))
                : request.RequestUri.IsAbsoluteUri ? request.RequestUri : new Uri(new Uri(WassistClientOptions.DefaultBaseUrl), request.RequestUri);
            var method = request.Method.Method.ToUpperInvariant();
            var body = request.Content is null ? null : await request.Content.ReadAsStringAsync().ConfigureAwait(false);
            var segments = ApiOperation.Split(uri.AbsolutePath).Select(Uri.UnescapeDataString).ToList();
            var installation = Header(request, InstallationHeader);

            var (operation, pathValues, response) = Route(method, uri.AbsolutePath, segments);
            if (operation is not null)
            {
                response = Authenticate(request);
                var fault = response is null ? NextFault(operation.OperationId) : null;
                if (fault is { Reset: true })
                {
                    Record(operation.OperationId, method, uri, installation, body, null);
                    throw new HttpRequestException(
                        $"The connection was reset while sending {method} {uri.AbsolutePath} (a fault injected with {nameof(ResetConnectionNext)}).",
                        new IOException("Connection reset by peer.", new SocketException((int)SocketError.ConnectionReset)));
                }

                if (fault is { Status: > 0 })
                {
                    response = Failure(fault);
                }
                else if (fault is not null)
                {
                    await Task.Delay(fault.Delay, cancellationToken).ConfigureAwait(false);
                }

                response ??= Answer(operation, pathValues!, segments, uri, request, body);
            }

            Record(operation?.OperationId, method, uri, installation, body, response!.Status);
            return response.ToMessage(request);
        }

        private (ApiOperation? Operation, Dictionary<string, string>? PathValues, FakeResponse? Response) Route(string method, string path, IReadOnlyList<string> segments)
        {
            if (!path.EndsWith("/", StringComparison.Ordinal))
            {
                return (null, null, NoRoute(method, path, segments, "Every API path ends with '/'. "));
            }

            var matches = _routes.MatchPath(segments);
            if (matches.Count == 0)
            {
                return (null, null, NoRoute(method, path, segments, ""));
            }

            var match = matches.FirstOrDefault(m => m.Operation.Method == method);
            if (match.Operation is null)
            {
                var allowed = string.Join(", ", matches.Select(m => m.Operation.Method));
                var detail = $"Method \"{method}\" not allowed. {path} declares: {string.Join(", ", matches.Select(m => m.Operation))}.";
                return (null, null, FakeResponse.Json(405, new JObject { ["detail"] = detail, ["nearest"] = new JArray(matches.Select(m => m.Operation.OperationId)) }).WithAllow(allowed));
            }

            return (match.Operation, match.PathValues, null);
        }

        /// <summary>A 404 naming the operations nearest to what was asked for.</summary>
        private FakeResponse NoRoute(string method, string path, IReadOnlyList<string> segments, string hint)
        {
            var nearest = _routes.Nearest(method, segments, 3);
            var detail = $"No operation of the Wassist API matches {method} {path}. {hint}Nearest operations: {string.Join("; ", nearest)}.";
            return FakeResponse.Json(404, new JObject { ["detail"] = detail, ["nearest"] = new JArray(nearest.Select(o => o.OperationId)) });
        }

        private FakeResponse? Authenticate(HttpRequestMessage request)
        {
            var key = Header(request, ApiKeyHeader);
            if (!string.IsNullOrEmpty(key))
            {
                // The key itself never goes into an answer or a recorded call.
                return ApiKey is not null && !string.Equals(key, ApiKey, StringComparison.Ordinal)
                    ? FakeResponse.Detail(401, $"Invalid API key: the {ApiKeyHeader} header does not hold the key this fake accepts.")
                    : null;
            }

            if (request.Headers.Authorization is { Scheme: "Basic" } basic)
            {
                return AuthenticateApp(basic.Parameter, Header(request, InstallationHeader));
            }

            return FakeResponse.Detail(401, $"Authentication credentials were not provided. Send your Wassist API key in the {ApiKeyHeader} header, or a Wassist App's credentials as Authorization: Basic with {InstallationHeader}.");
        }

        /// <summary>Checks a Wassist App's <c>Basic base64(clientId:clientSecret)</c> and its installation; neither goes into an answer.</summary>
        private FakeResponse? AuthenticateApp(string? parameter, string? installation)
        {
            string? credentials = null;
            try
            {
                credentials = parameter is null ? null : System.Text.Encoding.UTF8.GetString(Convert.FromBase64String(parameter));
            }
            catch (FormatException)
            {
            }

            var colon = credentials?.IndexOf(':') ?? -1;
            if (colon < 1)
            {
                return FakeResponse.Detail(401, "Invalid basic header. Credentials not correctly base64 encoded as clientId:clientSecret.");
            }

            if ((ClientId is not null && !string.Equals(credentials!.Substring(0, colon), ClientId, StringComparison.Ordinal))
                || (ClientSecret is not null && !string.Equals(credentials!.Substring(colon + 1), ClientSecret, StringComparison.Ordinal)))
            {
                return FakeResponse.Detail(401, "Invalid app credentials: the client id or secret is not the one this fake accepts.");
            }

            return string.IsNullOrEmpty(installation)
                ? FakeResponse.Detail(401, $"A Wassist App's request names its installation in the {InstallationHeader} header; it was missing.")
                : null;
        }

        private static string? Header(HttpRequestMessage request, string name) =>
            request.Headers.TryGetValues(name, out var values) ? values.FirstOrDefault() : null;

        private FakeResponse Answer(ApiOperation operation, Dictionary<string, string> pathValues, IReadOnlyList<string> segments, Uri uri, HttpRequestMessage request, string? body)
        {
            JToken? parsed = null;
            var invalid = RequestCheck.Parameters(_validator, operation, pathValues, uri)
                ?? RequestCheck.Body(_validator, operation, request.Content?.Headers.ContentType?.MediaType, body, out parsed);
            if (invalid is not null)
            {
                return invalid;
            }

            lock (_gate)
            {
                if (_answers.TryGetValue(operation.OperationId, out var answer))
                {
                    return answer;
                }

                return _store.Handle(operation, segments, parsed, uri, DefaultPageSize)
                    ?? (operation.ResponseSchema is null ? FakeResponse.Empty(operation.SuccessStatus) : FakeResponse.Json(operation.SuccessStatus, _samples.Build(operation.ResponseSchema)));
            }
        }

        private static FakeResponse Failure(Fault fault)
        {
            var seconds = fault.RetryAfter is { } wait ? ((long)Math.Ceiling(wait.TotalSeconds)).ToString(CultureInfo.InvariantCulture) : null;
            var response = fault.Status switch
            {
                429 => FakeResponse.Json(429, new JObject
                {
                    ["detail"] = seconds is null ? "Request was throttled." : $"Request was throttled. Expected available in {seconds} seconds.",
                    ["retry_after"] = seconds is null ? null : JToken.Parse(seconds),
                }),
                >= 500 => FakeResponse.Detail(fault.Status, "A server error occurred."),
                _ => FakeResponse.Detail(fault.Status, $"Failed with {fault.Status} as the test asked."),
            };
            return seconds is null ? response : response.WithRetryAfter(seconds);
        }

        private void Enqueue(string operationId, Fault fault)
        {
            CheckOperation(operationId);
            lock (_gate)
            {
                if (!_faults.TryGetValue(operationId, out var queue))
                {
                    _faults[operationId] = queue = new Queue<Fault>();
                }

                queue.Enqueue(fault);
            }
        }

        private Fault? NextFault(string operationId)
        {
            lock (_gate)
            {
                return _faults.TryGetValue(operationId, out var queue) && queue.Count > 0 ? queue.Dequeue() : null;
            }
        }

        private void Record(string? operationId, string method, Uri uri, string? installation, string? body, int? status)
        {
            lock (_gate)
            {
                _calls.Add(new FakeWassistCall(operationId, method, uri.AbsolutePath, uri.Query.TrimStart('?'), installation, body, status));
            }
        }

        private void CheckOperation(string operationId)
        {
            if (operationId is null)
            {
                throw new ArgumentNullException(nameof(operationId));
            }

            if (!_description.Operations.Any(o => o.OperationId == operationId))
            {
                var prefix = operationId.Split('_')[0];
                var same = _description.Operations.Where(o => o.OperationId.StartsWith(prefix + "_", StringComparison.OrdinalIgnoreCase)).Select(o => o.OperationId).ToList();
                var known = same.Count > 0 ? same : _description.Operations.Select(o => o.OperationId).Take(10).ToList();
                throw new ArgumentException($"The Wassist API has no operation '{operationId}'. Operation ids look like: {string.Join(", ", known)}.", nameof(operationId));
            }
        }
    }
}
