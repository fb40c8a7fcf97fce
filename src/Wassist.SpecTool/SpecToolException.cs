using System;

namespace Wassist.SpecTool;

/// <summary>A problem in the spec or an overlay that must stop the build; the message says what to fix.</summary>
public sealed class SpecToolException(string message) : Exception(message);
