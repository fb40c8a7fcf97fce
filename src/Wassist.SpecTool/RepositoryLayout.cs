using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace Wassist.SpecTool;

/// <summary>Where the generation inputs, the baseline and the lock live in the repository.</summary>
public sealed class RepositoryLayout
{
    private const string SolutionFile = "Wassist.Generated.sln";

    public RepositoryLayout(string root) => Root = Path.GetFullPath(root);

    public string Root { get; }

    public string Spec => PathOf("openapi/wassist.openapi.json");

    public IReadOnlyList<string> Overlays => Directory.GetFiles(PathOf("openapi"), "*.overlay.json").OrderBy(Path.GetFileName, System.StringComparer.Ordinal).ToList();

    /// <summary>The published description of the last release; the drift gate compares the current one with it.</summary>
    public string BaselineSpec => PathOf("openapi/baseline/wassist.openapi.json");

    /// <summary>Breaking changes since the baseline that a maintainer accepted with <c>update-spec --accept</c>.</summary>
    public string AcceptedChanges => PathOf("openapi/baseline/accepted-changes.json");

    public string Lock => PathOf("openapi/wassist.lock.json");

    public string NSwagConfig => PathOf("nswag.json");

    /// <summary>NSwag's templates that nswag.json's <c>templateDirectory</c> overrides (none in a repository without the folder).</summary>
    public IReadOnlyList<string> NSwagTemplates => Directory.Exists(PathOf(NSwagTemplateDirectory))
        ? Directory.GetFiles(PathOf(NSwagTemplateDirectory), "*.liquid").OrderBy(Path.GetFileName, System.StringComparer.Ordinal).ToList()
        : [];

    private const string NSwagTemplateDirectory = "src/Wassist.Client/NSwagTemplates";

    public string PackageVersions => PathOf("Directory.Packages.props");

    public string GeneratedCode => PathOf("src/Wassist.Client/obj/Generated/Wassist.g.cs");

    public string PathOf(string relative) => Path.Combine(Root, relative);

    /// <summary>The path relative to the root with '/' separators, as the lock and messages show it.</summary>
    public string Relative(string path) => Path.GetRelativePath(Root, path).Replace('\\', '/');

    /// <summary>The repository that holds <paramref name="start"/>: the nearest folder up with the solution file.</summary>
    public static RepositoryLayout Find(string start)
    {
        for (var dir = new DirectoryInfo(Path.GetFullPath(start)); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, SolutionFile)))
            {
                return new RepositoryLayout(dir.FullName);
            }
        }

        throw new SpecToolException($"no {SolutionFile} in {start} or any folder above it: run the command inside the repository, or pass --repo <folder>.");
    }
}
