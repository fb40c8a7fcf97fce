using System.IO;
using System.Linq;
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
        Write("openapi/naming.overlay.json", NamingOverlay(spec).ToString());
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

    /// <summary>The spec's operations are already named; the overlay only describes their resources, as the glue needs.</summary>
    private static JObject NamingOverlay(JObject spec)
    {
        var resources = new JObject(OpenApiOperation.All(spec)
            .Select(o => o.OperationId!.Split('_')[0])
            .Distinct()
            .Select(resource => new JProperty(resource, $"{resource} of the test API.")));
        return new JObject
        {
            ["overlay"] = "1.0.0",
            ["actions"] = new JArray(new JObject { ["target"] = "$", ["update"] = new JObject { [ClientGlue.ResourcesExtension] = resources } }),
        };
    }
}
