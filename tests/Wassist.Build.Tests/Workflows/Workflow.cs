using System.Collections.Generic;
using System.IO;
using System.Linq;
using NUnit.Framework;
using YamlDotNet.RepresentationModel;

namespace Wassist.Build.Tests.Workflows;

/// <summary>A GitHub Actions workflow from .github/workflows, read with YamlDotNet (every scalar stays a string, so <c>on</c> is a key).</summary>
internal sealed class Workflow
{
    private Workflow(string name, YamlMappingNode root)
    {
        Name = name;
        Root = root;
    }

    public string Name { get; }

    public YamlMappingNode Root { get; }

    /// <summary>The workflow files in the repository, by file name.</summary>
    public static IEnumerable<string> All() =>
        Directory.GetFiles(Repository.PathOf(".github/workflows"), "*.yml").Select(Path.GetFileName).OrderBy(n => n)!;

    public static Workflow Load(string fileName)
    {
        var stream = new YamlStream();
        using (var reader = new StreamReader(Repository.PathOf($".github/workflows/{fileName}")))
        {
            stream.Load(reader);
        }

        return new Workflow(fileName, (YamlMappingNode)stream.Documents.Single().RootNode);
    }

    /// <summary>The events that start it.</summary>
    public IEnumerable<string> Triggers => Root.Get("on") switch
    {
        YamlScalarNode single => [single.Value!],
        YamlSequenceNode list => list.Select(n => n.Text()!),
        var map => map.Keys(),
    };

    public YamlNode Job(string id) =>
        Root.Get("jobs").Get(id) ?? throw new AssertionException($"{Name} has no job '{id}'; it has {string.Join(", ", Root.Get("jobs").Keys())}");

    public IEnumerable<string> JobIds => Root.Get("jobs").Keys();

    public IEnumerable<WorkflowStep> Steps(string jobId) => Job(jobId).Get("steps").Items().Select(s => new WorkflowStep(s));

    /// <summary>Every step of every job.</summary>
    public IEnumerable<WorkflowStep> AllSteps => JobIds.SelectMany(Steps);
}

/// <summary>One step of a job.</summary>
internal sealed record WorkflowStep(YamlNode Node)
{
    public string? Name => Node.Get("name").Text();

    public string? Uses => Node.Get("uses").Text();

    public string? Shell => Node.Get("shell").Text();

    public string? If => Node.Get("if").Text();

    /// <summary>The lines of its <c>run</c> script, trimmed, blank ones and comments left out.</summary>
    public IReadOnlyList<string> RunLines =>
        (Node.Get("run").Text() ?? "").Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#')).ToList();

    public string? Env(string name) => Node.Get("env").Get(name).Text();

    public string? With(string name) => Node.Get("with").Get(name).Text();

    public override string ToString() => Name ?? Uses ?? string.Join("; ", RunLines);
}

/// <summary>Reading a YAML tree without casts at every step; a missing node reads as null or empty.</summary>
internal static class YamlNodes
{
    public static YamlNode? Get(this YamlNode? node, string key) =>
        node is YamlMappingNode map && map.Children.TryGetValue(new YamlScalarNode(key), out var value) ? value : null;

    public static string? Text(this YamlNode? node) => (node as YamlScalarNode)?.Value;

    public static IEnumerable<YamlNode> Items(this YamlNode? node) => node as YamlSequenceNode ?? Enumerable.Empty<YamlNode>();

    public static IEnumerable<string> Keys(this YamlNode? node) =>
        node is YamlMappingNode map ? map.Children.Keys.Select(k => k.Text()!) : [];
}
