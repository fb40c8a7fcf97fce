using System;
using System.Collections.Generic;
using System.Linq;
using NJsonSchema;

namespace Wassist.LiveCheck;

/// <summary>A GET operation of the description: its id, path template, declared success status and answer schema.</summary>
internal sealed class CheckedOperation(string operationId, string pathTemplate, int successStatus, JsonSchema? schema)
{
    internal string OperationId { get; } = operationId;

    internal string Method => "GET";

    internal string PathTemplate { get; } = pathTemplate;

    internal int SuccessStatus { get; } = successStatus;

    /// <summary>The JSON schema of the success answer, or null when the description declares no body.</summary>
    internal JsonSchema? Schema { get; } = schema;

    /// <summary>The path split at '/', without the empty first and last parts.</summary>
    internal IReadOnlyList<string> Segments { get; } = pathTemplate.Split('/', StringSplitOptions.RemoveEmptyEntries);

    internal int ParameterCount => Segments.Count(IsParameter);

    internal static bool IsParameter(string segment) => segment.Length > 2 && segment[0] == '{' && segment[^1] == '}';

    public override string ToString() => $"{OperationId} ({Method} {PathTemplate})";
}
