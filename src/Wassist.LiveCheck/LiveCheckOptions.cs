using System;
using System.Globalization;

namespace Wassist.LiveCheck;

/// <summary>
/// The command line: <c>[--base-url URL] [--json] [--record] [--max-operations N] [--interval SECONDS]
/// [--fixtures DIR]</c>; the key comes from <c>WASSIST_API_KEY</c>.
/// </summary>
internal sealed class LiveCheckOptions
{
    internal const string Usage = "usage: live-check [--base-url URL] [--json] [--record] [--max-operations N] [--interval SECONDS] [--fixtures DIR]   (key in WASSIST_API_KEY)";

    internal Uri BaseUrl { get; private set; } = new(WassistClientOptions.DefaultBaseUrl + "/");

    internal bool Json { get; private set; }

    internal bool Record { get; private set; }

    /// <summary>How many operations are called at most; the rest are reported as skipped.</summary>
    internal int MaxOperations { get; private set; } = int.MaxValue;

    /// <summary>The least time between two requests: one second keeps well under 100 requests a minute.</summary>
    internal TimeSpan Interval { get; private set; } = TimeSpan.FromSeconds(1);

    /// <summary>The fixtures folder --record writes into (its recorded/ folder and its fixtures.json).</summary>
    internal string FixturesDirectory { get; private set; } = "tests/fixtures";

    /// <summary>The options the arguments give; an <see cref="ArgumentException"/> names a bad one.</summary>
    internal static LiveCheckOptions Parse(string[] args)
    {
        var options = new LiveCheckOptions();
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--json": options.Json = true; break;
                case "--record": options.Record = true; break;
                case "--base-url":
                    options.BaseUrl = Uri.TryCreate(Value(args, ref i), UriKind.Absolute, out var url) && url.Scheme is "http" or "https" && url.UserInfo.Length == 0
                        ? new Uri(url.AbsoluteUri.TrimEnd('/') + "/")
                        : throw new ArgumentException($"--base-url must be an absolute http(s) URL without credentials, such as {WassistClientOptions.DefaultBaseUrl}.");
                    break;
                case "--max-operations":
                    options.MaxOperations = int.TryParse(Value(args, ref i), NumberStyles.None, CultureInfo.InvariantCulture, out var max) && max > 0
                        ? max
                        : throw new ArgumentException("--max-operations must be a whole number above 0.");
                    break;
                case "--interval":
                    options.Interval = double.TryParse(Value(args, ref i), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var seconds) && seconds <= 60
                        ? TimeSpan.FromSeconds(seconds)
                        : throw new ArgumentException("--interval must be a number of seconds from 0 to 60.");
                    break;
                case "--fixtures": options.FixturesDirectory = Value(args, ref i); break;
                default: throw new ArgumentException($"unknown argument '{args[i]}'.");
            }
        }

        return options;
    }

    private static string Value(string[] args, ref int i) =>
        ++i < args.Length ? args[i] : throw new ArgumentException($"{args[i - 1]} needs a value.");
}
