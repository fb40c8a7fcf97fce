namespace Wassist.Testing
{
    /// <summary>One request <see cref="FakeWassist"/> received, as <see cref="FakeWassist.Calls"/> lists it. The API key and app credentials are not kept.</summary>
    public sealed class FakeWassistCall
    {
        internal FakeWassistCall(string? operationId, string method, string path, string query, string? installationId, string? body, int? statusCode)
        {
            OperationId = operationId;
            Method = method;
            Path = path;
            Query = query;
            InstallationId = installationId;
            Body = body;
            StatusCode = statusCode;
        }

        /// <summary>The operation the request was routed to (<c>Agents_Create</c>), or null when no operation declares its method and path.</summary>
        public string? OperationId { get; }

        /// <summary>The HTTP method, upper case.</summary>
        public string Method { get; }

        /// <summary>The URL path as sent, such as <c>/api/v1/agents/</c>.</summary>
        public string Path { get; }

        /// <summary>The query string without the leading <c>?</c>; empty when there is none.</summary>
        public string Query { get; }

        /// <summary>The Wassist App installation the request was made for (<c>X-Wassist-Installation</c>), or null for a request with an API key.</summary>
        public string? InstallationId { get; }

        /// <summary>The request body as sent, or null when there was none.</summary>
        public string? Body { get; }

        /// <summary>The status of the answer, or null when the fake reset the connection instead of answering.</summary>
        public int? StatusCode { get; }

        /// <summary>The call as <c>METHOD path → status</c>, for assertion messages.</summary>
        public override string ToString() => $"{Method} {Path}{(Query.Length > 0 ? "?" + Query : "")} -> {(StatusCode is { } status ? status.ToString(System.Globalization.CultureInfo.InvariantCulture) : "connection reset")}";
    }
}
