using System.CommandLine;
using IomSim.Cli.Output;

namespace IomSim.Cli.Commands;

/// <summary>The argument and options of <c>run</c> and <c>compare</c>, added to a command and read back as a <see cref="ScenarioRequest"/>.</summary>
internal sealed class ScenarioOptions
{
    private readonly Argument<string> _scenario = CommonOptions.Scenario();
    private readonly Option<int?> _runs;
    private readonly Option<ulong?> _seed = CommonOptions.Seed();
    private readonly Option<string> _format = CommonOptions.Format();
    private readonly Option<DirectoryInfo?> _out = CommonOptions.Out();
    private readonly Option<string?> _store = CommonOptions.Store();
    private readonly Option<DirectoryInfo?> _seeds = CommonOptions.Seeds();
    private readonly Option<int> _parallel = CommonOptions.Parallel();
    private readonly Option<Grains.ClusterAddress?> _cluster = CommonOptions.Cluster(ClusterDescription);

    /// <summary>What <c>--cluster</c> does for the commands that play runs.</summary>
    public const string ClusterDescription = "Play on the silos of the cluster whose membership is kept in this Redis server "
        + "(started with 'iomsim silo --cluster URL'), in batches spread over them, instead of on a silo in this program. Same results.";

    /// <summary>Adds the argument and options to <paramref name="command"/>.</summary>
    public ScenarioOptions(Command command, string runsDescription)
    {
        _runs = CommonOptions.Runs(runsDescription);
        command.Arguments.Add(_scenario);
        foreach (Option option in new Option[] { _runs, _seed, _format, _out, _store, _seeds, _parallel, _cluster })
        {
            command.Options.Add(option);
        }
    }

    /// <summary>The request the command line makes.</summary>
    public ScenarioRequest Read(ParseResult parsed) => new(
        parsed.GetValue(_scenario)!,
        parsed.GetValue(_runs),
        parsed.GetValue(_seed),
        parsed.GetValue(_parallel),
        parsed.GetValue(_seeds),
        parsed.GetValue(_store),
        OutputFormats.Parse(parsed.GetValue(_format)!),
        parsed.GetValue(_out),
        parsed.GetValue(_cluster));
}
