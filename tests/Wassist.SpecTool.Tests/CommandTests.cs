using System.IO;
using System.Linq;
using NUnit.Framework;

namespace Wassist.SpecTool.Tests;

/// <summary>
/// The spec tool's command line run in process: usage, argument errors, and what each command prints on success.
/// The expected texts are written out in full; they are what a maintainer and the build log read.
/// </summary>
public class CommandTests
{
    private const string Usage = """
        usage: Wassist.SpecTool <command>
          apply --spec <openapi.json> [--overlay <file>]... --out <effective.json> [--glue <file.cs>]
          update-spec <new openapi.json> [--accept] [--json] [--repo <folder>]
          drift [--json] [--since <older openapi.json>] [--repo <folder>]
          lock [--repo <folder>]

        """;

    private const string NamedSpec = """{ "openapi": "3.0.3", "x-wassist-resources": { "Agents": "The agents." }, "paths": { "/api/v1/agents/": { "get": { "operationId": "Agents_List" } } } }""";

    [TestCase]
    [TestCase("publish")]
    public void No_command_or_an_unknown_one_prints_the_usage_and_exits_with_2(params string[] args)
    {
        var (exitCode, output, error) = CommandLineTests.Run(args);

        Assert.That(exitCode, Is.EqualTo(2));
        Assert.That(error.ReplaceLineEndings("\n"), Is.EqualTo(Usage.ReplaceLineEndings("\n")));
        Assert.That(output, Is.Empty);
    }

    [TestCase(new[] { "apply", "--spec" }, "error WASSIST001: apply: option '--spec' needs a value.")]
    [TestCase(new[] { "apply", "--spec", "a.json", "--verbose" }, "error WASSIST001: apply: unknown option '--verbose'; it takes --spec, --overlay, --out, --glue.")]
    [TestCase(new[] { "lock", "--force" }, "error WASSIST001: lock: unknown option '--force'; it takes --repo.")]
    [TestCase(new[] { "drift", "--accept" }, "error WASSIST001: drift: unknown option '--accept'; it takes --repo, --since, --json.")]
    [TestCase(new[] { "apply", "--spec", "a.json" }, "error WASSIST001: apply: both --spec and --out are required, and nothing else. Usage: apply --spec <openapi.json> [--overlay <file>]... --out <effective.json> [--glue <file.cs>]")]
    [TestCase(new[] { "apply", "--out", "b.json" }, "error WASSIST001: apply: both --spec and --out are required, and nothing else. Usage: apply --spec <openapi.json> [--overlay <file>]... --out <effective.json> [--glue <file.cs>]")]
    [TestCase(new[] { "apply", "--spec", "a.json", "--out", "b.json", "extra" }, "error WASSIST001: apply: both --spec and --out are required, and nothing else. Usage: apply --spec <openapi.json> [--overlay <file>]... --out <effective.json> [--glue <file.cs>]")]
    [TestCase(new[] { "update-spec", "a.json", "--force" }, "error WASSIST001: update-spec: unknown option '--force'; it takes --repo, --accept, --json.")]
    [TestCase(new[] { "update-spec" }, "error WASSIST001: update-spec: give exactly one new description file. Usage: update-spec <new openapi.json> [--accept] [--json] [--repo <folder>]")]
    [TestCase(new[] { "update-spec", "a.json", "b.json" }, "error WASSIST001: update-spec: give exactly one new description file. Usage: update-spec <new openapi.json> [--accept] [--json] [--repo <folder>]")]
    public void A_wrong_command_line_is_one_msbuild_error_that_names_the_problem(string[] args, string expected)
    {
        var (exitCode, output, error) = CommandLineTests.Run(args);

        Assert.That(exitCode, Is.EqualTo(1));
        Assert.That(error.TrimEnd(), Is.EqualTo(expected));
        Assert.That(output, Is.Empty);
    }

    [Test]
    public void Apply_says_what_it_wrote_then_that_the_output_is_up_to_date_and_writes_the_glue_on_request()
    {
        var dir = Directory.CreateTempSubdirectory("wassist-spectool-").FullName;
        var spec = Path.Combine(dir, "spec.json");
        var output = Path.Combine(dir, "effective.json");
        var glue = Path.Combine(dir, "Glue.g.cs");
        File.WriteAllText(spec, NamedSpec);

        var first = CommandLineTests.Run("apply", "--spec", spec, "--out", output, "--glue", glue);
        var second = CommandLineTests.Run("apply", "--spec", spec, "--out", output);

        Assert.That(first, Is.EqualTo((0, $"Wassist.SpecTool: wrote {output} from {spec} and 0 overlay(s).\n", "")));
        Assert.That(second, Is.EqualTo((0, $"Wassist.SpecTool: {output} is already up to date.\n", "")));
        Assert.That(File.ReadAllText(glue), Does.Contain("/// <summary>The agents.</summary>\n    public partial class AgentsClient"));
    }

