using System;
using System.IO;
using System.Linq;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using Wassist.SpecTool.Drift;

namespace Wassist.SpecTool.Commands;

/// <summary>
/// <c>update-spec &lt;file&gt; [--accept] [--json]</c>: takes a newly published description. It prints the drift report
/// against the current one; a breaking change stops it unless <c>--accept</c>, which also records every breaking
/// change since the baseline as accepted. Otherwise the file replaces openapi/wassist.openapi.json verbatim, and
/// stale overlays or unnamed operations are reported as errors to fix before the build can regenerate.
/// </summary>
internal static class UpdateSpecCommand
{
    public const string Usage = "update-spec <new openapi.json> [--accept] [--json] [--repo <folder>]";

    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        var arguments = new Arguments("update-spec", args, ["--repo"], ["--accept", "--json"]);
        if (arguments.Positional.Count != 1)
        {
            throw new SpecToolException($"update-spec: give exactly one new description file. Usage: {Usage}");
        }

        var file = arguments.Positional[0];
        var layout = arguments.Repository();
        var published = LoadPublished("update-spec", file);
        var overlays = EffectiveSpec.LoadOverlays(layout.Overlays);
        var report = DriftReport.Create(EffectiveSpec.Load(layout.Spec), published, overlays);
        output.Write(arguments.Flag("--json")
            ? report.ToJson() + Environment.NewLine
            : report.ToText($"{layout.Relative(layout.Spec)} -> {file}"));

        if (report.Breaking.Count > 0 && !arguments.Flag("--accept"))
        {
            ErrorOutput.Write(error, SpecToolException.BreakingChange,
                $"{file} makes {report.Breaking.Count} breaking change(s) to the client; {layout.Relative(layout.Spec)} was left as it was. " +
                "If the changes are intended, run again with --accept, and plan a major version.");
            return 1;
        }

        File.Copy(file, layout.Spec, overwrite: true);
        error.WriteLine($"Wassist.SpecTool: replaced {layout.Relative(layout.Spec)} with {file}.");
        if (arguments.Flag("--accept"))
        {
            var sinceBaseline = DriftReport.Create(DriftGate.LoadBaseline(layout), published, overlays);
            AcceptedChanges.Write(layout.AcceptedChanges, sinceBaseline.Breaking);
            error.WriteLine($"Wassist.SpecTool: {layout.Relative(layout.AcceptedChanges)} now accepts the {sinceBaseline.Breaking.Count} breaking change(s) since the baseline.");
        }

        var failures = report.OverlayFailures.ToList();
        foreach (var failure in failures)
        {
            ErrorOutput.Write(error, SpecToolException.SpecProblem, failure);
        }

        return failures.Count == 0 ? 0 : 1;
    }

    /// <summary>A published description, refused unless it is an OpenAPI 3.0 JSON document with paths.</summary>
    internal static JObject LoadPublished(string command, string file)
    {
        if (!File.Exists(file))
        {
            throw new SpecToolException($"{command}: {file} does not exist.");
        }

        JObject document;
        try
        {
            document = EffectiveSpec.Load(file);
        }
        catch (JsonReaderException ex)
        {
            throw new SpecToolException($"{command}: {file} is not a JSON document ({ex.Message}); a YAML description must be converted to JSON first.");
        }

        if (document.Value<string>("openapi") is not { } version || !version.StartsWith("3.0.", StringComparison.Ordinal) || document["paths"] is not JObject)
        {
            throw new SpecToolException($"{command}: {file} is not an OpenAPI 3.0.x description with 'paths' (the 'openapi' field says '{document.Value<string>("openapi") ?? "nothing"}'); NSwag reads 3.0 only.");
        }

        return document;
    }
}
