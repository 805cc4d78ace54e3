using System.Collections.Immutable;
using IomSim.Domain.Decisions;
using IomSim.Domain.Funding;
using IomSim.Runtime;

namespace IomSim.Grains;

/// <summary>A member state, keyed by its ISO 3166-1 alpha-3 code: it forms a view of each motion and decides how to act.</summary>
/// <remarks>
/// The Council asks every member for its view and its decision on every item of every run: those calls return
/// <see cref="ValueTask{TResult}"/>, so that an answer given at once costs no task on either side.
/// </remarks>
public interface IMemberStateGrain : IGrainWithStringKey
{
    /// <summary>
    /// The state's own view of a motion, before blocs and chance, with the blocs that will average it, given its brief
    /// for the item (position, behaviour, relations, blocs on the day).
    /// </summary>
    ValueTask<MemberAssessment> Assess(MemberStateSetup brief, Motion motion);

    /// <summary>
    /// The state's decision on a motion, given its blocs' view and the pull of the donors whose projects it receives
    /// (0 unless funding influence is on), drawn from the run's keyed random stream.
    /// </summary>
    ValueTask<MemberDecision> Decide(MemberStateSetup brief, Motion motion, double? blocSignal, double donorPull, RunKey run);

    /// <summary>The state's ballot in one round of an election, among the candidates still standing.</summary>
    ValueTask<ElectionBallot> CastBallot(MemberStateSetup brief, Election election, ImmutableArray<string> standing, int round, RunKey run);

    /// <summary>Gives the state its money, funding priorities and payment behaviour for a budget year.</summary>
    Task ConfigureFinances(DonorSetup setup);

    /// <summary>What the state pays of a year's assessed contribution, in Swiss francs.</summary>
    Task<decimal> PayAssessment(AssessedContribution due, RunKey run);

    /// <summary>The state's pledges to the open appeals, drawn from the run's keyed random streams.</summary>
    Task<PledgePlan> Pledge(ImmutableArray<OpenAppeal> open, RunKey run);
}
