using System;

namespace Wassist.SpecTool;

/// <summary>A problem in the spec or an overlay that must stop the build; the message says what to fix.</summary>
/// <param name="message">What is wrong and how to fix it; each line becomes one MSBuild error.</param>
/// <param name="code">The MSBuild error code the command line prints it with.</param>
public sealed class SpecToolException(string message, string code = SpecToolException.SpecProblem) : Exception(message)
{
    /// <summary>The spec or an overlay is wrong: an action matches nothing, an operation has no name.</summary>
    public const string SpecProblem = "WASSIST001";

    /// <summary>The new description breaks the client and the change was not accepted.</summary>
    public const string BreakingChange = "WASSIST002";

    /// <summary>The generation lock disagrees with the tree.</summary>
    public const string LockMismatch = "WASSIST003";

    public string Code { get; } = code;
}
