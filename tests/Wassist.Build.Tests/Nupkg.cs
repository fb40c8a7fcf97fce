using System.Collections.Generic;
using System.IO.Compression;
using System.Linq;
using System.Xml.Linq;

namespace Wassist.Build.Tests;

/// <summary>What a packed .nupkg holds: its file entries and the package ids it depends on (sorted, once each).</summary>
internal static class Nupkg
{
    internal static (HashSet<string> Entries, string[] Dependencies) Read(string path)
    {
        using var package = ZipFile.OpenRead(path);
        using var nuspec = package.Entries.Single(e => e.FullName.EndsWith(".nuspec")).Open();
        var dependencies = XDocument.Load(nuspec).Descendants().Where(e => e.Name.LocalName == "dependency")
            .Select(e => (string)e.Attribute("id")!).Distinct().OrderBy(d => d).ToArray();
        return (package.Entries.Select(e => e.FullName).ToHashSet(), dependencies);
    }
}
