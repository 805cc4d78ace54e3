using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using IomSim.Cli.Commands;

namespace IomSim.Cli.Runs;

/// <summary>The options that choose stored runs (<c>--scenario</c>, <c>--seed</c>, <c>--key</c>, <c>--older-than</c>) and <c>--store</c>.</summary>
internal sealed class RunSelectionOptions
{
    private readonly Option<string[]> _scenario = new("--scenario")
    {
        Description = "Only the runs of this scenario id (repeat for several).",
        HelpName = "ID",
        DefaultValueFactory = _ => [],
    };

    private readonly Option<ulong?> _seed = CommonOptions.Seed();

    private readonly Option<string?> _key = new("--key")
    {
        Description = "Only the runs stored under a key starting with this (the key column of 'iomsim runs list': one scenario file or sweep setting).",
        HelpName = "HEX",
    };

    private readonly Option<DateTimeOffset?> _olderThan;

    private readonly Option<string?> _store = CommonOptions.Store();

    /// <summary>Adds the options to <paramref name="command"/>; <paramref name="withAge"/> adds <c>--older-than</c>.</summary>
    public RunSelectionOptions(Command command, bool withAge, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(command);
        _seed.Description = "Only the runs of this seed.";
        _olderThan = new Option<DateTimeOffset?>("--older-than")
        {
            Description = "Only the runs stored before this: a date or time (2026-12-01, 2026-12-01T12:00Z, read as UTC) or an age "
                + "(30d, 12h, 45m). Runs stored by an iomsim that did not record the time count as older.",
            HelpName = "WHEN",
            CustomParser = result => When(result, time),
        };
        command.Options.Add(_scenario);
        command.Options.Add(_seed);
        command.Options.Add(_key);
        if (withAge)
        {
            command.Options.Add(_olderThan);
        }

        command.Options.Add(_store);
    }

    /// <summary>The selection the command line makes.</summary>
    public RunSelection Read(ParseResult parsed) =>
        new(parsed.GetValue(_scenario) ?? [], parsed.GetValue(_seed), parsed.GetValue(_key), parsed.GetValue(_olderThan));

    /// <summary>The <c>--store</c> given, or null.</summary>
    public string? Store(ParseResult parsed) => parsed.GetValue(_store);

    private static DateTimeOffset? When(ArgumentResult result, TimeProvider time)
    {
        var text = result.Tokens.Count == 1 ? result.Tokens[0].Value.Trim() : string.Empty;
        if (text.Length > 1 && char.IsAsciiLetter(text[^1])
            && double.TryParse(text[..^1], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var amount))
        {
            TimeSpan? age = char.ToLowerInvariant(text[^1]) switch
            {
                'd' => TimeSpan.FromDays(amount),
                'h' => TimeSpan.FromHours(amount),
                'm' => TimeSpan.FromMinutes(amount),
                _ => null,
            };
            if (age is { } span)
            {
                return time.GetUtcNow() - span;
            }
        }

        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var when))
        {
            return when;
        }

        result.AddError($"--older-than must be a date or time such as 2026-12-01 or 2026-12-01T12:00Z, or an age such as 30d, 12h or 45m, not '{text}'");
        return null;
    }
}
