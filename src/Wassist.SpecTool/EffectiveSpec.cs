using System.Collections.Generic;
using System.IO;
using System.Linq;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Wassist.SpecTool;

/// <summary>The description the client is generated from: the published spec with our overlays applied and checked.</summary>
public static class EffectiveSpec
{
    /// <summary>The overlay that maps operationIds to client and method names.</summary>
    public const string NamingOverlayFile = "naming.overlay.json";

    public static JObject Build(JObject published, IEnumerable<Overlay> overlays)
    {
        var document = (JObject)published.DeepClone();
        foreach (var overlay in overlays)
        {
            OverlayApplier.Apply(document, overlay);
        }

        TypeNames.Apply(document);
        Normalization.Apply(document);
        OperationNames.Validate(OpenApiOperation.All(document), NamingOverlayFile);
        TypeNames.Validate(document, NamingOverlayFile);
        return document;
    }

    public static JObject Build(string specPath, IEnumerable<string> overlayPaths) => Build(Load(specPath), LoadOverlays(overlayPaths));

    /// <summary>The overlays in the order the build applies them: by file name.</summary>
    public static IReadOnlyList<Overlay> LoadOverlays(IEnumerable<string> overlayPaths) =>
        overlayPaths.OrderBy(p => Path.GetFileName(p), System.StringComparer.Ordinal).Select(Overlay.Load).ToList();

    public static JObject Load(string path)
    {
        using var reader = new JsonTextReader(File.OpenText(path)) { DateParseHandling = DateParseHandling.None };
        return JObject.Load(reader);
    }

    /// <summary>
    /// Writes indented JSON with LF line ends, so the output is the same on every OS. An unchanged file is left
    /// untouched, so a change to an input that does not change the result does not make NSwag run again.
    /// </summary>
    /// <returns>Whether the file was written.</returns>
    public static bool Write(JObject document, string path) => TextFiles.WriteIfChanged(path, ToText(document));

    /// <summary>The exact text <see cref="Write"/> writes: indented, LF line ends, a final newline.</summary>
    public static string ToText(JObject document) => document.ToString(Formatting.Indented).Replace("\r\n", "\n") + "\n";
}
