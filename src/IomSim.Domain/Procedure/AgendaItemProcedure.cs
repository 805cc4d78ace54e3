using System.Collections.Immutable;
using IomSim.Domain.Decisions;
using IomSim.Domain.Funding;
using IomSim.Domain.Randomness;
using IomSim.Domain.World;

namespace IomSim.Domain.Procedure;

/// <summary>
/// One agenda item, start to finish, as the Council handles it: every member forms a view, the blocs' views are
/// averaged, the chair proposes adoption by consensus, and if any member insists on a formal vote, the members vote
/// and the kind's majority rule decides, provided a quorum took part. The grain version runs the same steps, one
/// member grain each; this is the direct version, over plain arrays.
/// </summary>
public static class AgendaItemProcedure
{
    /// <summary>Runs the item for one seed and run.</summary>
    public static AgendaItemResult Run(Motion motion, CouncilRoster roster, DecisionModel model, ulong seed, int run)
    {
        ArgumentNullException.ThrowIfNull(motion);
        ArgumentNullException.ThrowIfNull(roster);
        ArgumentNullException.ThrowIfNull(model);

        var baseUtilities = roster.Members.ToDictionary(
            m => m.Code,
            m => model.BaseUtility(m, motion, roster.ContextFor(m.Code, blocSignal: null)));
        var signals = BlocCohesion.Signals(baseUtilities, roster.BlocsOf);

        var decisions = ImmutableSortedDictionary.CreateBuilder<StateCode, MemberDecision>();
        foreach (var member in roster.Members)
        {
            var context = roster.ContextFor(member.Code, signals.TryGetValue(member.Code, out var s) ? s : null)
                with { DonorPull = DonorPull(roster.Ties, member.Code, baseUtilities) };
            decisions[member.Code] = model.Decide(member, motion, context, RandomStream.For(seed, run, member.Code.Value, motion.Id));
        }

        return Conclude(motion, decisions.ToImmutable(), roster.NotEntitled, roster.FormalVoteRequestedBy);
    }

    /// <summary>
    /// The pull on <paramref name="member"/> towards the views of the donors whose projects it received: for each
    /// donor, its share of the member's money times how far the donor's base utility for the motion lies from the
    /// member's own (each clamped to ±1), so a recipient moves towards its donors whichever side they are on. A donor
    /// that is not sitting (the EU, a fund) has no view here.
    /// </summary>
    public static double DonorPull(FundingTies ties, StateCode member, IReadOnlyDictionary<StateCode, double> baseUtilities)
    {
        ArgumentNullException.ThrowIfNull(ties);
        ArgumentNullException.ThrowIfNull(baseUtilities);
        var own = baseUtilities.GetValueOrDefault(member);
        return ties.PullOn(member, donor => donor.State is { } state && baseUtilities.TryGetValue(state, out var view) ? view - own : null);
    }

    /// <summary>
    /// From every member's decision to the item's result: the consensus round, then the vote if one is asked for.
    /// <paramref name="requestedBy"/> lists members that ask for a formal vote whatever their own view (a request on
    /// record, or a scenario's injected one).
    /// </summary>
    public static AgendaItemResult Conclude(
        Motion motion,
        ImmutableSortedDictionary<StateCode, MemberDecision> decisions,
        ImmutableHashSet<StateCode> notEntitled,
        ImmutableHashSet<StateCode>? requestedBy = null)
    {
        ArgumentNullException.ThrowIfNull(motion);
        ArgumentNullException.ThrowIfNull(decisions);
        ArgumentNullException.ThrowIfNull(notEntitled);
        requestedBy ??= [];

        var objectors = decisions.Where(d => d.Value.ObjectsToConsensus || requestedBy.Contains(d.Key)).Select(d => d.Key).ToImmutableArray();
        var requested = decisions.Where(d => d.Value.RequestsFormalVote || requestedBy.Contains(d.Key)).Select(d => d.Key).ToImmutableArray();
        var votes = decisions.ToImmutableSortedDictionary(
            d => d.Key,
            d => d.Value.Present && notEntitled.Contains(d.Key) ? Vote.NotEntitled : d.Value.Vote);
        var reasons = decisions.ToImmutableSortedDictionary(d => d.Key, d => d.Value.Reason);

        if (requested.IsEmpty)
        {
            return new AgendaItemResult(motion, ItemOutcome.AdoptedByConsensus, null, objectors, requested, votes, reasons);
        }

        var tally = Tally.Of(votes.Values);
        return new AgendaItemResult(motion, MajorityRules.OutcomeOf(tally, motion.Kind), tally, objectors, requested, votes, reasons);
    }
}
