using System;
using System.IO;
using System.Linq;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Wassist.LiveCheck.Recording;

namespace Wassist.LiveCheck;

/// <summary>
/// The live check end to end: options, the calls, the report (text, or JSON alone on standard output), the recorded
/// fixtures, and the exit code: 1 when an answer breaks the client or contradicts the description, 2 for bad
/// arguments or no key, 0 otherwise.
/// </summary>
internal static class LiveCheck
{
    internal const string ApiKeyVariable = "WASSIST_API_KEY";

    /// <param name="transport">Sends the requests: the network in use, a fake in tests.</param>
    internal static async Task<int> RunAsync(string[] args, string? apiKey, HttpMessageHandler transport, TextWriter output, TextWriter log, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        LiveCheckOptions options;
        try
        {
            options = LiveCheckOptions.Parse(args);
        }
        catch (ArgumentException error)
        {
            log.WriteLine($"live-check: {error.Message}");
            log.WriteLine(LiveCheckOptions.Usage);
            return 2;
        }

        if (string.IsNullOrWhiteSpace(apiKey))
        {
            log.WriteLine($"live-check: set {ApiKeyVariable} to a Wassist API key; the check only reads (GET), it never writes.");
            return 2;
        }

        if (options.Record && !File.Exists(Path.Combine(options.FixturesDirectory, "fixtures.json")))
        {
            log.WriteLine($"live-check: --record writes into {options.FixturesDirectory}, which has no fixtures.json; run it from the repository root.");
            return 2;
        }

        using var http = new HttpClient(transport, disposeHandler: false) { Timeout = TimeSpan.FromSeconds(60) };
        var operations = await Description.ReadOperationsAsync();
        var run = new LiveCheckRun(operations, new PacedHttp(http, apiKey!, options.Interval), options.BaseUrl, options.MaxOperations);
        var results = await run.RunAsync(cancellationToken);

        if (options.Json)
        {
            Report.WriteJson(output, results);
        }
        else
        {
            Report.WriteText(output, options.BaseUrl.ToString(), results);
        }

        if (options.Record)
        {
            var (written, failing) = new FixtureRecorder(options.FixturesDirectory, new Redactor(apiKey)).Record(results, now, options.BaseUrl);
            var report = options.Json ? log : output;
            report.WriteLine($"Recorded {written.Count} fixtures into {Path.Combine(options.FixturesDirectory, FixtureRecorder.Folder)} and listed them in fixtures.json.");
            foreach (var (file, problems) in failing)
            {
                report.WriteLine($"  {file} fails fixture conformance: {string.Join("; ", problems.Select(p => p.ToString()))}");
            }
        }

        return Report.ExitCode(results);
    }
}
