using System.Collections.Immutable;
using IomSim.Domain.Procedure;
using IomSim.Grains;

namespace IomSim.Engine;

/// <summary>What an agenda item needs in every run before it is put to the body: the roster and each member grain's set-up.</summary>
/// <param name="Roster">Who sits, with positions, behaviour, blocs and relations.</param>
/// <param name="Setups">Each member's configuration, in roster order.</param>
internal sealed record StagedItem(CouncilRoster Roster, ImmutableArray<MemberStateSetup> Setups);
