using System.Threading.Tasks;
using NUnit.Framework;

namespace Wassist.Build.Tests;

/// <summary>NSwag runs only when an input changed: a rebuild with no change skips it.</summary>
public class IncrementalGenerationTests
{
    [Test]
    public async Task A_no_change_rebuild_does_not_run_the_spec_tool_or_NSwag()
    {
        var project = Repository.PathOf("src/Wassist.Client/Wassist.Client.csproj");
        string[] build = ["build", project, "--no-restore", "-c", Repository.Configuration, "-v:n"];
        var (firstExit, firstOutput) = await DotnetCli.RunAsync(Repository.Root, null, build);
        Assert.That(firstExit, Is.Zero, firstOutput);

        var (exitCode, output) = await DotnetCli.RunAsync(Repository.Root, null, build);

        Assert.That(exitCode, Is.Zero, output);
        Assert.That(output, Does.Contain("Skipping target \"WassistNSwag\" because all output files are up-to-date"));
        Assert.That(output, Does.Contain("Skipping target \"WassistEffectiveSpec\" because all output files are up-to-date"));
        Assert.That(output, Does.Not.Contain("Wassist: generating the client with NSwag"));
    }
}
