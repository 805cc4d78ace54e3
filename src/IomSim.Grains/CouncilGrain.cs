using System.Collections.Immutable;
using System.Runtime.InteropServices;
using IomSim.Domain.Decisions;
using IomSim.Domain.Procedure;
using IomSim.Domain.World;
using Orleans.Placement;

namespace IomSim.Grains;

/// <summary>
/// The Council of a lane (keyed like its Administration). For each item it asks every member for its view (the same in
/// every run), averages the blocs' views in each run, asks each member once for its decisions in all the runs of the
/// batch it sits in, and lets the Constitution's procedure conclude each run: the same steps as
/// <see cref="AgendaItemProcedure"/>, one member grain each.
/// </summary>
[GrainType("council")]
[PreferLocalPlacement]
public sealed class CouncilGrain : Grain, ICouncilGrain
{
    // The members' views of the last item, by reference to the item's motion and briefs: every batch of a play brings
    // the same objects, and a view depends on nothing else, so a lane asks for them once per item, not once per batch.
    private (Motion Motion, StateDictionary<MemberStateSetup> Briefs, ImmutableArray<StateCode> Members, MemberAssessment[] Views)? _assessed;

    // The bloc layout of the last members, kept while they answer with the same bloc lists.
    private BlocLayout? _blocs;

    private string Lane => this.GetPrimaryKeyString();

    /// <inheritdoc />
    public async Task<CouncilDecisions> Decide(AgendaItem item, RunBatch runs)
    {
        ArgumentNullException.ThrowIfNull(item);
        ArgumentNullException.ThrowIfNull(runs);
        var administration = GrainFactory.GetGrain<IAdministrationGrain>(Lane);
        var seatings = (await administration.SeatingOn(item.Date, runs)).ByRun;

        // Everyone who sits in any run, in code order; in nearly every batch all runs seat the same members.
        var everyone = Everyone(seatings);
        var views = await AssessAsync(item, everyone);

        // Per seating (runs whose registers agree share one): each member's blocs' view and donors' pull.
        var place = new Dictionary<StateCode, int>(everyone.Length);
        for (var i = 0; i < everyone.Length; i++)
        {
            place.Add(everyone[i], i);
        }

        var worked = new Dictionary<CouncilSeating, (double?[] Signals, double[] Pulls)>(ReferenceEqualityComparer.Instance);
        foreach (var seating in seatings)
        {
            if (!worked.ContainsKey(seating))
            {
                worked.Add(seating, Work(seating, views, place));
            }
        }

        // Each member's runs, in batch order, with what differs between them.
        var sittings = new (List<int> Places, List<double?> Signals, List<double> Pulls)[everyone.Length];
        for (var p = 0; p < seatings.Length; p++)
        {
            var seating = seatings[p];
            var (signals, pulls) = worked[seating];
            for (var m = 0; m < seating.Members.Length; m++)
            {
                ref var sitting = ref sittings[place[seating.Members[m]]];
                sitting.Places ??= new List<int>(runs.Count);
                sitting.Signals ??= new List<double?>(runs.Count);
                sitting.Pulls ??= new List<double>(runs.Count);
                sitting.Places.Add(p);
                sitting.Signals.Add(signals[m]);
                sitting.Pulls.Add(pulls[m]);
            }
        }

        // Answers are gathered in member order, whatever order they arrive in.
        var answers = await FanOut.InOrder(everyone.Length, i => Member(everyone[i]).Decide(
            BriefOf(item.Briefs, everyone[i], i, item.Date),
            item.Motion,
            new MemberSittings(runs, [.. sittings[i].Places], [.. sittings[i].Signals], [.. sittings[i].Pulls])));

        return new CouncilDecisions(Conclude(item, seatings, answers, place));
    }

    /// <inheritdoc />
    public async Task<CouncilElections> Elect(ElectionItem item, RunBatch runs)
    {
        ArgumentNullException.ThrowIfNull(item);
        ArgumentNullException.ThrowIfNull(runs);
        var seatings = (await GrainFactory.GetGrain<IAdministrationGrain>(Lane).SeatingOn(item.Date, runs)).ByRun;

        // Elections are rare (a Director General every five years): each run's rounds are asked run by run.
        var results = new ElectionResult[runs.Count];
        for (var p = 0; p < runs.Count; p++)
        {
            var run = runs[p];
            var seating = seatings[p];
            var entitled = seating.Members.Where(m => !seating.NotEntitled.Contains(m)).ToArray();
            var voters = entitled.Select(Member).ToArray();
            var briefs = entitled.Select((m, i) => BriefOf(item.Briefs, m, i, item.Date)).ToArray();
            var state = ElectionState.Start([.. item.Election.Candidates.Select(c => c.Name)]);
            while (!state.IsOverAfter(ElectionProcedure.DefaultMaxRounds))
            {
                var round = state.NextRound;
                var standing = state.Standing;
                var ballots = await FanOut.InOrder(voters.Length, i => voters[i].CastBallot(new BallotPaper(briefs[i], item.Election, standing, round), run));
                state = ElectionProcedure.Next(state, ballots);
            }

            results[p] = state.ToResult();
        }

        return new CouncilElections(ImmutableCollectionsMarshal.AsImmutableArray(results));
    }

