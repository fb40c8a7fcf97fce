using System.Collections.Generic;

namespace Wassist.LiveCheck;

/// <summary>One way an answer differs from the description: what kind, where in the body (a JSON path), and how.</summary>
internal sealed record Problem(string Kind, string Path, string Detail)
{
    internal const string TypeMismatch = "type-mismatch";
    internal const string MissingRequired = "missing-required";
    internal const string NullNotAllowed = "null-not-allowed";
    internal const string UndocumentedField = "undocumented-field";
    internal const string UnexpectedStatus = "unexpected-status";
    internal const string UnreadableBody = "unreadable-body";
    internal const string ClientFailure = "client-failure";

    /// <summary>Kinds that fail the check: the client would break on the answer, or the description is now wrong about it.</summary>
    private static readonly HashSet<string> Failing = [ClientFailure, TypeMismatch, MissingRequired, NullNotAllowed];

    internal bool Fails => Failing.Contains(Kind);

    public override string ToString() => $"{Kind} at {Path}: {Detail}";
}
