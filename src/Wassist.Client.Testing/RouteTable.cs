using System;
using System.Collections.Generic;
using System.Linq;

namespace Wassist.Testing
{
    /// <summary>Finds the operation a request is for, and, for a request no operation declares, the nearest ones.</summary>
    internal sealed class RouteTable
    {
        private readonly IReadOnlyList<ApiOperation> _operations;

        internal RouteTable(IReadOnlyList<ApiOperation> operations) => _operations = operations;

        /// <summary>Every operation whose template matches the path (any method), the most literal template first.</summary>
        internal IReadOnlyList<(ApiOperation Operation, Dictionary<string, string> PathValues)> MatchPath(IReadOnlyList<string> segments) =>
            _operations
                .Select(o => (Operation: o, PathValues: o.Match(segments)!))
                .Where(m => m.PathValues is not null)
                .GroupBy(m => m.Operation.PathTemplate)
                .OrderByDescending(g => g.First().Operation.LiteralCount)
                .FirstOrDefault()?
                .ToList()
            ?? new List<(ApiOperation, Dictionary<string, string>)>();

        /// <summary>The operations closest to a method and path, closest first: by path, then the same method first.</summary>
        internal IReadOnlyList<ApiOperation> Nearest(string method, IReadOnlyList<string> segments, int count) =>
            _operations
                .OrderBy(o => Distance(segments, o.Segments))
                .ThenBy(o => o.Method == method ? 0 : 1)
                .ThenBy(o => o.PathTemplate, StringComparer.Ordinal)
                .Take(count)
                .ToList();

        /// <summary>Edit distance over path segments; a parameter matches any segment, a misspelt one costs under 1.</summary>
        private static double Distance(IReadOnlyList<string> path, IReadOnlyList<string> template)
        {
            var d = new double[path.Count + 1, template.Count + 1];
            for (var i = 0; i <= path.Count; i++)
            {
                d[i, 0] = i;
            }

            for (var j = 0; j <= template.Count; j++)
            {
                d[0, j] = j;
            }

            for (var i = 1; i <= path.Count; i++)
            {
                for (var j = 1; j <= template.Count; j++)
                {
                    var substitution = ApiOperation.IsParameter(template[j - 1]) ? 0.1 : SegmentDistance(path[i - 1], template[j - 1]);
                    d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + substitution);
                }
            }

            return d[path.Count, template.Count];
        }

        private static double SegmentDistance(string a, string b)
        {
            if (string.Equals(a, b, StringComparison.Ordinal))
            {
                return 0;
            }

            var d = new int[a.Length + 1, b.Length + 1];
            for (var i = 0; i <= a.Length; i++)
            {
                d[i, 0] = i;
            }

            for (var j = 0; j <= b.Length; j++)
            {
                d[0, j] = j;
            }

            for (var i = 1; i <= a.Length; i++)
            {
                for (var j = 1; j <= b.Length; j++)
                {
                    var cost = char.ToLowerInvariant(a[i - 1]) == char.ToLowerInvariant(b[j - 1]) ? 0 : 1;
                    d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                }
            }

            return 0.2 + 0.8 * d[a.Length, b.Length] / Math.Max(a.Length, b.Length);
        }
    }
}
