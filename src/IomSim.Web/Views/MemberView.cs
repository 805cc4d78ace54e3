using System.Collections.Immutable;

namespace IomSim.Web.Views;

/// <summary>A member sitting on the scenario's first day: its position, groups, and relation towards the first applicant (if any).</summary>
internal sealed record MemberView(string Code, string Name, double Alignment, double Rights, ImmutableArray<string> Groups, double? RelationToApplicant);
