using IomSim.Domain.World;
using IomSim.Seeds.Csv;

namespace IomSim.Seeds.Files;

/// <summary>Reads <c>seeds/groups.csv</c>: <c>code,group,joined,left,basis,source</c> (see <see cref="GroupSpell"/> for how dates count).</summary>
internal static class GroupsReader
{
    public static readonly string[] Columns = ["code", "group", "joined", "left", "basis", "source"];

    public static GroupRegister Read(SeedTable table, IReadOnlySet<StateCode> states)
    {
        var spells = new List<(GroupSpell Spell, SeedRow Row)>();
        foreach (var row in table.Rows)
        {
            var code = row.State("code", states);
            var group = row.Required("group", "a group name such as EU or UN-WEOG");
            if (!group.All(c => char.IsAsciiLetterOrDigit(c) || c == '-'))
            {
                throw row.Error("group", $"'{group}' is not a group name (expected letters, digits and hyphens)");
            }

            var joined = row.OptionalPartialDate("joined");
            var left = row.OptionalPartialDate("left");
            if (joined is { } j && left is { } l && l.Latest < j.Earliest)
            {
                throw row.Error("left", $"{row["left"]} is before joined {row["joined"]} (expected left on or after joined)");
            }

            var basis = row.Basis("basis", ValueBasis.Documented, ValueBasis.Dataset, ValueBasis.Inferred, ValueBasis.GeneralKnowledge);
            var spell = new GroupSpell(code, group, joined, left, basis, row.Source());
            foreach (var (other, otherRow) in spells.Where(s => s.Spell.State == code && s.Spell.Group == group))
            {
                if (other.Joined == joined)
                {
                    throw row.Error("code", $"duplicate row: {code} in {group} joined '{row["joined"]}' is already on line {otherRow.Line}");
                }

                if (Overlap(spell, other))
                {
                    throw row.Error("joined", $"the spell overlaps {code}'s {group} spell on line {otherRow.Line} (expected separate spells)");
                }
            }

            spells.Add((spell, row));
        }

        return new GroupRegister(spells.Select(s => s.Spell));
    }

    private static bool Overlap(GroupSpell a, GroupSpell b)
    {
        var aStart = a.Joined?.Earliest ?? DateOnly.MinValue;
        var bStart = b.Joined?.Earliest ?? DateOnly.MinValue;
        var aEnd = a.Left?.Latest ?? DateOnly.MaxValue;
        var bEnd = b.Left?.Latest ?? DateOnly.MaxValue;
        return aStart <= bEnd && bStart <= aEnd;
    }
}
