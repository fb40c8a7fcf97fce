using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace Wassist.Benchmarks
{
    /// <summary>The most memory a list walk held at once, measured by <see cref="CorrectnessCheck"/> before the timed run.</summary>
    internal sealed class PeakHeapColumn : IColumn
    {
        public string Id => nameof(PeakHeapColumn);

        public string ColumnName => "Peak heap";

        public bool AlwaysShow => false;

        public ColumnCategory Category => ColumnCategory.Custom;

        public int PriorityInCategory => 0;

        public bool IsNumeric => true;

        public UnitType UnitType => UnitType.Size;

        public string Legend => "Most memory held at once during the walk (live heap after a full collection, sampled every 50 items)";

        public bool IsAvailable(Summary summary) => true;

        public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
        {
            var items = benchmarkCase.Parameters.Items.Count == 0 ? null : benchmarkCase.Parameters["Items"];
            return items is not null && CorrectnessCheck.PeakHeap.TryGetValue($"{benchmarkCase.Descriptor.WorkloadMethod.Name}/{items}", out var bytes)
                ? $"{bytes / 1024.0:0.0} KB"
                : "-";
        }
    }
}
