using System.Diagnostics;
using System.IO;
using NUnit.Framework;
using Wassist.SpecTool.Commands;

namespace Wassist.SpecTool.Tests;

/// <summary>The command the build runs: its errors reach MSBuild as errors and stop the build.</summary>
public class CommandLineTests
{
    /// <summary>Runs a command in process, as the executable would, capturing what it prints.</summary>
    internal static (int ExitCode, string Output, string Error) Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = CommandLine.Run(args, output, error);
        return (exitCode, output.ToString(), error.ToString());
    }

    /// <summary>Runs the built executable, as the client build does.</summary>
    private static (int ExitCode, string Output, string Error) RunExecutable(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(typeof(EffectiveSpec).Assembly.Location);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, output, error);
    }

    [Test]
    public void An_unmapped_operation_exits_non_zero_with_an_msbuild_error_naming_it()
    {
        var dir = Directory.CreateTempSubdirectory("wassist-spectool-").FullName;
        var spec = Path.Combine(dir, "spec.json");
        File.WriteAllText(spec, """{ "openapi": "3.0.3", "paths": { "/api/v1/agents/": { "get": { "operationId": "api_v1_agents_list" } } } }""");

        var (exitCode, _, error) = RunExecutable("apply", "--spec", spec, "--out", Path.Combine(dir, "out.json"));

        Assert.That(exitCode, Is.EqualTo(1));
        Assert.That(error, Does.StartWith("error WASSIST001: GET /api/v1/agents/ (operationId 'api_v1_agents_list') has no name mapping"));
        Assert.That(File.Exists(Path.Combine(dir, "out.json")), Is.False);
    }

    [Test]
    public void A_good_spec_and_overlay_write_the_effective_description_with_lf_line_ends()
    {
        var dir = Directory.CreateTempSubdirectory("wassist-spectool-").FullName;
        var spec = Path.Combine(dir, "spec.json");
        var overlay = Path.Combine(dir, "naming.overlay.json");
        var output = Path.Combine(dir, "out", "effective.json");
        File.WriteAllText(spec, """{ "openapi": "3.0.3", "paths": { "/api/v1/agents/": { "get": { "operationId": "api_v1_agents_list" } } } }""");
        File.WriteAllText(overlay, """{ "overlay": "1.0.0", "actions": [ { "target": "$.paths['/api/v1/agents/'].get", "update": { "operationId": "Agents_List" } } ] }""");

        var (exitCode, _, error) = Run("apply", "--spec", spec, "--overlay", overlay, "--out", output);

        Assert.That(exitCode, Is.EqualTo(0), error);
        var text = File.ReadAllText(output);
        Assert.That(text, Does.Contain("\"operationId\": \"Agents_List\"").And.Not.Contain("\r"));
    }
}
