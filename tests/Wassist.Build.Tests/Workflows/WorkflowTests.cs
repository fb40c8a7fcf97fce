using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using NUnit.Framework;

namespace Wassist.Build.Tests.Workflows;

/// <summary>
/// The GitHub Actions workflows cannot run here, so they are read as YAML and held to the build scripts and the
/// README: each job exists, runs the documented commands, and uploads what the scripts write where they write it.
/// </summary>
public class WorkflowTests
{
    private static Workflow Ci => Workflow.Load("ci.yml");

    private static Workflow Release => Workflow.Load("release.yml");

    private static Workflow UpstreamDrift => Workflow.Load("upstream-drift.yml");

    private static string Text(string relative) => File.ReadAllText(Repository.PathOf(relative));

    [Test]
    public void The_three_workflows_are_there()
    {
        Assert.That(Workflow.All(), Is.EquivalentTo(new[] { "ci.yml", "release.yml", "upstream-drift.yml" }));
    }

    [Test]
    public void Ci_runs_the_readme_test_command_on_linux_macos_and_windows_for_every_push_and_pull_request()
    {
        var ci = Ci;
        var steps = ci.Steps("test").ToList();
        var unix = steps.Where(s => s.RunLines.SequenceEqual(["./build.sh test"])).ToList();
        var windows = steps.Where(s => s.RunLines.SequenceEqual(["./build.ps1 test"])).ToList();

        Assert.That(ci.Triggers, Is.SupersetOf(new[] { "push", "pull_request" }));
        Assert.That(ci.Job("test").Get("strategy").Get("matrix").Get("os").Items().Select(n => n.Text()), Is.EquivalentTo(new[] { "ubuntu-latest", "windows-latest", "macos-latest" }));
        Assert.That(ci.Job("test").Get("runs-on").Text(), Is.EqualTo("${{ matrix.os }}"));
        Assert.That(unix.Select(s => (s.If, s.Shell)), Is.EqualTo(new[] { ("runner.os != 'Windows'", "bash") }));
        Assert.That(windows.Select(s => (s.If, s.Shell)), Is.EqualTo(new[] { ("runner.os == 'Windows'", "pwsh") }));
    }

    [Test]
    public void Ci_uploads_the_test_results_from_where_both_scripts_write_them()
    {
        var upload = Ci.Steps("test").Single(s => s.Uses?.StartsWith("actions/upload-artifact@") == true);

        Assert.That(upload.With("path"), Is.EqualTo("artifacts/test-results"));
        Assert.That(upload.If, Is.EqualTo("always()"), "failed runs need their results most");
        Assert.That(Text("build.sh"), Does.Contain("artifacts=\"artifacts\"").And.Contain("results=\"$artifacts/test-results\""));
        Assert.That(Text("build.ps1"), Does.Contain("--results-directory artifacts/test-results"));
    }

    [Test]
    public void The_pack_job_packs_with_the_main_job_installs_both_packages_and_uploads_them()
    {
        var ci = Ci;
        var steps = ci.Steps("pack").ToList();
        var install = steps.Single(s => s.RunLines.Any(l => l.StartsWith("dotnet test ")));

        Assert.That(ci.Job("pack").Get("needs").Text(), Is.EqualTo("test"));
        Assert.That(steps.Select(s => s.RunLines), Has.One.EqualTo(new[] { "./build.sh" }));
        Assert.That(install.RunLines.Single(), Does.Contain("tests/Wassist.Build.Tests/Wassist.Build.Tests.csproj")
            .And.Contain("--no-build -c Release")
            .And.Contain($"--filter \"FullyQualifiedName~{typeof(PackageInstallTests).FullName}\""));
        Assert.That(install.Env(PackageInstallTests.PackagesVariable), Is.EqualTo("${{ github.workspace }}/artifacts"));
        Assert.That(Text("build.sh"), Does.Contain("dotnet pack src/Wassist.Client/Wassist.Client.csproj --no-build -c \"$configuration\" -o \"$artifacts\""));
        var upload = steps.Single(s => s.Uses?.StartsWith("actions/upload-artifact@") == true);
        Assert.That(upload.With("path")!.Split('\n', System.StringSplitOptions.RemoveEmptyEntries), Is.EqualTo(new[] { "artifacts/*.nupkg", "artifacts/*.snupkg" }));
    }

