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
    /// every benchmark). <c>./build.sh bench</c> runs it; <c>--job dry</c> runs each benchmark once.
    /// </summary>
    public static class Program
    {
        public static async Task<int> Main(string[] args)
        {
            await CorrectnessCheck.RunAsync();

            var config = DefaultConfig.Instance
                .AddColumn(new FastestRatioColumn(), new PeakHeapColumn())
                .WithSummaryStyle(SummaryStyle.Default.WithRatioStyle(RatioStyle.Value));

            // Each variant runs in a process of its own (BenchmarkDotNet's default), as an application runs one client:
            // in one shared process the JIT's profile-guided optimization of the code the variants share (Newtonsoft,
            // HttpClient) favours whichever variant ran first, by about 5% either way on Create Conversation.
            var arguments = args.Contains("--filter") || args.Contains("-f") ? args : [.. args, "--filter", "*"];

            var summaries = BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(arguments, config).ToList();
            return summaries.Any(s => s.HasCriticalValidationErrors || s.Reports.Any(r => !r.Success)) ? 1 : 0;
        }
    }
}
