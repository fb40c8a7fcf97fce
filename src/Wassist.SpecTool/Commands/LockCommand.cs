using System.IO;

namespace Wassist.SpecTool.Commands;

/// <summary><c>lock [--repo dir]</c>: rewrites openapi/wassist.lock.json from the tree (after a build).</summary>
internal static class LockCommand
{
    public const string Usage = "lock [--repo <folder>]";

    public static int Run(string[] args, TextWriter output)
    {
        var layout = new Arguments("lock", args, ["--repo"], []).Repository();
        GenerationLock.Write(layout);
        output.WriteLine($"Wassist.SpecTool: wrote {layout.Relative(layout.Lock)}.");
        return 0;
    }
}
