using System.IO;

namespace Wassist.SpecTool.Commands;

/// <summary>Prints problems in MSBuild's canonical error form, so the build and CI show them as errors.</summary>
internal static class ErrorOutput
{
    public static void Write(TextWriter error, string code, string message)
    {
        foreach (var line in message.Split('\n'))
        {
            error.WriteLine($"error {code}: {line}");
        }
    }
}
