using System.Collections.Immutable;
using System.Runtime.InteropServices;
using IomSim.Domain.Decisions;
using IomSim.Domain.Funding;
using IomSim.Domain.Randomness;
using StableHash = IomSim.Domain.Randomness.StableHash;
using Orleans.Placement;

namespace IomSim.Grains;

/// <summary>
/// A state: briefed on each item by the Council (its profile, relations and blocs for that day), it asks the decision
/// model for its view, and for its vote in every run of the batch it sits in; it holds each run's money and priorities
/// for the budget year and asks the funding rules what to pay and pledge.
/// </summary>
[GrainType("member-state")]
[PreferLocalPlacement]
public sealed class MemberStateGrain : Grain, IMemberStateGrain
{
    private readonly PerRun<DonorSetup?> _finances = new(() => null);

    // Derived from what the state is given, kept across batches because they are pure functions of it (briefs and
    // motions are immutable): the decision model of the last parameters, and the hashes of the state's code and of the
    // last motion it decided (hashing them on every decision was a tenth of a run).
    private DecisionModel? _model;
    private ulong? _codeHash;
    private (string Id, ulong Hash)? _motionHash;

    // The last brief found to be this state's, and its relation to the last motion's subject: every batch of an item
    // brings the same brief and motion, so the check and the look-up in the relations map are done once, not per call.
    private MemberStateSetup? _checkedBrief;
    private (MemberStateSetup Brief, Motion Motion, double Relation)? _relation;

    // The state's habit and ideal point on the last motion's issues, looked up once for all the batches of an item.
    private (MemberStateSetup Brief, MemberStance Stance)? _stance;

    private string Code => LaneKeys.OwnId(this.GetPrimaryKeyString());

    /// <inheritdoc />
    public ValueTask<MemberAssessment> Assess(MemberStateSetup brief, Motion motion)
    {
        ArgumentNullException.ThrowIfNull(motion);
        var model = ModelFor(brief);
        var context = new MotionContext(RelationTo(brief, motion), null, 0.0);
        return ValueTask.FromResult(new MemberAssessment(model.BaseUtility(brief.Profile, motion, context), brief.Blocs));
    }

    /// <inheritdoc />
    public ValueTask<MemberDecisions> Decide(MemberStateSetup brief, Motion motion, MemberSittings sittings)
    {
        ArgumentNullException.ThrowIfNull(motion);
        ArgumentNullException.ThrowIfNull(sittings);
        var model = ModelFor(brief);
        var relation = RelationTo(brief, motion);
        var stance = StanceOn(brief, motion);
        var code = CodeHash();
        var item = MotionHash(motion.Id);
        var decisions = new MemberDecision[sittings.Places.Length];
        for (var i = 0; i < decisions.Length; i++)
        {
            var random = RandomStream.For(sittings.Runs.Seed, sittings.Runs.First + sittings.Places[i], code, item);
            var context = new MotionContext(relation, sittings.BlocSignals[i], sittings.DonorPulls[i]);
            decisions[i] = model.Decide(stance, context, random);
        }

        return ValueTask.FromResult(new MemberDecisions(ImmutableCollectionsMarshal.AsImmutableArray(decisions)));
    }

    /// <inheritdoc />
    public ValueTask<ElectionBallot> CastBallot(BallotPaper paper, RunKey run)
    {
        ArgumentNullException.ThrowIfNull(paper);
        var brief = paper.Brief;
        var model = new ElectionBallotModel(ModelFor(brief).Parameters);
        var random = RandomStream.For(run.Seed, run.Run, brief.Profile.Code.Value, paper.Election.RoundId(paper.Round));
        return ValueTask.FromResult(model.Ballot(brief.Profile, paper.Election, paper.Standing, c => brief.Relations.GetValueOrDefault(c.Nominator), random));
    }

    /// <inheritdoc />
    public Task ConfigureFinances(DonorSetup setup, RunKey run)
    {
        ArgumentNullException.ThrowIfNull(setup);
        if (setup.Budget.Donor.Value != Code)
        {
            throw new ArgumentException($"State grain {Code} was given the budget of {setup.Budget.Donor}.", nameof(setup));
        }

        _finances[run] = setup;
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task<decimal> PayAssessment(AssessedContribution due, RunKey run)
    {
        ArgumentNullException.ThrowIfNull(due);
        return Task.FromResult(AssessedPayment.PaidChf(due, Finances(run).AssessedPayment, run.Seed, run.Run));
    }

    /// <inheritdoc />
    public Task<PledgePlan> Pledge(ImmutableArray<OpenAppeal> open, RunKey run)
    {
        var finances = Finances(run);
        return Task.FromResult(PledgePlanner.Plan(
            finances.Budget, finances.Priorities, open, s => finances.Interests.GetValueOrDefault(s), finances.PledgeNoise, run.Seed, run.Run));
    }

    private double RelationTo(MemberStateSetup brief, Motion motion)
    {
        if (_relation is not { } known || !ReferenceEquals(known.Brief, brief) || !ReferenceEquals(known.Motion, motion))
        {
            _relation = known = (brief, motion, motion.Subject is { } subject ? brief.Relations.GetValueOrDefault(subject) : 0.0);
        }

        return known.Relation;
    }

    private MemberStance StanceOn(MemberStateSetup brief, Motion motion)
    {
        if (_stance is not { } known || !ReferenceEquals(known.Brief, brief) || !ReferenceEquals(known.Stance.Motion, motion))
        {
            _stance = known = (brief, MemberStance.Of(brief.Profile, motion));
        }

        return known.Stance;
    }

    private DecisionModel ModelFor(MemberStateSetup brief)
    {
        ArgumentNullException.ThrowIfNull(brief);
        if (!ReferenceEquals(brief, _checkedBrief))
        {
            if (brief.Profile.Code.Value != Code)
            {
                throw new ArgumentException($"Member state grain {Code} was given the brief of {brief.Profile.Code}.", nameof(brief));
            }

            _checkedBrief = brief;
        }

        return _model is { } known && ReferenceEquals(known.Parameters, brief.Parameters) ? known : _model = new DecisionModel(brief.Parameters);
    }

    private ulong CodeHash() => _codeHash ??= StableHash.Of(Code);

    private ulong MotionHash(string id)
    {
        if (_motionHash is not { } known || !ReferenceEquals(known.Id, id))
        {
            _motionHash = known = (id, StableHash.Of(id));
        }

        return known.Hash;
    }

    private DonorSetup Finances(RunKey run) =>
        _finances[run] ?? throw new InvalidOperationException($"State {Code} was asked to pay or pledge before it was given its budget for the year in run {run.Run}.");
}
