using System.IO;
using System.Linq;
using System.Management.Automation.Language;
using System.Text.RegularExpressions;
using NUnit.Framework;

namespace Wassist.Build.Tests;

/// <summary>build.ps1 cannot run here (no PowerShell), so its syntax and its steps are checked against build.sh.</summary>
public class BuildScriptTests
{
    [Test]
    public void Build_ps1_parses_without_errors()
    {
        Parser.ParseFile(Repository.PathOf("build.ps1"), out _, out var errors);

        Assert.That(errors.Select(e => $"{e.Extent.StartLineNumber}: {e.Message}"), Is.Empty);
    }

    [Test]
    public void Build_ps1_runs_the_same_dotnet_steps_as_build_sh()
    {
        var ast = Parser.ParseFile(Repository.PathOf("build.ps1"), out _, out _);
        var ps1Steps = ast.FindAll(n => n is CommandAst c && c.GetCommandName() == "Invoke-Dotnet", true)
            .Cast<CommandAst>()
            .Select(c => c.CommandElements[1].Extent.Text);
        var shSteps = Regex.Matches(File.ReadAllText(Repository.PathOf("build.sh")), @"\bdotnet (restore|build|test|pack|run|tool|stryker)\b")
            .Select(m => m.Groups[1].Value);

        Assert.That(ps1Steps, Is.EqualTo(shSteps));
    }
}