    private IMemberStateGrain Member(StateCode code) => GrainFactory.GetGrain<IMemberStateGrain>(LaneKeys.Within(Lane, code.Value));

    private static ImmutableArray<StateCode> Everyone(ImmutableArray<CouncilSeating> seatings)
    {
        var first = seatings[0].Members;
        if (seatings.All(s => s.Members == first))
        {
            return first;
        }

        var union = new SortedSet<StateCode>();
        foreach (var seating in seatings)
        {
            union.UnionWith(seating.Members);
        }

        return [.. union];
    }

    // Every member's view of the item, asked at once and read back in member order.
    private async Task<MemberAssessment[]> AssessAsync(AgendaItem item, ImmutableArray<StateCode> everyone)
    {
        if (_assessed is { } known && ReferenceEquals(known.Motion, item.Motion) && ReferenceEquals(known.Briefs, item.Briefs) && known.Members == everyone)
        {
            return known.Views;
        }

        var views = await FanOut.InOrder(everyone.Length, i => Member(everyone[i]).Assess(BriefOf(item.Briefs, everyone[i], i, item.Date), item.Motion));
        _assessed = (item.Motion, item.Briefs, everyone, views);
        return views;
    }

    // The blocs' view and the donors' pull for each member of one seating, in its member order.
    private (double?[] Signals, double[] Pulls) Work(CouncilSeating seating, MemberAssessment[] assessed, Dictionary<StateCode, int> place)
    {
        var members = seating.Members;
        var views = new double[members.Length];
        var blocs = new ImmutableArray<string>[members.Length];
        for (var m = 0; m < members.Length; m++)
        {
            var assessment = assessed[place[members[m]]];
            views[m] = assessment.Utility;
            blocs[m] = assessment.Blocs;
        }

        var layout = _blocs is { } known && known.Fits(members, blocs) ? known : _blocs = BlocLayout.Of(members, blocs);
        var signals = layout.Signals(views);
        var pulls = new double[members.Length];
        if (!seating.Ties.ByRecipient.IsEmpty)
        {
            var byCode = AgendaItemProcedure.Views(members.AsSpan(), views);
            for (var m = 0; m < members.Length; m++)
            {
                pulls[m] = AgendaItemProcedure.DonorPull(seating.Ties, members[m], byCode);
            }
        }

        return (signals, pulls);
    }

    // Each run's decisions in its own member order, then the Constitution's procedure.
    private static ImmutableArray<AgendaItemResult> Conclude(
        AgendaItem item,
        ImmutableArray<CouncilSeating> seatings,
        MemberDecisions[] answers,
        Dictionary<StateCode, int> place)
    {
        var next = new int[answers.Length];
        var results = new AgendaItemResult[seatings.Length];
        for (var p = 0; p < seatings.Length; p++)
        {
            var seating = seatings[p];
            var decisions = new MemberDecision[seating.Members.Length];
            for (var m = 0; m < decisions.Length; m++)
            {
                var i = place[seating.Members[m]];
                decisions[m] = answers[i].ByRun[next[i]++];
            }

            results[p] = AgendaItemProcedure.Conclude(item.Motion, seating.Members, decisions, seating.NotEntitled, item.FormalVoteRequestedBy);
        }

        return ImmutableCollectionsMarshal.AsImmutableArray(results);
    }

    // The members and the briefs usually come in the same code order, so the brief is found at the member's own place.
    private static MemberStateSetup BriefOf(StateDictionary<MemberStateSetup> briefs, StateCode member, int position, DateOnly date) =>
        position < briefs.Count && briefs.Keys[position] == member ? briefs.Values[position]
        : briefs.TryGetValue(member, out var brief) ? brief
        : throw new InvalidOperationException($"Member state {member} sits on {date:yyyy-MM-dd} but the item brings no brief for it.");
}
