using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using System.Xml.Linq;
using Newtonsoft.Json.Linq;

namespace Wassist.SpecTool;

/// <summary>
/// openapi/wassist.lock.json: SHA-256 hashes of every generation input (published spec, overlays, nswag.json and its template overrides), the
/// NSwag version, and of what they produce (the effective description, the resource glue and the generated code). A test compares it
/// with the tree, so an input changed without regenerating and reviewing, or output that does not reproduce, fails CI.
/// </summary>
public static class GenerationLock
{
    /// <summary>The command that rewrites the lock from the tree.</summary>
    public const string RefreshCommand = "./build.sh lock (or ./build.ps1 lock)";

    private const string NSwagPackage = "NSwag.MSBuild";

    /// <summary>The lock as the tree says it should be; the generated code must have been built.</summary>
    public static JObject Compute(RepositoryLayout layout)
    {
        if (!File.Exists(layout.GeneratedCode))
        {
            throw new SpecToolException($"{layout.Relative(layout.GeneratedCode)} does not exist: build the solution first (./build.sh test builds it).", SpecToolException.LockMismatch);
        }

        var inputs = new JObject();
        foreach (var path in new[] { layout.Spec }.Concat(layout.Overlays).Append(layout.NSwagConfig).Concat(layout.NSwagTemplates))
        {
            inputs[layout.Relative(path)] = Hash(File.ReadAllText(path));
        }

        var effective = EffectiveSpec.Build(layout.Spec, layout.Overlays);
        return new JObject
        {
            ["description"] = $"Hashes (SHA-256 of the text with LF line ends) of the client's generation inputs and outputs. Refresh with {RefreshCommand} after a deliberate change.",
            ["nswagVersion"] = NSwagVersion(layout),
            ["inputs"] = inputs,
            ["outputs"] = new JObject
            {
                ["effectiveSpec"] = Hash(EffectiveSpec.ToText(effective)),
                ["resourceGlue"] = Hash(ClientGlue.Generate(effective)),
                ["generatedCode"] = Hash(File.ReadAllText(layout.GeneratedCode)),
            },
        };
    }

    public static void Write(RepositoryLayout layout) => EffectiveSpec.Write(Compute(layout), layout.Lock);

    /// <summary>One message per value that differs between the checked-in lock and the tree.</summary>
    public static IReadOnlyList<string> Differences(RepositoryLayout layout)
    {
        var lockFile = layout.Relative(layout.Lock);
        if (!File.Exists(layout.Lock))
        {
            return [$"{lockFile} is missing: create it with {RefreshCommand}."];
        }

        var locked = Flatten(JObject.Parse(File.ReadAllText(layout.Lock)));
        var actual = Flatten(Compute(layout));
        var differences = new List<string>();
        foreach (var key in locked.Keys.Union(actual.Keys).Where(k => k != "description"))
        {
            var before = locked.GetValueOrDefault(key);
            var now = actual.GetValueOrDefault(key);
            if (before != now)
            {
                differences.Add(before is null ? $"{key} is not in {lockFile} (new input)"
                    : now is null ? $"{key} is in {lockFile} but no longer in the tree"
                    : $"{key} changed: {lockFile} has {before}, the tree gives {now}");
            }
        }

        return differences.Count == 0 ? [] :
            differences.Append($"If the change is intended, review the generated code and the drift report, then refresh the lock with {RefreshCommand} and commit it.").ToList();
    }

    private static Dictionary<string, string> Flatten(JObject lockDocument) =>
        lockDocument.Descendants().OfType<JValue>().ToDictionary(v => v.Path, v => v.ToString());

    private static string NSwagVersion(RepositoryLayout layout)
    {
        var version = XDocument.Load(layout.PackageVersions).Descendants("PackageVersion")
            .FirstOrDefault(e => (string?)e.Attribute("Include") == NSwagPackage)?.Attribute("Version")?.Value;
        return version?.Trim('[', ']') ?? throw new SpecToolException($"{layout.Relative(layout.PackageVersions)} pins no {NSwagPackage} version.", SpecToolException.LockMismatch);
    }

    private static string Hash(string text) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.Replace("\r\n", "\n"))));
}
