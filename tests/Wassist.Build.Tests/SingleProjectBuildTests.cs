using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using NUnit.Framework;

namespace Wassist.Build.Tests;

/// <summary>
/// IDEs and pipelines build one project, not the solution: on a clean copy of the repository (tracked files only, no
/// obj/ anywhere), packing the library project on its own must restore and build what generation needs, in the
/// default output layout and in an artifacts path (<c>--artifacts-path</c>, as BenchmarkDotNet builds too).
/// </summary>
public class SingleProjectBuildTests
{
    [Test]
    public Task The_library_project_packs_on_its_own_from_a_clean_copy() => InCleanCopyAsync(async copy =>
    {
        var (exitCode, output) = await DotnetCli.RunAsync(copy, null, "pack", "src/Wassist.Client/Wassist.Client.csproj", "-c", "Release", "-o", "out");

        Assert.That(exitCode, Is.Zero, output);
        Assert.That(Directory.GetFiles(Path.Combine(copy, "out"), "Wassist.Client.*.nupkg"), Is.Not.Empty);
    });

    [Test]
    public Task The_library_project_builds_into_an_artifacts_path_from_a_clean_copy() => InCleanCopyAsync(async copy =>
    {
        var (exitCode, output) = await DotnetCli.RunAsync(copy, null, "build", "src/Wassist.Client/Wassist.Client.csproj", "-c", "Release", "--artifacts-path", "art");

        Assert.That(exitCode, Is.Zero, output);
        Assert.That(Directory.GetFiles(Path.Combine(copy, "art", "bin"), "Wassist.Client.dll", SearchOption.AllDirectories), Is.Not.Empty);
        // Outside the artifacts path the build writes only the generated sources, in the client's obj/Generated.
        var outputFolders = Directory.GetDirectories(copy, "*", SearchOption.AllDirectories)
            .Select(d => Path.GetRelativePath(copy, d).Replace('\\', '/'))
            .Where(d => d != "art" && !d.StartsWith("art/") && (d.EndsWith("/obj") || d.EndsWith("/bin") || d.Contains("/obj/") || d.Contains("/bin/")));
        Assert.That(outputFolders, Is.EquivalentTo(new[] { "src/Wassist.Client/obj", "src/Wassist.Client/obj/Generated" }));
    });

    /// <summary>Runs <paramref name="test"/> on a copy of the tracked files, deleted afterwards.</summary>
    private static async Task InCleanCopyAsync(Func<string, Task> test)
    {
        var copy = Path.Combine(Path.GetTempPath(), "wassist-single-" + Path.GetRandomFileName());
        try
        {
            CopyTrackedFiles(copy);
            await test(copy);
        }
        finally
        {
            Directory.Delete(copy, recursive: true);
        }
    }

    private static void CopyTrackedFiles(string destination)
    {
        var start = new ProcessStartInfo("git", "ls-files -z") { WorkingDirectory = Repository.Root, RedirectStandardOutput = true };
        using var git = Process.Start(start)!;
        var files = git.StandardOutput.ReadToEnd().Split('\0').Where(f => f.Length > 0).ToList();
        git.WaitForExit();
        Assert.That(git.ExitCode, Is.Zero, "git ls-files");
        foreach (var file in files.Where(f => File.Exists(Repository.PathOf(f))))
        {
            var target = Path.Combine(destination, file);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(Repository.PathOf(file), target);
        }
    }
}
