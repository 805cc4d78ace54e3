using System.Collections.Immutable;
using IomSim.Domain.Decisions;
using IomSim.Domain.Funding;
using IomSim.Domain.Randomness;
using IomSim.Runtime;

namespace IomSim.Grains;

/// <summary>
/// A state: holds its profile for the session and asks the decision model how to vote; holds its money and
/// priorities for the budget year and asks the funding rules what to pay and pledge.
/// </summary>
[GrainType("member-state")]
public sealed class MemberStateGrain : Grain, IMemberStateGrain, IResettableGrain
{
    private MemberStateSetup? _setup;
    private DecisionModel? _model;
    private DonorSetup? _finances;

    // Hashes of this state's code and of the last motion it decided, kept across runs and resets: pure functions of
    // the text, and hashing them on every decision was a tenth of a run.
    private ulong? _codeHash;
    private (string Id, ulong Hash)? _motionHash;

    /// <inheritdoc/>
    public void Reset()
    {
        _setup = null;
        _model = null;
        _finances = null;
    }

    /// <inheritdoc />
    public Task Configure(MemberStateSetup setup)
    {
        ArgumentNullException.ThrowIfNull(setup);
        if (setup.Profile.Code.Value != GetPrimaryKeyString())
        {
            throw new ArgumentException($"Member state grain {GetPrimaryKeyString()} was given the profile of {setup.Profile.Code}.", nameof(setup));
        }

        _setup = setup;
        _model = new DecisionModel(setup.Parameters);
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public ValueTask<MemberAssessment> Assess(Motion motion)
    {
        var (setup, model) = Configured();
        return ValueTask.FromResult(new MemberAssessment(model.BaseUtility(setup.Profile, motion, ContextFor(setup, motion, null)), setup.Blocs));
    }

    /// <inheritdoc />
    public ValueTask<MemberDecision> Decide(Motion motion, double? blocSignal, double donorPull, RunKey run)
    {
        ArgumentNullException.ThrowIfNull(motion);
        var (setup, model) = Configured();
        var random = RandomStream.For(run.Seed, run.Run, CodeHash(), MotionHash(motion.Id));
        return ValueTask.FromResult(model.Decide(setup.Profile, motion, ContextFor(setup, motion, blocSignal) with { DonorPull = donorPull }, random));
    }

    /// <inheritdoc />
    public ValueTask<ElectionBallot> CastBallot(Election election, ImmutableArray<string> standing, int round, RunKey run)
    {
        ArgumentNullException.ThrowIfNull(election);
        var (setup, model) = Configured();
        var random = RandomStream.For(run.Seed, run.Run, setup.Profile.Code.Value, election.RoundId(round));
        return ValueTask.FromResult(model.Ballot(setup.Profile, election, standing, c => setup.Relations.GetValueOrDefault(c.Nominator), random));
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

    private static MotionContext ContextFor(MemberStateSetup setup, Motion motion, double? blocSignal) =>
        new(motion.Subject is { } subject ? setup.Relations.GetValueOrDefault(subject) : 0.0, blocSignal, 0.0);

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

    private (MemberStateSetup Setup, DecisionModel Model) Configured() =>
        _setup is not null && _model is not null
            ? (_setup, _model)
            : throw new InvalidOperationException($"Member state {GetPrimaryKeyString()} was asked to decide before it was configured for the session.");
}
