using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Wassist.LiveCheck;

/// <summary>
/// Calls every GET operation once: lists first, then the operations with path parameters, each parameter taken from
/// the first item of the list one level up (<c>/agents/{id}/</c> takes an <c>id</c> from <c>/agents/</c>,
/// <c>/phone-numbers/{number}/</c> a <c>number</c> from <c>/phone-numbers/</c>). An operation with no list to take a
/// value from, or whose list is empty, is skipped. Nothing but GET is ever sent.
/// </summary>
internal sealed class LiveCheckRun(IReadOnlyList<CheckedOperation> operations, PacedHttp http, Uri baseUrl, int maxOperations)
{
    /// <summary>The answers received so far by request path, for the operations below them to take ids from.</summary>
    private readonly Dictionary<string, JToken> _lists = new(StringComparer.Ordinal);

    internal async Task<IReadOnlyList<OperationResult>> RunAsync(CancellationToken cancellationToken)
    {
        var results = new List<OperationResult>();
        var called = 0;
        foreach (var operation in operations.OrderBy(o => o.ParameterCount).ThenBy(o => o.PathTemplate, StringComparer.Ordinal))
        {
            var result = new OperationResult(operation);
            results.Add(result);
            var pathValues = new Dictionary<string, string>(StringComparer.Ordinal);
            var path = Resolve(operation, pathValues, out var reason);
            if (path is null)
            {
                result.SkipReason = reason;
                continue;
            }

            if (called == maxOperations)
            {
                result.SkipReason = $"--max-operations {maxOperations} reached";
                continue;
            }

            called++;
            result.RequestPath = path;
            await CheckAsync(result, pathValues, cancellationToken);
        }

        return results;
    }

    private async Task CheckAsync(OperationResult result, Dictionary<string, string> pathValues, CancellationToken cancellationToken)
    {
        var operation = result.Operation;
        Answer answer;
        try
        {
            answer = await http.GetAsync(new Uri(baseUrl, result.RequestPath!.TrimStart('/')), cancellationToken);
        }
        catch (HttpRequestException noAnswer)
        {
            result.Problems.Add(new Problem(Problem.UnexpectedStatus, "$", $"no answer: {noAnswer.Message}"));
            return;
        }

        result.Status = answer.Status;
        if (answer.Status != operation.SuccessStatus)
        {
            result.Problems.Add(new Problem(Problem.UnexpectedStatus, "$", $"answered {answer.Status} where the description declares {operation.SuccessStatus}"));
            return;
        }

        result.Body = answer.Body;
        if (Parse(answer.Body, out var unreadable) is { } json)
        {
            _lists[result.RequestPath!] = json;
            if (operation.Schema is not null)
            {
                result.Problems.AddRange(AnswerValidator.Check(operation.Schema, json));
            }
        }
        else if (operation.Schema is not null)
        {
            result.Problems.Add(new Problem(Problem.UnreadableBody, "$", unreadable!));
        }

        if (await ClientReader.ReadAsync(operation.OperationId, pathValues, answer.Status, answer.MediaType, answer.Body) is { } failure)
        {
            result.Problems.Add(failure);
        }
    }

    /// <summary>The JSON of a body as the API wrote it (dates stay strings), or null with the reason it is not JSON.</summary>
    internal static JToken? Parse(string body, out string? error)
    {
        error = null;
        if (body.Trim().Length == 0)
        {
            error = "the body is empty where the description declares JSON";
            return null;
        }

        try
        {
            using var reader = new JsonTextReader(new StringReader(body)) { DateParseHandling = DateParseHandling.None, FloatParseHandling = FloatParseHandling.Decimal };
            var token = JToken.ReadFrom(reader);
            return reader.Read() ? throw new JsonReaderException("Additional text found after the JSON value.") : token;
        }
        catch (JsonReaderException e)
        {
            error = $"the body is not JSON: {e.Message}";
            return null;
        }
    }

    /// <summary>The request path with every parameter filled in, or null with the reason it cannot be.</summary>
    private string? Resolve(CheckedOperation operation, Dictionary<string, string> values, out string? reason)
    {
        reason = null;
        var path = "/";
        foreach (var segment in operation.Segments)
        {
            if (!CheckedOperation.IsParameter(segment))
            {
                path += segment + "/";
                continue;
            }

            var name = segment.Substring(1, segment.Length - 2);
            if (!_lists.TryGetValue(path, out var list))
            {
                reason = $"no {name} to use: no list was read at {path}";
                return null;
            }

            if (ValueFrom(list, name) is not { } value)
            {
                reason = $"no {name} to use: the list at {path} has no item with one";
                return null;
            }

            values[name] = value;
            path += Uri.EscapeDataString(value) + "/";
        }

        return path;
    }

    /// <summary>The first item's field named like the parameter (<c>number</c>), else its <c>id</c>.</summary>
    private static string? ValueFrom(JToken list, string name)
    {
        var items = list as JArray ?? (list as JObject)?["results"] as JArray ?? (list as JObject)?.Properties().Select(p => p.Value).OfType<JArray>().FirstOrDefault();
        return items?.OfType<JObject>()
            .Select(item => item[name] is JValue { Value: not null } named ? named : item["id"] as JValue)
            .FirstOrDefault(v => v?.Value is not null)?.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }
}
