using System.Collections.Immutable;
using IomSim.Domain.World;
using IomSim.Seeds.Csv;

namespace IomSim.Seeds.Files;

/// <summary>
/// Reads <c>seeds/positions.csv</c> (written by the position-estimation tool): <c>code,alignment,rights,votes,basis,source</c>,
/// basis <c>roll-calls</c> (estimated) or <c>default</c> (no estimate: a stated default, read as a modelling assumption).
/// </summary>
internal static class PositionsReader
{
    public static readonly string[] Columns = ["code", "alignment", "rights", "votes", "basis", "source"];

    public static ImmutableSortedDictionary<StateCode, StatePosition> Read(SeedTable table, IReadOnlySet<StateCode> states)
    {
        var positions = ImmutableSortedDictionary.CreateBuilder<StateCode, StatePosition>();
        foreach (var row in table.Rows)
        {
            var code = row.State("code", states);
            var position = new PolicyPosition(row.Number("alignment", -1, 1), row.Number("rights", -1, 1));
            var votes = row.Integer("votes", 0);
            var basis = row["basis"] switch
            {
                "roll-calls" => ValueBasis.RollCalls,
                "default" => ValueBasis.ModellingAssumption,
                var other => throw row.Error("basis", $"'{other}' is not a positions basis (expected roll-calls or default)"),
            };
            if (!positions.TryAdd(code, new StatePosition(position, votes, basis, row.Source())))
            {
                throw row.Error("code", $"duplicate row: {code} appears twice");
            }
        }

        return positions.ToImmutable();
    }
}
