using System.Collections.Immutable;
using IomSim.Domain.Decisions;

namespace IomSim.Grains;

/// <summary>
/// What a Council writes down while it decides an item, one place per seated member: the members' assessments, their
/// views and bloc lists, their blocs' signals and their decisions. Every run of a session seats the same members, so the
/// Council keeps one worksheet with its seats and writes each item over the last, rather than making five arrays per item
/// and run (about 14 KB for 173 members: two thirds of what a run allocated). Nothing on it outlives the item: the
/// procedure copies the decisions into its result and the bloc layout copies the bloc lists, and a Council decides one
/// item at a time (its calls are not reentrant).
/// </summary>
internal sealed class CouncilWorksheet(int members)
{
    public MemberAssessment[] Assessments { get; } = new MemberAssessment[members];

    public double[] Views { get; } = new double[members];

    public ImmutableArray<string>[] Blocs { get; } = new ImmutableArray<string>[members];

    public double?[] Signals { get; } = new double?[members];

    public MemberDecision[] Decisions { get; } = new MemberDecision[members];
}
