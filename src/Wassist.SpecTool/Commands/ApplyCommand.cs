using System.IO;

namespace Wassist.SpecTool.Commands;

/// <summary>
/// <c>apply --spec f --overlay f... --out f [--glue f]</c>: writes the effective description and, with --glue, the
/// resource glue C# (<see cref="ClientGlue"/>); the client build runs it.
/// </summary>
internal static class ApplyCommand
{
    public const string Usage = "apply --spec <openapi.json> [--overlay <file>]... --out <effective.json> [--glue <file.cs>]";

    public static int Run(string[] args, TextWriter output)
    {
        var arguments = new Arguments("apply", args, ["--spec", "--overlay", "--out", "--glue"], []);
        var spec = arguments.Value("--spec");
        var effectiveFile = arguments.Value("--out");
        if (spec is null || effectiveFile is null || arguments.Positional.Count > 0)
        {
            throw new SpecToolException($"apply: both --spec and --out are required, and nothing else. Usage: {Usage}");
        }

        var overlays = arguments.Values("--overlay");
        var effective = EffectiveSpec.Build(spec, overlays);
        var written = EffectiveSpec.Write(effective, effectiveFile);
        if (arguments.Value("--glue") is { } glue)
        {
            TextFiles.WriteIfChanged(glue, ClientGlue.Generate(effective));
        }

        output.WriteLine(written
            ? $"Wassist.SpecTool: wrote {effectiveFile} from {spec} and {overlays.Count} overlay(s)."
            : $"Wassist.SpecTool: {effectiveFile} is already up to date.");
        return 0;
    }
}
