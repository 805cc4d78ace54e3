using System.Collections.Immutable;
using IomSim.Domain.Decisions;
using IomSim.Domain.Funding;

namespace IomSim.Grains;

/// <summary>
/// A member state of one lane, keyed <c>{lane}/{ISO 3166-1 alpha-3 code}</c>: it forms a view of each motion and
/// decides how to act in every run of a batch, and holds each run's money for the budget year.
/// </summary>
/// <remarks>
/// The Council asks every member for its view and its decisions on every item of every batch: those calls return
/// <see cref="ValueTask{TResult}"/>, so that an answer given at once costs no task.
/// </remarks>
[Alias("iomsim.IMemberStateGrain")]
public interface IMemberStateGrain : IGrainWithStringKey
{
    /// <summary>
    /// The state's own view of a motion, before blocs and chance, with the blocs that will average it, given its brief
    /// for the item (position, behaviour, relations, blocs on the day): the same in every run.
    /// </summary>
    [Alias("Assess")]
    ValueTask<MemberAssessment> Assess(MemberStateSetup brief, Motion motion);

    /// <summary>
    /// The state's decisions on a motion in each run it sits in, given its blocs' view and the pull of its donors in
    /// that run, each drawn from the run's keyed random stream.
    /// </summary>
    [Alias("Decide")]
    ValueTask<MemberDecisions> Decide(MemberStateSetup brief, Motion motion, MemberSittings sittings);

    /// <summary>The state's ballot in one round of an election in one run.</summary>
    [Alias("CastBallot")]
    ValueTask<ElectionBallot> CastBallot(BallotPaper paper, RunKey run);

    /// <summary>Gives the state its money, funding priorities and payment behaviour for a budget year of one run.</summary>
    [Alias("ConfigureFinances")]
    Task ConfigureFinances(DonorSetup setup, RunKey run);

    /// <summary>What the state pays of a year's assessed contribution in one run, in Swiss francs.</summary>
    [Alias("PayAssessment")]
    Task<decimal> PayAssessment(AssessedContribution due, RunKey run);

    /// <summary>The state's pledges to the open appeals in one run, drawn from the run's keyed random streams.</summary>
    [Alias("Pledge")]
    Task<PledgePlan> Pledge(ImmutableArray<OpenAppeal> open, RunKey run);
}