    [Test]
    public void Ci_runs_the_benchmarks_once_each_and_the_ci_script_never_times_them()
    {
        var steps = Ci.Steps("bench").ToList();

        Assert.That(steps.Select(s => s.RunLines), Has.One.EqualTo(new[] { "./build.sh bench --dry" }));
        Assert.That(Text("build.sh"), Does.Contain("if [ \"$option\" = \"--dry\" ]; then options+=(--job dry)"), "--dry is BenchmarkDotNet's dry job: each benchmark once");
        Assert.That(Text("build.ps1"), Does.Contain("if ($option -eq \"--dry\") { $options += \"--job\", \"dry\" }"));
        Assert.That(Text("build.sh") + Text("build.ps1"), Does.Contain("--artifacts \"$PWD/$artifacts/benchmarks\"").And.Contain("--artifacts \"$PSScriptRoot/artifacts/benchmarks\""));
        Assert.That(Text(".ci/run"), Does.Not.Contain("bench"), "CI's test command stays the tests alone");
    }

    [Test]
    public void Every_job_that_builds_checks_out_the_history_so_the_version_comes_from_the_tags()
    {
        foreach (var (workflow, job) in new[] { (Ci, "test"), (Ci, "pack"), (Release, "release") })
        {
            var checkout = workflow.Steps(job).First();

            Assert.That(checkout.Uses, Does.StartWith("actions/checkout@"), $"{workflow.Name} {job}");
            Assert.That(checkout.With("fetch-depth"), Is.EqualTo("0"), $"{workflow.Name} {job}: MinVer needs the tags");
        }

        Assert.That(Text("Directory.Build.targets"), Does.Contain("<MinVerTagPrefix>v</MinVerTagPrefix>"));
    }

    [Test]
    public void A_version_tag_is_built_tested_validated_against_the_previous_release_and_pushed_to_NuGet()
    {
        var release = Release;
        var steps = release.Steps("release").ToList();
        var main = steps.Single(s => s.RunLines.SequenceEqual(["./build.sh"]));

        Assert.That(release.Triggers, Is.EqualTo(new[] { "push" }));
        Assert.That(release.Root.Get("on").Get("push").Get("tags").Items().Select(n => n.Text()), Is.EqualTo(new[] { "v*" }));
        Assert.That(main.Env("PackageValidationBaselineVersion"), Is.EqualTo("${{ steps.previous.outputs.version }}"));
        Assert.That(Text("Directory.Build.targets"), Does.Contain("<EnablePackageValidation Condition=\"'$(PackageValidationBaselineVersion)' != ''\">true</EnablePackageValidation>"));
        Assert.That(steps.SelectMany(s => s.RunLines), Has.Some.StartWith("dotnet nuget push \"artifacts/*.nupkg\""));
        Assert.That(steps.SelectMany(s => s.RunLines), Has.Some.EqualTo("for id in Wassist.Client Wassist.Client.DependencyInjection Wassist.Client.Testing; do"),
            "every package the build packs is checked for the tag's version");
        var notes = steps.Single(s => s.RunLines.Any(l => l.StartsWith(".github/scripts/release-notes.sh ")));
        Assert.That(notes.RunLines.Single(), Does.StartWith(".github/scripts/release-notes.sh \"$PREVIOUS_TAG\""));
        Assert.That(notes.Env("PREVIOUS_TAG"), Is.EqualTo("${{ steps.previous.outputs.tag }}"));
        Assert.That(release.Root.Get("permissions").Get("id-token").Text(), Is.EqualTo("write"), "trusted publishing");
    }