    [Test]
    public void Apply_counts_every_overlay_given()
    {
        var dir = Directory.CreateTempSubdirectory("wassist-spectool-").FullName;
        var spec = Path.Combine(dir, "spec.json");
        var output = Path.Combine(dir, "effective.json");
        File.WriteAllText(spec, NamedSpec);
        var overlays = new[] { "a", "b" }.Select(name =>
        {
            var path = Path.Combine(dir, $"{name}.overlay.json");
            File.WriteAllText(path, $$"""{ "overlay": "1.0.0", "actions": [ { "target": "$.paths['/api/v1/agents/'].get", "update": { "summary": "{{name}}" } } ] }""");
            return path;
        }).ToList();

        var (exitCode, text, error) = CommandLineTests.Run("apply", "--spec", spec, "--overlay", overlays[0], "--overlay", overlays[1], "--out", output);

        Assert.That(exitCode, Is.Zero, error);
        Assert.That(text, Is.EqualTo($"Wassist.SpecTool: wrote {output} from {spec} and 2 overlay(s).\n"));
        Assert.That(File.ReadAllText(output), Does.Contain("\"summary\": \"b\""), "overlays apply in file-name order, the last one wins");
    }

    [Test]
    public void Lock_names_the_file_it_wrote()
    {
        var repo = new TempRepository(SpecVariants.Base());

        var result = CommandLineTests.Run("lock", "--repo", repo.Layout.Root);

        Assert.That(result, Is.EqualTo((0, "Wassist.SpecTool: wrote openapi/wassist.lock.json.\n", "")));
    }

    [Test]
    public void Drift_with_no_changes_prints_a_text_report_that_says_so_and_passes()
    {
        var repo = new TempRepository(SpecVariants.Base());

        var result = CommandLineTests.Run("drift", "--repo", repo.Layout.Root);

        Assert.That(result, Is.EqualTo((0,
            "Drift report: openapi/baseline/wassist.openapi.json -> openapi/wassist.openapi.json\n" +
            "  no changes for the client, and the overlays are all still needed.\n", "")));
    }

    [Test]
    public void Drift_without_json_prints_the_breaking_change_as_text_and_fails()
    {
        var repo = new TempRepository(SpecVariants.With(s => s.Properties("Thing").Remove("count")), baseline: SpecVariants.Base());

        var (exitCode, output, error) = CommandLineTests.Run("drift", "--repo", repo.Layout.Root);

        Assert.That(exitCode, Is.EqualTo(1));
        Assert.That(output, Does.StartWith("Drift report: openapi/baseline/wassist.openapi.json -> openapi/wassist.openapi.json\nBreaking changes (1):\n"));
        Assert.That(error, Does.StartWith("error WASSIST002: breaking change not accepted: [response-field-removed] response Thing.count"));
    }

    [Test]
    public void Update_spec_refuses_a_missing_file_and_a_file_that_is_not_json_by_name()
    {
        var repo = new TempRepository(SpecVariants.Base());
        var missing = Path.Combine(repo.Layout.Root, "incoming", "missing.json");
        var yaml = repo.Write("incoming/openapi.yaml", "openapi: 3.0.3\npaths: {}\n");

        var absent = CommandLineTests.Run("update-spec", missing, "--repo", repo.Layout.Root);
        var notJson = CommandLineTests.Run("update-spec", yaml, "--repo", repo.Layout.Root);

        Assert.That(absent, Is.EqualTo((1, "", $"error WASSIST001: update-spec: {missing} does not exist.\n")));
        Assert.That(notJson.Item1, Is.EqualTo(1));
        Assert.That(notJson.Item3, Does.StartWith($"error WASSIST001: update-spec: {yaml} is not a JSON document (")
            .And.EndWith("); a YAML description must be converted to JSON first.\n"));
    }

    [Test]
    public void Update_spec_with_accept_reports_the_replacement_and_how_many_changes_it_accepted()
    {
        var repo = new TempRepository(SpecVariants.Base());
        var file = repo.Write("incoming/openapi.json", SpecVariants.With(s => s.Properties("Thing").Remove("count")).ToString());

        var (exitCode, _, error) = CommandLineTests.Run("update-spec", file, "--accept", "--repo", repo.Layout.Root);

        Assert.That(exitCode, Is.Zero, error);
        Assert.That(error, Is.EqualTo(
            $"Wassist.SpecTool: replaced openapi/wassist.openapi.json with {file}.\n" +
            "Wassist.SpecTool: openapi/baseline/accepted-changes.json now accepts the 1 breaking change(s) since the baseline.\n"));
    }

    [Test]
    public void Update_spec_without_changes_replaces_the_file_and_prints_no_error()
    {
        var repo = new TempRepository(SpecVariants.Base());
        var file = repo.Write("incoming/openapi.json", SpecVariants.Base().ToString());

        var (exitCode, output, error) = CommandLineTests.Run("update-spec", file, "--repo", repo.Layout.Root);

        Assert.That(exitCode, Is.Zero, error);
        Assert.That(output, Is.EqualTo($"Drift report: openapi/wassist.openapi.json -> {file}\n  no changes for the client, and the overlays are all still needed.\n"));
        Assert.That(error, Is.EqualTo($"Wassist.SpecTool: replaced openapi/wassist.openapi.json with {file}.\n"));
        Assert.That(File.Exists(repo.Layout.AcceptedChanges), Is.False);
    }

    [Test]
    public void Drift_since_a_missing_file_names_the_option_and_the_file()
    {
        var repo = new TempRepository(SpecVariants.Base());
        var missing = Path.Combine(repo.Layout.Root, "previous-release", "openapi.json");

        var result = CommandLineTests.Run("drift", "--since", missing, "--repo", repo.Layout.Root);

        Assert.That(result, Is.EqualTo((1, "", $"error WASSIST001: drift --since: {missing} does not exist.\n")));
    }
}
