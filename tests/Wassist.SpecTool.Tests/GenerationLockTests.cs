using System.IO;
using System.Linq;
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

    private const string RefreshHint = "If the change is intended, review the generated code and the drift report, then refresh the lock with ./build.sh lock (or ./build.ps1 lock) and commit it.";

    [Test]
    public void The_lock_lists_the_spec_the_overlays_nswag_json_and_the_templates_in_that_order()
    {
        var repo = new TempRepository(SpecVariants.Base());
        repo.Write("openapi/corrections.overlay.json", """{ "overlay": "1.0.0", "actions": [] }""");
        repo.Write("src/Wassist.Client/NSwagTemplates/Client.Method.liquid", "method");
        repo.Write("src/Wassist.Client/NSwagTemplates/Class.liquid", "class");

        GenerationLock.Write(repo.Layout);

        var written = JObject.Parse(repo.Read("openapi/wassist.lock.json"));
        Assert.That(((JObject)written["inputs"]!).Properties().Select(p => p.Name), Is.EqualTo(new[]
        {
            "openapi/wassist.openapi.json",
            "openapi/corrections.overlay.json",
            "openapi/naming.overlay.json",
            "nswag.json",
            "src/Wassist.Client/NSwagTemplates/Class.liquid",
            "src/Wassist.Client/NSwagTemplates/Client.Method.liquid",
        }));
        Assert.That((string?)written["description"], Is.EqualTo(
            "Hashes (SHA-256 of the text with LF line ends) of the client's generation inputs and outputs. Refresh with ./build.sh lock (or ./build.ps1 lock) after a deliberate change."));
    }

    [Test]
    public void A_missing_lock_is_one_difference_that_says_how_to_create_it()
    {
        var repo = new TempRepository(SpecVariants.Base());

        Assert.That(GenerationLock.Differences(repo.Layout), Is.EqualTo(new[] { "openapi/wassist.lock.json is missing: create it with ./build.sh lock (or ./build.ps1 lock)." }));
    }

    [Test]
    public void A_removed_input_is_reported_and_the_last_line_says_how_to_refresh()
    {
        var repo = new TempRepository(SpecVariants.Base());
        var extra = repo.Write("openapi/extra.overlay.json", """{ "overlay": "1.0.0", "actions": [] }""");
        GenerationLock.Write(repo.Layout);

        File.Delete(extra);

        Assert.That(GenerationLock.Differences(repo.Layout), Is.EqualTo(new[]
        {
            "inputs['openapi/extra.overlay.json'] is in openapi/wassist.lock.json but no longer in the tree",
            RefreshHint,
        }));
    }

    [Test]
    public void Line_ends_and_the_lock_description_are_not_differences()
    {
        var repo = new TempRepository(SpecVariants.Base());
        repo.Write("nswag.json", "{\n  \"runtime\": \"Net100\"\n}\n");
        GenerationLock.Write(repo.Layout);
        var written = JObject.Parse(repo.Read("openapi/wassist.lock.json"));
        written["description"] = "Edited by hand.";
        repo.Write("openapi/wassist.lock.json", written.ToString());

        repo.Write("nswag.json", "{\r\n  \"runtime\": \"Net100\"\r\n}\r\n");

        Assert.That(GenerationLock.Differences(repo.Layout), Is.Empty);
    }

    [Test]
    public void Without_built_generated_code_the_lock_cannot_be_computed_and_says_to_build()
    {
        var repo = new TempRepository(SpecVariants.Base());
        File.Delete(repo.Layout.GeneratedCode);

        var error = Assert.Throws<SpecToolException>(() => GenerationLock.Compute(repo.Layout));

        Assert.That(error!.Message, Is.EqualTo("src/Wassist.Client/obj/Generated/Wassist.g.cs does not exist: build the solution first (./build.sh test builds it)."));
        Assert.That(error.Code, Is.EqualTo(SpecToolException.LockMismatch));
    }

    [Test]
    public void Without_a_pinned_nswag_version_the_lock_cannot_be_computed()
    {
        var repo = new TempRepository(SpecVariants.Base());
        repo.Write("Directory.Packages.props", """<Project><ItemGroup><PackageVersion Include="Newtonsoft.Json" Version="13.0.3" /></ItemGroup></Project>""");

        var error = Assert.Throws<SpecToolException>(() => GenerationLock.Compute(repo.Layout));

        Assert.That(error!.Message, Is.EqualTo("Directory.Packages.props pins no NSwag.MSBuild version."));
        Assert.That(error.Code, Is.EqualTo(SpecToolException.LockMismatch));
    }
}
