using System.Globalization;
using Newtonsoft.Json.Linq;

namespace Wassist.SpecTool.Drift;

/// <summary>
/// Validation keywords on what the client sends (request fields and parameters): a tighter one rejects values the
/// old description allowed, so code that worked stops working; a looser one is additive. Enum values are compared
/// with the enums (<see cref="CompareEnums"/>). The client does not validate responses, so their constraints do not
/// concern it.
/// </summary>
public sealed partial class SpecDiff
{
    /// <summary>The numeric bounds, and whether each is an upper bound (a lower value is tighter).</summary>
    private static readonly (string Keyword, bool Upper)[] Bounds =
    [
        ("maxLength", true), ("maximum", true), ("maxItems", true),
        ("minLength", false), ("minimum", false), ("minItems", false),
    ];

    private void CompareConstraints(string location, JObject oldSchema, JObject newSchema)
    {
        foreach (var (keyword, upper) in Bounds)
        {
            var before = oldSchema.Value<decimal?>(keyword);
            var after = newSchema.Value<decimal?>(keyword);
            if (before == after)
            {
                continue;
            }

            // No bound at all is the loosest one.
            var tighter = (before, after) switch
            {
                (null, _) => true,
                (_, null) => false,
                _ => upper ? after < before : after > before,
            };
            Add(tighter ? ChangeKinds.ConstraintTightened : ChangeKinds.ConstraintRelaxed, location, $"{keyword} {Show(before)} is now {Show(after)}");
        }

        var oldPattern = oldSchema.Value<string>("pattern");
        var newPattern = newSchema.Value<string>("pattern");
        if (oldPattern != newPattern)
        {
            // Two patterns cannot be compared in general: a changed one may reject what the old one accepted.
            Add(newPattern is null ? ChangeKinds.ConstraintRelaxed : ChangeKinds.ConstraintTightened, location,
                $"pattern {(oldPattern is null ? "none" : $"'{oldPattern}'")} is now {(newPattern is null ? "none" : $"'{newPattern}'")}");
        }
    }

    private static string Show(decimal? bound) => bound?.ToString(CultureInfo.InvariantCulture) ?? "none";
}
