using IomSim.Domain.Decisions;
using IomSim.Domain.Procedure;
using IomSim.Domain.World;
using IomSim.Engine;
using IomSim.Scenarios;
using IomSim.Scenarios.Model;
using IomSim.Seeds;

namespace IomSim.Benchmarks;

/// <summary>
/// The 111th Council session (scenarios/russia-2020.yaml) on the real seeds, cut to its admission item, and the same
/// item as a plain roster for the direct procedure: the members sitting that day, Ukraine present and insisting on a
/// vote as on record, relations to Russia as seeded, the documented turnout an input. Motion and roster come from the
/// engine's own staging, so both sides decide the same item with the same model.
/// </summary>
internal sealed class RussiaSession
{
    private RussiaSession(World world, Scenario scenario, Motion motion, CouncilRoster roster)
    {
        World = world;
        Scenario = scenario;
        Motion = motion;
        Roster = roster;
        Model = new DecisionModel(scenario.World.Parameters);
    }

    public World World { get; }

    /// <summary>The scenario with only the admission session on its timeline.</summary>
    public Scenario Scenario { get; }

    public Motion Motion { get; }

    public CouncilRoster Roster { get; }

    public DecisionModel Model { get; }

    public static RussiaSession Load()
    {
        var world = SeedLoader.Load(RepositoryFiles.Combine("seeds"));
        var full = ScenarioReader.Read(RepositoryFiles.Combine("scenarios", "russia-2020.yaml"), world);
        var session = full.Timeline[0];
        var item = session.Items.Single(i => i.Kind == AgendaKind.Admission);
        var scenario = full with { Timeline = [session with { Items = [item] }] };

        // The engine's own staging: the motion placed and given the documented turnout as the engine gives it, the
        // roster with the scenario's overrides and the requests for a vote on record.
        var stage = new ScenarioStage(world, scenario);
        var motion = stage.MotionFor(item, session.Date);
        var roster = stage.RosterFor(session.Date, motion, item.FormalVoteRequestedBy);
        return new RussiaSession(world, scenario, motion, roster);
    }
}
