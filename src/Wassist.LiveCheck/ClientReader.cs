using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Reflection;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Wassist.LiveCheck;

/// <summary>
/// Reads an answer the way a user's code would: the generated resource method of the operation
/// (<c>Agents_List</c> is <c>wassist.Agents.ListAsync</c>) is called on a <see cref="WassistClient"/> whose
/// transport replays the recorded answer, so the API is asked once and the client reads exactly those bytes.
/// </summary>
internal static class ClientReader
{
    /// <summary>The problem when the generated client throws reading the answer, or null when it reads it.</summary>
    internal static async Task<Problem?> ReadAsync(string operationId, IReadOnlyDictionary<string, string> pathValues, int status, string? mediaType, string body)
    {
        using var http = new HttpClient(new Replay(status, mediaType, body));
        using var wassist = new WassistClient(http, new WassistClientOptions { ApiKey = "live-check-replay", MaxRetries = 0 });
        try
        {
            var (resource, method) = Method(operationId);
            var arguments = method.GetParameters().Select(p => Argument(p, pathValues)).ToArray();
            await (Task)method.Invoke(resource(wassist), arguments)!;
            return null;
        }
        catch (Exception error)
        {
            var failure = error is TargetInvocationException { InnerException: { } inner } ? inner : error;
            return new Problem(Problem.ClientFailure, PathOf(failure), $"{failure.GetType().Name}: {failure.Message}");
        }
    }

    private static (Func<WassistClient, object> Resource, MethodInfo Method) Method(string operationId)
    {
        var parts = operationId.Split('_');
        var property = typeof(WassistClient).GetProperty(parts[0])
            ?? throw new MissingMemberException(nameof(WassistClient), parts[0]);
        // The generated method is the overload that takes per-call options; the one without them forwards to it.
        var method = property.PropertyType.GetMethods().SingleOrDefault(m => m.Name == parts[1] + "Async" && m.IsVirtual
                && m.GetParameters().Any(p => p.ParameterType == typeof(WassistRequestOptions)))
            ?? throw new MissingMethodException(property.PropertyType.Name, parts[1] + "Async");
        return (w => property.GetValue(w)!, method);
    }

    private static object? Argument(ParameterInfo parameter, IReadOnlyDictionary<string, string> pathValues)
    {
        if (parameter.ParameterType == typeof(CancellationToken))
        {
            return CancellationToken.None;
        }

        if (pathValues.TryGetValue(parameter.Name!, out var value))
        {
            return new JValue(value).ToObject(parameter.ParameterType);
        }

        return parameter.HasDefaultValue ? parameter.DefaultValue : null;
    }

    /// <summary>Where in the body the client stopped: the JSON reader's path when an inner exception has one.</summary>
    private static string PathOf(Exception failure)
    {
        for (var e = failure; e is not null; e = e.InnerException)
        {
            var path = e switch
            {
                JsonReaderException reader => reader.Path,
                JsonSerializationException serialization => serialization.Path,
                _ => null,
            };
            if (!string.IsNullOrEmpty(path))
            {
                return path![0] == '[' ? "$" + path : "$." + path;
            }
        }

        return "$";
    }

    /// <summary>Answers every request with the recorded status and body.</summary>
    private sealed class Replay(int status, string? mediaType, string body) : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            Task.FromResult(new HttpResponseMessage((HttpStatusCode)status)
            {
                RequestMessage = request,
                Content = new StringContent(body, Encoding.UTF8, mediaType ?? "application/json"),
            });
    }
}
