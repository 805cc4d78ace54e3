using System.Collections.Immutable;
using IomSim.Domain.World;
using IomSim.Seeds.Csv;

namespace IomSim.Seeds.Files;

/// <summary>Reads <c>seeds/non-members-2016.csv</c>: <c>code,source</c>, the seed paper's listing as of 25 July 2016.</summary>
internal static class NonMembersReader
{
    public static readonly string[] Columns = ["code", "source"];

    /// <summary>The day the seed paper's listing refers to.</summary>
    public static readonly DateOnly AsOf = new(2016, 7, 25);

    public static ImmutableArray<ListedNonMember> Read(SeedTable table, IReadOnlySet<StateCode> states)
    {
        var seen = new HashSet<StateCode>();
        var listed = ImmutableArray.CreateBuilder<ListedNonMember>();
        foreach (var row in table.Rows)
        {
            var code = row.State("code", states);
            if (!seen.Add(code))
            {
                throw row.Error("code", $"duplicate row: {code} appears twice");
            }

            listed.Add(new ListedNonMember(code, AsOf, row.Source()));
        }

        return listed.ToImmutable();
    }
}