    [Test]
    public void The_published_description_is_checked_daily_and_on_demand_without_accepting_it()
    {
        var drift = UpstreamDrift;
        var input = drift.Root.Get("on").Get("workflow_dispatch").Get("inputs").Get("description-url");
        var defaultUrl = input.Get("default").Text();
        var update = drift.Steps("drift").Single(s => s.RunLines.Any(l => l.Contains("./build.sh update-spec")));

        Assert.That(drift.Root.Get("on").Get("schedule").Items().Select(s => s.Get("cron").Text()), Has.One.Match(@"^\d+ \d+ \* \* \*$"), "once a day");
        Assert.That(defaultUrl, Does.StartWith("https://").And.EndWith("/openapi.json"));
        Assert.That(drift.Root.Get("env").Get("DESCRIPTION_URL").Text(), Is.EqualTo($"${{{{ inputs.description-url || '{defaultUrl}' }}}}"), "a scheduled run has no inputs and takes the same default");
        Assert.That(BuildCommand.In(string.Join("\n", update.RunLines)), Is.EqualTo(new[] { new BuildCommand("build.sh", "update-spec", "--json") }));
        Assert.That(drift.Root.Get("permissions").Get("issues").Text(), Is.EqualTo("write"));
        Assert.That(drift.AllSteps.SelectMany(s => s.RunLines), Has.One.EqualTo(".github/scripts/drift-issue.sh \"$REPORTS\""));
    }

    [Test]
    public void The_live_check_runs_only_with_the_api_key_and_its_report_and_exit_code_are_kept()
    {
        var drift = UpstreamDrift;
        var live = drift.Steps("drift").Single(s => s.RunLines.Any(l => l.Contains("./build.sh live-check")));

        Assert.That(live.If, Is.EqualTo("env.HAS_API_KEY == 'true'"));
        Assert.That(drift.Job("drift").Get("env").Get("HAS_API_KEY").Text(), Is.EqualTo("${{ secrets.WASSIST_API_KEY != '' }}"));
        Assert.That(live.Env("WASSIST_API_KEY"), Is.EqualTo("${{ secrets.WASSIST_API_KEY }}"));
        Assert.That(live.RunLines, Does.Contain("./build.sh live-check --json > \"$REPORTS/live-check.json\" 2> \"$REPORTS/live-check.log\""));
        Assert.That(live.RunLines, Does.Contain("echo \"$?\" > \"$REPORTS/live-check.exit\""));
        Assert.That(Regex.IsMatch(Text("build.sh"), @"^ +live-check\)", RegexOptions.Multiline), Is.True, "build.sh has the target");
    }

    [Test]
    public void Every_build_script_call_in_ci_is_documented_in_the_readme_or_guarded_until_the_script_has_it()
    {
        var documented = BuildCommand.In(Text("README.md")).ToHashSet();
        var targets = Regex.Matches(Text("build.sh"), @"^ +([a-z-]+)\)", RegexOptions.Multiline).Select(m => m.Groups[1].Value).ToHashSet();
        var ciFiles = Workflow.All().Select(n => $".github/workflows/{n}")
            .Concat(Directory.GetFiles(Repository.PathOf(".github/scripts")).Select(f => $".github/scripts/{Path.GetFileName(f)}"));
        var calls = ciFiles.SelectMany(f => BuildCommand.In(Text(f)).Select(c => (File: f, Call: c))).ToList();

        Assert.That(targets, Is.SupersetOf(new[] { "all", "test", "update-spec", "drift", "bench" }));
        Assert.That(calls.Select(c => c.Call.Target), Is.SupersetOf(new[] { "all", "test", "update-spec", "drift", "bench" }));
        Assert.That(calls.Where(c => targets.Contains(c.Call.Target) && !documented.Contains(c.Call)).Select(c => $"{c.File}: {c.Call}"), Is.Empty,
            "a call the README does not show");
        Assert.That(calls.Where(c => !targets.Contains(c.Call.Target)).Select(c => $"{c.File}: {c.Call}"), Is.Empty,
            "a call of a target build.sh does not have");
    }

    [Test]
    public void Every_script_a_workflow_runs_is_in_the_repository()
    {
        var scripts = Workflow.All().Select(Workflow.Load).SelectMany(w => w.AllSteps).SelectMany(s => s.RunLines)
            .SelectMany(l => Regex.Matches(l, @"\.github/scripts/[\w.-]+").Select(m => m.Value)).Distinct().ToList();

        Assert.That(scripts, Is.EquivalentTo(new[] { ".github/scripts/release-notes.sh", ".github/scripts/drift-issue.sh" }));
        Assert.That(scripts.Where(s => !File.Exists(Repository.PathOf(s))), Is.Empty);
    }
}
