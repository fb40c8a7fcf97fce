using System.IO;
using Newtonsoft.Json.Linq;

namespace Wassist.SpecTool.Tests;

/// <summary>A throwaway repository laid out like this one, for commands that read and write the tree.</summary>
internal sealed class TempRepository
{
    public TempRepository(JObject spec, JObject? baseline = null)
    {
        Layout = new RepositoryLayout(Directory.CreateTempSubdirectory("wassist-repo-").FullName);
        Write("Wassist.Generated.sln", "");
        Write("nswag.json", """{ "runtime": "Net100" }""");
        Write("Directory.Packages.props", """<Project><ItemGroup><PackageVersion Include="NSwag.MSBuild" Version="[14.7.1]" /></ItemGroup></Project>""");
        Write("openapi/naming.overlay.json", """{ "overlay": "1.0.0", "actions": [] }""");
        Write("src/Wassist.Client/obj/Generated/Wassist.g.cs", "// generated\n");
        Write("openapi/wassist.openapi.json", spec.ToString());
        Write("openapi/baseline/wassist.openapi.json", (baseline ?? spec).ToString());
    }

    public RepositoryLayout Layout { get; }

    public string Write(string relative, string text)
    {
        var path = Layout.PathOf(relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    public string Read(string relative) => File.ReadAllText(Layout.PathOf(relative));
}
