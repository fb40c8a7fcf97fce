using System.IO;
using System.Linq;
using Newtonsoft.Json.Linq;
using NUnit.Framework;

namespace Wassist.Client.Tests;

/// <summary>tests/fixtures/fixtures.json lists every fixture with its kind and source, and only existing files.</summary>
public class FixtureSourcesTests
{
    private static readonly JArray Entries = (JArray)JObject.Parse(Fixture.Read("fixtures.json"))["fixtures"]!;

    [Test]
    public void Every_fixture_file_is_listed()
    {
        var listed = Entries.Select(e => (string?)e["file"]).OfType<string>().ToHashSet();
        var unlisted = Directory.EnumerateFiles(Fixture.Directory, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(Fixture.Directory, f).Replace('\\', '/'))
            .Where(f => f != "fixtures.json" && !listed.Contains(f));

        Assert.That(unlisted, Is.Empty);
    }

    [Test]
    public void Every_listed_fixture_exists_and_names_its_kind_and_source()
    {
        // A request entry without a file is a call that sends no body; a response entry without one is an empty answer.
        var incomplete = Entries.Where(e =>
            ((string?)e["file"] is { } file ? !File.Exists(Path.Combine(Fixture.Directory, file)) : (string?)e["kind"] == "error")
            || (string?)e["kind"] is not ("request" or "response" or "error")
            || string.IsNullOrWhiteSpace((string?)e["source"])
            || ((string?)e["kind"] != "error" && string.IsNullOrWhiteSpace((string?)e["operation"])));

        Assert.That(incomplete.Select(e => (string?)e["file"]), Is.Empty);
    }
}
