using System;
using Wassist.SpecTool;
using Wassist.SpecTool.Commands;

// The spec tool's command line: `apply` for the client build, `update-spec`, `drift` and `lock` for maintainers
// and CI. Problems are printed in MSBuild's canonical error form so the build shows them as errors.
try
{
    return args.Length == 0 ? Usage() : args[0] switch
    {
        "apply" => ApplyCommand.Run(args[1..]),
        "update-spec" => UpdateSpecCommand.Run(args[1..]),
        "drift" => DriftCommand.Run(args[1..]),
        "lock" => LockCommand.Run(args[1..]),
        _ => Usage(),
    };
}
catch (SpecToolException ex)
{
    ErrorOutput.Write(ex.Code, ex.Message);
    return 1;
}

static int Usage()
{
    Console.Error.WriteLine("usage: Wassist.SpecTool <command>");
    foreach (var usage in new[] { ApplyCommand.Usage, UpdateSpecCommand.Usage, DriftCommand.Usage, LockCommand.Usage })
    {
        Console.Error.WriteLine($"  {usage}");
    }

    return 2;
}
