using System.Collections.Immutable;

namespace IomSim.Web.Views;

/// <summary>
/// A member sitting on the scenario's first day: its position, groups, relation towards the first applicant (if any),
/// and its attendance and abstention band as the scenario leaves them (its own override, else the scenario's value for
/// every state, else the seeds').
/// </summary>
internal sealed record MemberView(string Code, string Name, double Alignment, double Rights, ImmutableArray<string> Groups, double? RelationToApplicant, double Attendance, double AbstentionBand);
