using System.IO;
using NUnit.Framework;

namespace Wassist.SpecTool.Tests;

/// <summary>Finding the repository the commands work on.</summary>
public class RepositoryLayoutTests
{
    [Test]
    public void Outside_a_repository_the_layout_says_to_pass_repo()
    {
        var folder = Directory.CreateTempSubdirectory("wassist-norepo-").FullName;

        var error = Assert.Throws<SpecToolException>(() => RepositoryLayout.Find(folder));

        Assert.That(error!.Message, Is.EqualTo($"no Wassist.Generated.sln in {folder} or any folder above it: run the command inside the repository, or pass --repo <folder>."));
    }
}
