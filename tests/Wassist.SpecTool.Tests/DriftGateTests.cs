using System.IO;
using System.Linq;
using Newtonsoft.Json.Linq;
using NUnit.Framework;
using Wassist.SpecTool.Drift;

namespace Wassist.SpecTool.Tests;

/// <summary>The CI drift gate: the current description against the release baseline, breaking changes only if accepted.</summary>
public class DriftGateTests
{
    [Test]
    public void The_checked_in_description_passes_against_the_checked_in_baseline()
    {
        var (report, problems) = DriftGate.Check(RepositoryLayout.Find(TestContext.CurrentContext.TestDirectory));

        TestContext.Out.Write(report.ToText("openapi/baseline/wassist.openapi.json -> openapi/wassist.openapi.json"));
        Assert.That(problems.Select(p => $"{p.Code}: {p.Message}"), Is.Empty);
    }

    [Test]
    public void An_unaccepted_breaking_change_fails_until_it_is_accepted()
    {
        var repo = new TempRepository(SpecVariants.With(s => s.Properties("Thing").Remove("count")), baseline: SpecVariants.Base());

        var (_, before) = DriftGate.Check(repo.Layout);
        AcceptedChanges.Write(repo.Layout.AcceptedChanges, DriftGate.Check(repo.Layout).Report.Breaking);
        var (_, after) = DriftGate.Check(repo.Layout);

        Assert.That(before.Single().Code, Is.EqualTo(SpecToolException.BreakingChange));
        Assert.That(before.Single().Message, Does.StartWith("breaking change not accepted: [response-field-removed] response Thing.count").And.Contain("--accept"));
        Assert.That(after, Is.Empty);
    }

    [Test]
    public void An_accepted_change_that_no_longer_happens_fails()
    {
        var repo = new TempRepository(SpecVariants.Base());
        AcceptedChanges.Write(repo.Layout.AcceptedChanges, [new DriftChange(ChangeKinds.ResponseFieldRemoved, "response Thing.count", "removed")]);

        var (_, problems) = DriftGate.Check(repo.Layout);

        Assert.That(problems.Single().Message, Does.Contain("accepts a change that no longer happens").And.Contain("response Thing.count"));
    }

    [Test]
    public void A_stale_overlay_fails_the_gate_as_a_spec_problem()
    {
        var repo = new TempRepository(SpecVariants.Base());
        repo.Write("openapi/corrections.overlay.json", """{ "overlay": "1.0.0", "actions": [ { "target": "$.components.schemas.Gone", "remove": true } ] }""");

        var (_, problems) = DriftGate.Check(repo.Layout);

        Assert.That(problems.Single().Code, Is.EqualTo(SpecToolException.SpecProblem));
        Assert.That(problems.Single().Message, Does.Contain("target $.components.schemas.Gone"));
    }

    [Test]
    public void The_drift_command_prints_the_json_report_and_fails_on_an_unaccepted_breaking_change()
    {
        var repo = new TempRepository(SpecVariants.With(s => s.Schema("ThingStatus")["enum"] = new JArray("open")), baseline: SpecVariants.Base());

        var (exitCode, output, error) = CommandLineTests.Run("drift", "--json", "--repo", repo.Layout.Root);

        Assert.That(exitCode, Is.EqualTo(1));
        Assert.That(JObject.Parse(output).SelectToken("breaking[0].kind")?.ToString(), Is.EqualTo(ChangeKinds.EnumValueRemoved));
        Assert.That(error, Does.StartWith("error WASSIST002: breaking change not accepted: [enum-value-removed] response ThingStatus"));
    }

    [Test]
    public void With_since_the_drift_command_reports_an_older_description_against_the_current_one_without_the_gate()
    {
        var repo = new TempRepository(SpecVariants.With(s => s.Schema("ThingStatus")["enum"] = new JArray("open")), baseline: SpecVariants.Base());
        var older = repo.Write("previous-release/openapi.json", SpecVariants.With(s => s.Properties("Thing").Remove("count")).ToString());

        var (exitCode, output, error) = CommandLineTests.Run("drift", "--since", older, "--repo", repo.Layout.Root);

        Assert.That(exitCode, Is.Zero, error);
        Assert.That(output, Does.StartWith($"Drift report: {older} -> openapi/wassist.openapi.json")
            .And.Contain("[enum-value-removed] response ThingStatus: value 'closed' removed")
            .And.Contain("[optional-field-added] response Thing.count: new optional field"));
        Assert.That(error, Is.Empty, "no gate: the unaccepted breaking change against the baseline is not an error here");
    }

    [Test]
    public void The_lock_command_writes_a_lock_that_matches_the_tree()
    {
        var repo = new TempRepository(SpecVariants.Base());

        var (exitCode, _, error) = CommandLineTests.Run("lock", "--repo", repo.Layout.Root);

        Assert.That(exitCode, Is.Zero, error);
        Assert.That(File.Exists(repo.Layout.Lock), Is.True);
        Assert.That(GenerationLock.Differences(repo.Layout), Is.Empty);
    }

    [Test]
    public void A_missing_baseline_is_an_error_that_says_what_belongs_there()
    {
        var repo = new TempRepository(SpecVariants.Base());
        File.Delete(repo.Layout.BaselineSpec);

        var error = Assert.Throws<SpecToolException>(() => DriftGate.Check(repo.Layout));

        Assert.That(error!.Message, Does.StartWith("openapi/baseline/wassist.openapi.json is missing: copy the published description of the last release there"));
    }
}
