using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace Wassist.Benchmarks
{
    /// <summary>
    /// The fastest iteration of a variant over the fastest iteration of the baseline. On a shared machine another
    /// tenant's load only adds time, in phases that can cover a whole benchmark and not its baseline, which moves the
    /// mean ratio; the fastest iterations are the ones least disturbed, so their ratio is the cost of the code.
    /// </summary>
    internal sealed class FastestRatioColumn() : ColumnBase(
        "Fastest ratio",
        UnitType.Dimensionless,
        "Fastest iteration of this variant / fastest iteration of the baseline (the ratio least moved by other load)",
        priority: -1,
        alwaysShow: true)
    {
        public override string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
        {
            var baseline = summary.GetBaseline(summary.GetLogicalGroupKey(benchmarkCase));
            var fastest = baseline is null ? null : summary[benchmarkCase]?.ResultStatistics?.Min;
            var baselineFastest = baseline is null ? null : summary[baseline]?.ResultStatistics?.Min;
            return fastest is { } time && baselineFastest is > 0
                ? (time / baselineFastest.Value).ToString("0.00", CultureInfo.InvariantCulture)
                : "-";
        }
    }
}
