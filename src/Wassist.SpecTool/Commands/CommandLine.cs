using System.IO;

namespace Wassist.SpecTool.Commands;

/// <summary>
/// The spec tool's commands: <c>apply</c> for the client build, <c>update-spec</c>, <c>drift</c> and <c>lock</c> for
/// maintainers and CI. Problems are printed to <paramref name="error"/> in MSBuild's canonical error form so the build
/// shows them as errors. The writers are parameters so that tests run the commands in process.
/// </summary>
internal static class CommandLine
{
    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        try
        {
            return args.Length == 0 ? Usage(error) : args[0] switch
            {
                "apply" => ApplyCommand.Run(args[1..], output),
                "update-spec" => UpdateSpecCommand.Run(args[1..], output, error),
                "drift" => DriftCommand.Run(args[1..], output, error),
                "lock" => LockCommand.Run(args[1..], output),
                _ => Usage(error),
            };
        }
        catch (SpecToolException ex)
        {
            ErrorOutput.Write(error, ex.Code, ex.Message);
            return 1;
        }
    }

    private static int Usage(TextWriter error)
    {
        error.WriteLine("usage: Wassist.SpecTool <command>");
        foreach (var usage in new[] { ApplyCommand.Usage, UpdateSpecCommand.Usage, DriftCommand.Usage, LockCommand.Usage })
        {
            error.WriteLine($"  {usage}");
        }

        return 2;
    }
}
