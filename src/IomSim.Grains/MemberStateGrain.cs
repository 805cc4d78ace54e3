using System.Collections.Immutable;
using IomSim.Domain.Decisions;
using IomSim.Domain.Funding;
using IomSim.Domain.Randomness;
using IomSim.Runtime;

namespace IomSim.Grains;

/// <summary>
/// A state: briefed on each item by the Council (its profile, relations and blocs for that day), it asks the decision
/// model for its view and its vote; it holds its money and priorities for the budget year and asks the funding rules
/// what to pay and pledge.
/// </summary>
[GrainType("member-state")]
public sealed class MemberStateGrain : Grain, IMemberStateGrain, IResettableGrain
{
    private DonorSetup? _finances;

    // Derived from what the state is given, kept across runs and resets because they are pure functions of it (briefs
    // and motions are immutable): the decision model of the last parameters, and the hashes of the state's code and of
    // the last motion it decided (hashing them on every decision was a tenth of a run).
    private DecisionModel? _model;
    private ulong? _codeHash;
    private (string Id, ulong Hash)? _motionHash;

    // The last brief found to be this state's, and its relation to the last motion's subject: every run of an item
    // brings the same brief and motion, so the check and the look-up in the relations map are done once, not per call.
    private MemberStateSetup? _checkedBrief;
    private (MemberStateSetup Brief, Motion Motion, double Relation)? _relation;

    /// <inheritdoc/>
    public void Reset() => _finances = null;

    /// <inheritdoc />
    public ValueTask<MemberAssessment> Assess(MemberStateSetup brief, Motion motion)
    {
        ArgumentNullException.ThrowIfNull(motion);
        var model = ModelFor(brief);
        return ValueTask.FromResult(new MemberAssessment(model.BaseUtility(brief.Profile, motion, ContextFor(brief, motion, null, 0.0)), brief.Blocs));
    }

    /// <inheritdoc />
    public ValueTask<MemberDecision> Decide(MemberStateSetup brief, Motion motion, double? blocSignal, double donorPull, RunKey run)
    {
        ArgumentNullException.ThrowIfNull(motion);
        var model = ModelFor(brief);
        var random = RandomStream.For(run.Seed, run.Run, CodeHash(), MotionHash(motion.Id));
        return ValueTask.FromResult(model.Decide(brief.Profile, motion, ContextFor(brief, motion, blocSignal, donorPull), random));
    }

    /// <inheritdoc />
    public ValueTask<ElectionBallot> CastBallot(MemberStateSetup brief, Election election, ImmutableArray<string> standing, int round, RunKey run)
    {
        ArgumentNullException.ThrowIfNull(election);
        var model = new ElectionBallotModel(ModelFor(brief).Parameters);
        var random = RandomStream.For(run.Seed, run.Run, brief.Profile.Code.Value, election.RoundId(round));
        return ValueTask.FromResult(model.Ballot(brief.Profile, election, standing, c => brief.Relations.GetValueOrDefault(c.Nominator), random));
    }

    /// <inheritdoc />
    public Task ConfigureFinances(DonorSetup setup)
    {
        ArgumentNullException.ThrowIfNull(setup);
        if (setup.Budget.Donor.Value != GetPrimaryKeyString())
        {
            throw new ArgumentException($"State grain {GetPrimaryKeyString()} was given the budget of {setup.Budget.Donor}.", nameof(setup));
        }

        _finances = setup;
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task<decimal> PayAssessment(AssessedContribution due, RunKey run)
    {
        ArgumentNullException.ThrowIfNull(due);
        return Task.FromResult(AssessedPayment.PaidChf(due, Finances().AssessedPayment, run.Seed, run.Run));
    }

    /// <inheritdoc />
    public Task<PledgePlan> Pledge(ImmutableArray<OpenAppeal> open, RunKey run)
    {
        var finances = Finances();
        return Task.FromResult(PledgePlanner.Plan(
            finances.Budget, finances.Priorities, open, s => finances.Interests.GetValueOrDefault(s), finances.PledgeNoise, run.Seed, run.Run));
    }

    private MotionContext ContextFor(MemberStateSetup brief, Motion motion, double? blocSignal, double donorPull)
    {
        if (_relation is not { } known || !ReferenceEquals(known.Brief, brief) || !ReferenceEquals(known.Motion, motion))
        {
            _relation = known = (brief, motion, motion.Subject is { } subject ? brief.Relations.GetValueOrDefault(subject) : 0.0);
        }

        return new MotionContext(known.Relation, blocSignal, donorPull);
    }

    private DecisionModel ModelFor(MemberStateSetup brief)
    {
        ArgumentNullException.ThrowIfNull(brief);
        if (!ReferenceEquals(brief, _checkedBrief))
        {
            if (brief.Profile.Code.Value != GetPrimaryKeyString())
            {
                throw new ArgumentException($"Member state grain {GetPrimaryKeyString()} was given the brief of {brief.Profile.Code}.", nameof(brief));
            }

            _checkedBrief = brief;
        }

        return _model is { } known && ReferenceEquals(known.Parameters, brief.Parameters) ? known : _model = new DecisionModel(brief.Parameters);
    }

    private ulong CodeHash() => _codeHash ??= StableHash.Of(GetPrimaryKeyString());

    private ulong MotionHash(string id)
    {
        if (_motionHash is not { } known || !ReferenceEquals(known.Id, id))
        {
            _motionHash = known = (id, StableHash.Of(id));
        }

        return known.Hash;
    }

    private DonorSetup Finances() =>
        _finances ?? throw new InvalidOperationException($"State {GetPrimaryKeyString()} was asked to pay or pledge before it was given its budget for the year.");
}
