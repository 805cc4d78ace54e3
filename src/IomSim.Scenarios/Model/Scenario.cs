using System.Collections.Immutable;

namespace IomSim.Scenarios.Model;

/// <summary>A runnable scenario: a voting body, a world, a timeline of sessions, and how often to run it.</summary>
/// <param name="Id">Short identifier (<c>russia-2020</c>).</param>
/// <param name="Title">One line for listings.</param>
/// <param name="Description">What the scenario shows and where its facts come from.</param>
/// <param name="Body">Which body votes.</param>
/// <param name="World">The world: its membership date and any overrides of the seeds.</param>
/// <param name="Timeline">Sessions in date order.</param>
/// <param name="Runs">Default number of runs (1 for a replay).</param>
/// <param name="Seed">Default seed.</param>
/// <param name="Source">Where the scenario was read from, and its content hash.</param>
public sealed record Scenario(
    string Id,
    string Title,
    string Description,
    VotingBody Body,
    ScenarioWorld World,
    ImmutableArray<Session> Timeline,
    int Runs,
    ulong Seed,
    ScenarioSource Source)
{
    /// <summary>
    /// The id of another scenario this one (a counterfactual) is compared with side by side, never its own id; null
    /// when there is none. The reader checks the id's form only: the scenario it names is found by whoever compares.
    /// </summary>
    public string? Baseline { get; init; }

    /// <summary>How the funding year is played: the Administration's rules, the pledges' randomness and changes to donors.</summary>
    public ScenarioFunding Funding { get; init; } = ScenarioFunding.Default;
}
