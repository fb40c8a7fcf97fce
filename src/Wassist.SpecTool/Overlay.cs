using System;
using System.Collections.Generic;
using System.IO;
using Newtonsoft.Json.Linq;

namespace Wassist.SpecTool;

/// <summary>An OpenAPI Overlay 1.0 document: an ordered list of actions applied to a description.</summary>
public sealed class Overlay
{
    public Overlay(string name, IReadOnlyList<OverlayAction> actions)
    {
        Name = name;
        Actions = actions;
    }

    /// <summary>Where the overlay came from (its file name), used in error messages.</summary>
    public string Name { get; }

    public IReadOnlyList<OverlayAction> Actions { get; }

    public static Overlay Load(string path) => Parse(Path.GetFileName(path), File.ReadAllText(path));

    public static Overlay Parse(string name, string json)
    {
        var root = JObject.Parse(json);
        if (root.Value<string>("overlay") is not { } version || !version.StartsWith("1.", StringComparison.Ordinal))
        {
            throw new SpecToolException($"{name}: not an OpenAPI Overlay 1.x document (the 'overlay' field must be \"1.0.0\").");
        }

        var actions = new List<OverlayAction>();
        var index = 0;
        foreach (var item in root["actions"] as JArray ?? throw new SpecToolException($"{name}: the 'actions' array is missing."))
        {
            actions.Add(OverlayAction.Parse(name, index++, (JObject)item));
        }

        return new Overlay(name, actions);
    }
}
