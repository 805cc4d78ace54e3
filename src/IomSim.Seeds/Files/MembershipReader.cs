using IomSim.Domain.World;
using IomSim.Seeds.Csv;

namespace IomSim.Seeds.Files;

/// <summary>
/// Reads <c>seeds/iom-membership.csv</c>: <c>code,status,approved,from_earliest,from_latest,until,basis,source,note</c>.
/// A year-only <c>from_earliest</c> means 1 January, a year-only <c>from_latest</c> 31 December, a year-only
/// <c>until</c> 1 January (the spell is not counted in a year it may have ended in).
/// </summary>
internal static class MembershipReader
{
    public static readonly string[] Columns = ["code", "status", "approved", "from_earliest", "from_latest", "until", "basis", "source", "note"];

    public static MembershipRegister Read(SeedTable table, IReadOnlySet<StateCode> states)
    {
        var spells = new List<(MembershipSpell Spell, SeedRow Row)>();
        var keys = new HashSet<(StateCode, MembershipStatus, DateOnly?, DateOnly)>();
        foreach (var row in table.Rows)
        {
            var code = row.State("code", states);
            var status = row["status"] switch
            {
                "member" => MembershipStatus.Member,
                "observer" => MembershipStatus.Observer,
                var other => throw row.Error("status", $"'{other}' is not a status (expected member or observer)"),
            };
            var approved = row.OptionalDay("approved");
            var fromEarliest = row.OptionalPartialDate("from_earliest")?.Earliest;
            var fromLatest = row.OptionalPartialDate("from_latest")?.Latest
                ?? throw row.Error("from_latest", "is empty (expected YYYY-MM-DD or YYYY: the latest day the spell can have begun)");
            var until = row.OptionalPartialDate("until")?.Earliest;
            if (fromEarliest > fromLatest)
            {
                throw row.Error("from_earliest", $"{row["from_earliest"]} is after from_latest {row["from_latest"]} (expected from_earliest <= from_latest)");
            }

            if (until <= fromLatest)
            {
                throw row.Error("until", $"{row["until"]} is not after from_latest {row["from_latest"]} (expected a spell that lasts at least a day)");
            }

            if (approved > fromLatest)
            {
                throw row.Error("approved", $"{row["approved"]} is after from_latest {row["from_latest"]} (expected the decision before the spell begins)");
            }

            var basis = row.Basis("basis", ValueBasis.Documented, ValueBasis.Dataset, ValueBasis.Inferred);
            var spell = new MembershipSpell(code, status, approved, fromEarliest, fromLatest, until, basis, row.Source(), row["note"]);
            if (!keys.Add((code, status, fromEarliest, fromLatest)))
            {
                throw row.Error("code", $"duplicate row: {code} already has a {row["status"]} spell from {row["from_earliest"]}..{row["from_latest"]}");
            }

            foreach (var (other, otherRow) in spells.Where(s => s.Spell.State == code))
            {
                if (Overlap(spell, other))
                {
                    throw row.Error("from_latest", $"the {row["status"]} spell overlaps the {otherRow["status"]} spell on line {otherRow.Line} (expected one standing at a time)");
                }
            }

            spells.Add((spell, row));
        }

        return new MembershipRegister(spells.Select(s => s.Spell));
    }

    private static bool Overlap(MembershipSpell a, MembershipSpell b)
    {
        var aStart = a.FromEarliest ?? a.FromLatest;
        var bStart = b.FromEarliest ?? b.FromLatest;
        var aEnd = a.Until ?? DateOnly.MaxValue;
        var bEnd = b.Until ?? DateOnly.MaxValue;
        return aStart < bEnd && bStart < aEnd;
    }
}
