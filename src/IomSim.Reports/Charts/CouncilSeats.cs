using IomSim.Domain.World;
using IomSim.Engine.Results;

namespace IomSim.Reports.Charts;

/// <summary>
/// The seats of one run of an item, from the engine's result: the data the report's and the dashboard's hemicycles are
/// both drawn from, so the two cannot tell different stories.
/// </summary>
public static class CouncilSeats
{
    /// <summary>One seat per member that had a say on <paramref name="item"/> in <paramref name="run"/>, named and grouped by <paramref name="world"/> on the item's day.</summary>
    public static IReadOnlyList<HemicycleSeat> Of(EventResult item, EventRun run, World world)
    {
        ArgumentNullException.ThrowIfNull(item);
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(world);
        var objectors = run.Objectors.ToHashSet(StringComparer.Ordinal);
        var requesters = run.RequestedVote.ToHashSet(StringComparer.Ordinal);
        return [.. run.Votes.Select(v =>
        {
            var known = StateCode.TryParse(v.Key, out var state);
            var groups = known ? world.Groups.GroupsOf(state, item.Date) : [];
            return new HemicycleSeat(
                v.Key,
                known && world.States.TryGetValue(state, out var profile) ? profile.Name : v.Key,
                groups.FirstOrDefault(g => g.StartsWith("UN-", StringComparison.Ordinal)) ?? string.Empty,
                string.Join(", ", groups),
                v.Value,
                run.Reasons.GetValueOrDefault(v.Key))
            {
                Objected = objectors.Contains(v.Key),
                RequestedVote = requesters.Contains(v.Key),
                OnRecord = known && item.Documented?.NamedVoteOf(state) is { } recorded ? Recorded(recorded) : null,
            };
        })];
    }

    /// <summary>Whether the seats of <paramref name="run"/> show leanings: no formal vote was held, so each shows how its member would have voted.</summary>
    public static bool Leaning(EventRun run)
    {
        ArgumentNullException.ThrowIfNull(run);
        return run.Tally is null;
    }

    // A recorded vote under the name simulated votes use: not voting on record is absence.
    private static string Recorded(RecordedVote vote) => vote switch
    {
        RecordedVote.Yes => "yes",
        RecordedVote.No => "no",
        RecordedVote.Abstain => "abstain",
        _ => "absent",
    };
}
