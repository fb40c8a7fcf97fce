using System.IO;
using System.Linq;
using NUnit.Framework;

namespace Wassist.Client.Tests;

/// <summary>Every recorded fixture says where its shape comes from.</summary>
public class FixtureSourcesTests
{
    [Test]
    public void Every_fixture_is_listed_with_its_source()
    {
        var sources = File.ReadAllText(Path.Combine(Fixture.Directory, "SOURCES.md"));
        var unlisted = Directory.EnumerateFiles(Fixture.Directory, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(Fixture.Directory, f).Replace('\\', '/'))
            .Where(f => f != "SOURCES.md" && !sources.Contains($"| {f} |"))
            .ToList();

        Assert.That(unlisted, Is.Empty);
    }
}
