using System;
using System.Linq;
using System.Threading.Tasks;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace Wassist.Benchmarks
{
    /// <summary>
    /// Checks that every client does the same work, then runs BenchmarkDotNet with the arguments given (by default
    /// every benchmark, in this process). <c>./build.sh bench</c> runs it; <c>--job dry</c> runs each benchmark once.
    /// </summary>
    public static class Program
    {
        public static async Task<int> Main(string[] args)
        {
            await CorrectnessCheck.RunAsync();

            var config = DefaultConfig.Instance
                .AddColumn(new PeakHeapColumn())
                .WithSummaryStyle(SummaryStyle.Default.WithRatioStyle(RatioStyle.Value));

            // In this process: the ratios compare clients within one run, and no second build of the client is needed.
            var arguments = args.Contains("--inProcess") || args.Contains("-i") ? args : [.. args, "--inProcess"];
            if (!arguments.Contains("--filter") && !arguments.Contains("-f"))
            {
                arguments = [.. arguments, "--filter", "*"];
            }

            var summaries = BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(arguments, config).ToList();
            return summaries.Any(s => s.HasCriticalValidationErrors || s.Reports.Any(r => !r.Success)) ? 1 : 0;
        }
    }
}
