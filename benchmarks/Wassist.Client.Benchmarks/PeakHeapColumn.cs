using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace Wassist.Benchmarks
{
    /// <summary>The most memory a list walk held at once, measured by <see cref="CorrectnessCheck"/> before the timed run.</summary>
    internal sealed class PeakHeapColumn() : ColumnBase(
        "Peak heap",
        UnitType.Size,
        "Most memory held at once during the walk (live heap after a full collection, sampled every 50 items)",
        priority: 0,
        alwaysShow: false)
    {
        public override string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
        {
            var items = benchmarkCase.Parameters.Items.Count == 0 ? null : benchmarkCase.Parameters["Items"];
            return items is not null && CorrectnessCheck.PeakHeap.TryGetValue($"{benchmarkCase.Descriptor.WorkloadMethod.Name}/{items}", out var bytes)
                ? $"{bytes / 1024.0:0.0} KB"
                : "-";
        }
    }
}
