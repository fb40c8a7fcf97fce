using System;
using System.Collections.Generic;
using System.Linq;
using Newtonsoft.Json.Linq;

namespace Wassist.Client.Tests;

/// <summary>
/// One operation's recorded request and response, from tests/fixtures/fixtures.json: the call to make, what must go
/// on the wire, and the answer to give.
/// </summary>
public sealed class OperationFixture
{
    private OperationFixture(string operation, JObject request, JObject response)
    {
        Operation = operation;
        Request = request;
        Response = response;
    }

    private JObject Request { get; }

    private JObject Response { get; }

    /// <summary>The Resource_Method name, e.g. Conversations_ListMessages.</summary>
    public string Operation { get; }

    public string Resource => Operation.Split('_')[0];

    public string MethodName => Operation.Split('_')[1] + "Async";

    public string HttpMethod => (string)Request["method"]!;

    /// <summary>Path and query exactly as sent, e.g. /api/v1/agents/?limit=20&amp;offset=40.</summary>
    public string PathAndQuery => (string)Request["path"]!;

    public JObject Arguments => (JObject?)Request["arguments"] ?? new JObject();

    /// <summary>The exact request body, or null when the operation sends none.</summary>
    public string? RequestBody => FileText(Request);

    public int Status => (int)Response["status"]!;

    /// <summary>The response body, or null for an empty (204) answer.</summary>
    public string? ResponseBody => FileText(Response);

    /// <summary>
    /// Paths of response fields the fixture carries on purpose although no model types them (the manifest's
    /// <c>extraFields</c>); every other field must land in a typed property.
    /// </summary>
    public IReadOnlyList<string> ExpectedExtraFields => Response["extraFields"]?.Values<string>().Select(p => p!).ToList() ?? [];

    public override string ToString() => Operation;

    /// <summary>Every operation with a call (request entry with method and path) and a response in the manifest.</summary>
    public static IReadOnlyList<OperationFixture> All() => From(entry => (string?)entry["kind"] == "response" && entry["forwardCompatibility"] is null);

    /// <summary>The documented error answers: the operation's call with an error entry as its response.</summary>
    public static IReadOnlyList<OperationFixture> Errors() => From(entry => (string?)entry["kind"] == "error");

    private static IReadOnlyList<OperationFixture> From(Func<JObject, bool> isResponse)
    {
        var entries = ((JArray)JObject.Parse(Fixture.Read("fixtures.json"))["fixtures"]!).Cast<JObject>().ToList();
        return entries
            .Where(e => (string?)e["kind"] == "request" && e["method"] is not null)
            .SelectMany(request => entries
                .Where(e => isResponse(e) && (string?)e["operation"] == (string)request["operation"]!)
                .Take(1)
                .Select(response => new OperationFixture((string)request["operation"]!, request, response)))
            .OrderBy(o => o.Operation, StringComparer.Ordinal)
            .ToList();
    }

    private static string? FileText(JObject entry) => (string?)entry["file"] is { } file ? Fixture.Read(file) : null;
}
