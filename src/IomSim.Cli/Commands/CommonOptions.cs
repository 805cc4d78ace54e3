using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using IomSim.Cli.Output;
using IomSim.Scenarios;

namespace IomSim.Cli.Commands;

/// <summary>The options several commands share, made fresh for each command.</summary>
internal static class CommonOptions
{
    /// <summary><c>--seeds DIR</c>: the seed data folder (default: the copy next to the program).</summary>
    public static Option<DirectoryInfo?> Seeds() => new("--seeds")
    {
        Description = "The seed data folder (default: the copy of the repository's seeds/ next to the program).",
        HelpName = "DIR",
    };

    /// <summary><c>--format table|json|csv</c>.</summary>
    public static Option<string> Format()
    {
        var option = new Option<string>("--format")
        {
            Description = "table for people, json (the contract in docs/json-contract.md) or csv (one measure per row).",
            DefaultValueFactory = _ => "table",
        };
        option.AcceptOnlyFromAmong(OutputFormats.Names);
        return option;
    }

    /// <summary><c>--out DIR</c>: write the result there instead of to standard output.</summary>
    public static Option<DirectoryInfo?> Out() => new("--out")
    {
        Description = "Write result.json, result.csv or result.txt into this folder (created if missing) instead of standard output.",
        HelpName = "DIR",
    };

    /// <summary><c>--runs N</c>.</summary>
    public static Option<int?> Runs(string description) => new("--runs")
    {
        Description = description,
        HelpName = "N",
        CustomParser = result => WholeNumber(result, 1, ScenarioFormat.MaxRuns),
    };

    /// <summary><c>--seed S</c>.</summary>
    public static Option<ulong?> Seed() => new("--seed")
    {
        Description = "The seed, 0 to 18446744073709551615 (default: the scenario's seed). Same scenario and seed, same results.",
        HelpName = "S",
        CustomParser = result =>
        {
            var text = result.Tokens.Count == 1 ? result.Tokens[0].Value : string.Empty;
            if (ulong.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var seed))
            {
                return seed;
            }

            result.AddError($"--seed must be a whole number from 0 to {ulong.MaxValue}, not '{text}'");
            return null;
        },
    };

    /// <summary><c>--store PATH|URL</c>.</summary>
    public static Option<string?> Store() => new("--store")
    {
        Description = "Where every run is stored: a SQLite results file, or a PostgreSQL database as "
            + "postgres://user:password@host:port/database (default: $IOMSIM_STORE, else iomsim/results.db in the user's local data folder).",
        HelpName = "PATH|URL",
    };

    /// <summary><c>--parallel P</c>.</summary>
    public static Option<int> Parallel() => new("--parallel")
    {
        Description = "How many runs at once (default: the number of processors). Results do not depend on it.",
        HelpName = "P",
        DefaultValueFactory = _ => Environment.ProcessorCount,
        CustomParser = result => WholeNumber(result, 1, 1024) ?? 1,
    };

    /// <summary><c>--cluster URL</c>: play on the silos of a cluster (or, for <c>silo</c> and <c>serve</c>, join it).</summary>
    public static Option<Grains.ClusterAddress?> Cluster(string description) => new("--cluster")
    {
        Description = description,
        HelpName = "redis://HOST[:PORT][?cluster=NAME]",
        CustomParser = result =>
        {
            var text = result.Tokens.Count == 1 ? result.Tokens[0].Value : string.Empty;
            try
            {
                return Grains.ClusterAddress.Parse(text, "--cluster");
            }
            catch (FormatException error)
            {
                result.AddError(error.Message);
                return null;
            }
        },
    };

    /// <summary>A TCP port option (<c>--port</c>, <c>--gateway</c>).</summary>
    public static Option<int> Port(string name, int defaultPort, string description) => new(name)
    {
        Description = $"{description} (default {defaultPort}).",
        HelpName = "N",
        DefaultValueFactory = _ => defaultPort,
        CustomParser = result => WholeNumber(result, 1, 65535) ?? defaultPort,
    };

    /// <summary>The <c>&lt;scenario&gt;</c> argument.</summary>
    public static Argument<string> Scenario() => new("scenario")
    {
        Description = "The scenario: its id as 'iomsim list' shows it (russia-2020), or its file (scenarios/russia-2020.yaml).",
    };

    // A whole number from min to max; anything else is a parse error naming the option and the range.
    private static int? WholeNumber(ArgumentResult result, int min, int max)
    {
        var option = result.Parent is OptionResult parent ? parent.Option.Name : result.Argument.Name;
        var text = result.Tokens.Count == 1 ? result.Tokens[0].Value : string.Empty;
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max)
        {
            return value;
        }

        result.AddError($"{option} must be a whole number from {min} to {max}, not '{text}'");
        return null;
    }
}
