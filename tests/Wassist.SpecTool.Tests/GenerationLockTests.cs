using System.IO;
using Newtonsoft.Json.Linq;
using NUnit.Framework;

namespace Wassist.SpecTool.Tests;

/// <summary>The lock pins every generation input and output; CI fails, naming the input, when the tree differs.</summary>
public class GenerationLockTests
{
    [Test]
    public void The_checked_in_lock_matches_the_tree()
    {
        var layout = RepositoryLayout.Find(TestContext.CurrentContext.TestDirectory);

        Assert.That(GenerationLock.Differences(layout), Is.Empty);
    }

    [Test]
    public void A_fresh_lock_has_no_differences_and_records_the_nswag_version()
    {
        var repo = new TempRepository(SpecVariants.Base());

        GenerationLock.Write(repo.Layout);

        Assert.That(GenerationLock.Differences(repo.Layout), Is.Empty);
        Assert.That(repo.Read("openapi/wassist.lock.json"), Does.Contain("\"nswagVersion\": \"14.7.1\""));
    }

    [Test]
    public void A_changed_overlay_is_named_with_the_command_that_refreshes_the_lock()
    {
        var repo = new TempRepository(SpecVariants.Base());
        GenerationLock.Write(repo.Layout);

        var naming = JObject.Parse(repo.Read("openapi/naming.overlay.json"));
        ((JArray)naming["actions"]!).Add(JObject.Parse("""{ "target": "$.paths['/api/v1/things/'].get", "update": { "summary": "List" } }"""));
        repo.Write("openapi/naming.overlay.json", naming.ToString());

        var differences = GenerationLock.Differences(repo.Layout);
        Assert.That(differences, Has.Some.StartsWith("inputs['openapi/naming.overlay.json'] changed"));
        Assert.That(differences, Has.Some.StartsWith("outputs.effectiveSpec changed"));
        Assert.That(differences, Has.Some.Contains(GenerationLock.RefreshCommand));
    }

    [Test]
    public void A_new_overlay_file_and_a_new_nswag_version_are_reported()
    {
        var repo = new TempRepository(SpecVariants.Base());
        GenerationLock.Write(repo.Layout);

        repo.Write("openapi/extra.overlay.json", """{ "overlay": "1.0.0", "actions": [] }""");
        repo.Write("Directory.Packages.props", """<Project><ItemGroup><PackageVersion Include="NSwag.MSBuild" Version="[14.8.0]" /></ItemGroup></Project>""");

        var differences = GenerationLock.Differences(repo.Layout);
        Assert.That(differences, Has.Some.StartsWith("inputs['openapi/extra.overlay.json'] is not in openapi/wassist.lock.json"));
        Assert.That(differences, Has.Some.EqualTo("nswagVersion changed: openapi/wassist.lock.json has 14.7.1, the tree gives 14.8.0"));
    }

    [Test]
    public void Generated_code_that_differs_from_the_lock_is_reported()
    {
        var repo = new TempRepository(SpecVariants.Base());
        GenerationLock.Write(repo.Layout);

        File.AppendAllText(repo.Layout.GeneratedCode, "// another generator\n");

        Assert.That(GenerationLock.Differences(repo.Layout), Has.Some.StartsWith("outputs.generatedCode changed"));
    }
}
