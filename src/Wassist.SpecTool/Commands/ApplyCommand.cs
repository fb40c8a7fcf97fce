using System;

namespace Wassist.SpecTool.Commands;

/// <summary><c>apply --spec f --overlay f... --out f</c>: writes the effective description; the client build runs it.</summary>
internal static class ApplyCommand
{
    public const string Usage = "apply --spec <openapi.json> [--overlay <file>]... --out <effective.json>";

    public static int Run(string[] args)
    {
        var arguments = new Arguments("apply", args, ["--spec", "--overlay", "--out"], []);
        var spec = arguments.Value("--spec");
        var output = arguments.Value("--out");
        if (spec is null || output is null || arguments.Positional.Count > 0)
        {
            throw new SpecToolException($"apply: both --spec and --out are required, and nothing else. Usage: {Usage}");
        }

        var overlays = arguments.Values("--overlay");
        var written = EffectiveSpec.Write(EffectiveSpec.Build(spec, overlays), output);
        Console.WriteLine(written
            ? $"Wassist.SpecTool: wrote {output} from {spec} and {overlays.Count} overlay(s)."
            : $"Wassist.SpecTool: {output} is already up to date.");
        return 0;
    }
}
