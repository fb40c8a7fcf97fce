using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Collections.Generic;
using System.Text.Json;
using NUnit.Framework;

namespace Wassist.Build.Tests;

/// <summary>
/// The client's promises in the README are listed in tests/readme-promises.json with the README text that makes each,
/// and each is named by at least one test (the <c>Promise</c> attribute, the NUnit category <c>promise:&lt;id&gt;</c>). A promise whose
/// text leaves the README, or that no test names any more, fails here, as does a test naming a promise not listed.
/// </summary>
public class ReadmePromisesTests
{
    private static readonly Regex PromiseAttribute = new("""\[Promise\("([^"]+)"\)\]""");

    private sealed record Promise(string Id, string Readme);

    private static List<Promise> Promises() =>
        JsonSerializer.Deserialize<List<Promise>>(File.ReadAllText(Repository.PathOf("tests/readme-promises.json")), new JsonSerializerOptions { PropertyNameCaseInsensitive = true })!;

    private static string Normalized(string text) => Regex.Replace(text, @"\s+", " ");

    /// <summary>The promise ids named by tests, from the test sources of every test project.</summary>
    private static ILookup<string, string> NamedByTests() =>
        Directory.EnumerateFiles(Repository.PathOf("tests"), "*.cs", SearchOption.AllDirectories)
            .Where(file => !file.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}") && !file.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}"))
            .SelectMany(file => PromiseAttribute.Matches(File.ReadAllText(file)).Select(m => (Id: m.Groups[1].Value, File: Path.GetFileName(file))))
            .ToLookup(p => p.Id, p => p.File);

    [Test]
    public void Every_listed_promise_is_still_said_by_the_readme()
    {
        var readme = Normalized(File.ReadAllText(Repository.PathOf("README.md")));

        var unsaid = Promises().Where(p => !readme.Contains(Normalized(p.Readme), System.StringComparison.Ordinal)).Select(p => p.Id);

        Assert.That(unsaid, Is.Empty, "promises whose README text is gone: update the text in tests/readme-promises.json, or drop the promise and its tests' [Promise]");
    }

    [Test]
    public void Every_listed_promise_is_named_by_a_test_and_every_named_promise_is_listed()
    {
        var listed = Promises().Select(p => p.Id).ToList();
        var named = NamedByTests();

        Assert.That(listed, Is.Unique);
        Assert.That(listed.Where(id => !named.Contains(id)), Is.Empty, "promises no test names with [Promise(\"id\")]");
        Assert.That(named.Select(g => g.Key).Except(listed), Is.Empty, "tests naming a promise tests/readme-promises.json does not list");
    }
}
