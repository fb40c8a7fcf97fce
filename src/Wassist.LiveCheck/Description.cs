using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using NSwag;

namespace Wassist.LiveCheck;

/// <summary>
/// The effective API description (the one Wassist.Client is generated from, embedded in this assembly), read by
/// NSwag's own reader so "valid" means what it means to the generator.
/// </summary>
internal static class Description
{
    private const string ResourceName = "Wassist.LiveCheck.wassist.effective.json";

    /// <summary>Every GET operation of the embedded description, in the order the description lists them.</summary>
    internal static async Task<IReadOnlyList<CheckedOperation>> ReadOperationsAsync()
    {
        using var stream = typeof(Description).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded API description '{ResourceName}' is missing; build Wassist.Client first.");
        using var reader = new StreamReader(stream);
        return GetOperations(await OpenApiDocument.FromJsonAsync(await reader.ReadToEndAsync()));
    }

    internal static IReadOnlyList<CheckedOperation> GetOperations(OpenApiDocument document) =>
        document.Operations
            .Where(o => string.Equals(o.Method, "get", StringComparison.OrdinalIgnoreCase))
            .Select(o =>
            {
                var success = o.Operation.ActualResponses
                    .Where(r => r.Key.Length == 3 && r.Key[0] == '2')
                    .OrderBy(r => r.Key, StringComparer.Ordinal)
                    .FirstOrDefault();
                var schema = success.Value?.Content is { } content && content.TryGetValue("application/json", out var media) ? media.Schema?.ActualSchema : null;
                var status = success.Key is null ? 200 : int.Parse(success.Key, CultureInfo.InvariantCulture);
                return new CheckedOperation(o.Operation.OperationId, o.Path, status, schema);
            })
            .ToList();
}
