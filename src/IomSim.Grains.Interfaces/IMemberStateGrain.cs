using System.Collections.Immutable;
using IomSim.Domain.Decisions;
using IomSim.Runtime;

namespace IomSim.Grains;

/// <summary>A member state, keyed by its ISO 3166-1 alpha-3 code: it forms a view of each motion and decides how to act.</summary>
public interface IMemberStateGrain : IGrainWithStringKey
{
    /// <summary>Gives the state its profile for a session: position, behaviour, relations, blocs.</summary>
    Task Configure(MemberStateSetup setup);

    /// <summary>The state's own view of a motion, before blocs and chance, with the blocs that will average it.</summary>
    Task<MemberAssessment> Assess(Motion motion);

    /// <summary>The state's decision on a motion, given its blocs' view, drawn from the run's keyed random stream.</summary>
    Task<MemberDecision> Decide(Motion motion, double? blocSignal, RunKey run);

    /// <summary>The state's ballot in one round of an election, among the candidates still standing.</summary>
    Task<ElectionBallot> CastBallot(Election election, ImmutableArray<string> standing, int round, RunKey run);
}
