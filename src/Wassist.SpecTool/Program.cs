using System;
using System.Collections.Generic;
using Wassist.SpecTool;

// Command line used by the client build: apply --spec <file> --overlay <file>... --out <file>.
// Errors are printed in MSBuild's canonical form so the build shows them as errors.
try
{
    return Run(args);
}
catch (SpecToolException ex)
{
    foreach (var line in ex.Message.Split('\n'))
    {
        Console.Error.WriteLine($"error WASSIST001: {line}");
    }

    return 1;
}

static int Run(string[] args)
{
    if (args.Length == 0 || args[0] != "apply")
    {
        Console.Error.WriteLine("usage: Wassist.SpecTool apply --spec <openapi.json> [--overlay <file>]... --out <effective.json> [--glue <file.cs>]");
        return 2;
    }

    string? spec = null, output = null, glue = null;
    var overlays = new List<string>();
    for (var i = 1; i < args.Length - 1; i += 2)
    {
        switch (args[i])
        {
            case "--spec": spec = args[i + 1]; break;
            case "--overlay": overlays.Add(args[i + 1]); break;
            case "--out": output = args[i + 1]; break;
            case "--glue": glue = args[i + 1]; break;
            default: throw new SpecToolException($"unknown option '{args[i]}'.");
        }
    }

    if (spec is null || output is null)
    {
        throw new SpecToolException("both --spec and --out are required.");
    }

    var effective = EffectiveSpec.Build(spec, overlays);
    var written = EffectiveSpec.Write(effective, output);
    if (glue is not null)
    {
        TextFiles.WriteIfChanged(glue, ClientGlue.Generate(effective));
    }

    Console.WriteLine(written
        ? $"Wassist.SpecTool: wrote {output} from {spec} and {overlays.Count} overlay(s)."
        : $"Wassist.SpecTool: {output} is already up to date.");
    return 0;
}
