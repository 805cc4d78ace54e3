using IomSim.Domain.World;
using IomSim.Seeds.Csv;

namespace IomSim.Seeds.Files;

/// <summary>Reads <c>seeds/relations.csv</c>: <c>from,to,weight,valid_from,valid_until,basis,source</c> (both dates inclusive).</summary>
internal static class RelationsReader
{
    public static readonly string[] Columns = ["from", "to", "weight", "valid_from", "valid_until", "basis", "source"];

    public static RelationRegister Read(SeedTable table, IReadOnlySet<StateCode> states)
    {
        var relations = new List<(Relation Relation, SeedRow Row)>();
        foreach (var row in table.Rows)
        {
            var from = row.State("from", states);
            var to = row.State("to", states);
            if (from == to)
            {
                throw row.Error("to", $"{to} is the same state as 'from' (expected a relation between two states)");
            }

            var weight = row.Number("weight", -1, 1);
            var validFrom = row.OptionalDay("valid_from");
            var validUntil = row.OptionalDay("valid_until");
            if (validFrom > validUntil)
            {
                throw row.Error("valid_until", $"{row["valid_until"]} is before valid_from {row["valid_from"]}");
            }

            var basis = row.Basis("basis", ValueBasis.Documented, ValueBasis.DocumentedVote);
            var relation = new Relation(from, to, weight, validFrom, validUntil, basis, row.Source());
            foreach (var (other, otherRow) in relations.Where(r => r.Relation.From == from && r.Relation.To == to))
            {
                if (other.ValidFrom == validFrom)
                {
                    throw row.Error("from", $"duplicate row: {from}->{to} from '{row["valid_from"]}' is already on line {otherRow.Line}");
                }

                if ((validFrom ?? DateOnly.MinValue) <= (other.ValidUntil ?? DateOnly.MaxValue)
                    && (other.ValidFrom ?? DateOnly.MinValue) <= (validUntil ?? DateOnly.MaxValue))
                {
                    throw row.Error("valid_from", $"{from}->{to} overlaps the relation on line {otherRow.Line} (expected one relation per pair and day)");
                }
            }

            relations.Add((relation, row));
        }

        return new RelationRegister(relations.Select(r => r.Relation));
    }
}
