using System.Collections.Generic;
using System.Linq;

namespace Wassist.SpecTool.Commands;

/// <summary>A command's arguments: <c>--name value</c> options, <c>--flag</c> switches and positional values.</summary>
internal sealed class Arguments
{
    private readonly Dictionary<string, List<string>> _options = [];
    private readonly HashSet<string> _flags = [];
    private readonly List<string> _positional = [];

    public Arguments(string command, IEnumerable<string> args, string[] valueOptions, string[] flags)
    {
        using var items = args.GetEnumerator();
        while (items.MoveNext())
        {
            var arg = items.Current;
            if (valueOptions.Contains(arg))
            {
                _options.TryAdd(arg, []);
                _options[arg].Add(items.MoveNext() ? items.Current : throw new SpecToolException($"{command}: option '{arg}' needs a value."));
            }
            else if (flags.Contains(arg))
            {
                _flags.Add(arg);
            }
            else if (arg.StartsWith("--", System.StringComparison.Ordinal))
            {
                throw new SpecToolException($"{command}: unknown option '{arg}'; it takes {string.Join(", ", valueOptions.Concat(flags))}.");
            }
            else
            {
                _positional.Add(arg);
            }
        }
    }

    public IReadOnlyList<string> Positional => _positional;

    public IReadOnlyList<string> Values(string option) => _options.GetValueOrDefault(option) ?? [];

    public string? Value(string option) => Values(option).LastOrDefault();

    public bool Flag(string flag) => _flags.Contains(flag);

    /// <summary>The repository named by <c>--repo</c>, else the one holding the current folder.</summary>
    public RepositoryLayout Repository() => RepositoryLayout.Find(Value("--repo") ?? System.IO.Directory.GetCurrentDirectory());
}
