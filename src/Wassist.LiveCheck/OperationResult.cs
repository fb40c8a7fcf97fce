using System.Collections.Generic;

namespace Wassist.LiveCheck;

/// <summary>What the check found for one GET operation: the answer's status and problems, or why it was skipped.</summary>
internal sealed class OperationResult(CheckedOperation operation)
{
    internal CheckedOperation Operation { get; } = operation;

    /// <summary>The path the request went to, with the ids filled in; null when skipped.</summary>
    internal string? RequestPath { get; set; }

    internal int? Status { get; set; }

    /// <summary>Why the operation was not called; null when it was.</summary>
    internal string? SkipReason { get; set; }

    internal bool Skipped => SkipReason is not null;

    /// <summary>The answer's body as received (null when skipped or unanswered).</summary>
    internal string? Body { get; set; }

    internal List<Problem> Problems { get; } = [];
}
