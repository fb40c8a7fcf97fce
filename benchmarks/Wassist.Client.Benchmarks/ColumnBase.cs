using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace Wassist.Benchmarks
{
    /// <summary>What this project's columns share: a numeric custom column of the summary table.</summary>
    internal abstract class ColumnBase(string name, UnitType unitType, string legend, int priority, bool alwaysShow) : IColumn
    {
        public string Id => GetType().Name;

        public string ColumnName => name;

        public bool AlwaysShow => alwaysShow;

        public ColumnCategory Category => ColumnCategory.Custom;

        public int PriorityInCategory => priority;

        public bool IsNumeric => true;

        public UnitType UnitType => unitType;

        public string Legend => legend;

        public bool IsAvailable(Summary summary) => true;

        public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

        public abstract string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style);
    }
}
