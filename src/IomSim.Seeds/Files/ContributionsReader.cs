using System.Collections.Immutable;
using IomSim.Domain.Funding;
using IomSim.Domain.World;
using IomSim.Seeds.Csv;

namespace IomSim.Seeds.Files;

/// <summary>
/// Reads <c>seeds/contributions.csv</c> (written by tools/IomSim.ImportContributions):
/// <c>year,donor,name,kind,assessed_usd,voluntary_earmarked_usd,voluntary_unearmarked_usd,other_usd,source</c>.
/// Amounts are net as recorded and may be negative (refunds and adjustments). Each donor gets a profile with neutral
/// priorities, named as on its latest row.
/// </summary>
internal static class ContributionsReader
{
    public static readonly string[] Columns =
        ["year", "donor", "name", "kind", "assessed_usd", "voluntary_earmarked_usd", "voluntary_unearmarked_usd", "other_usd", "source"];

    /// <summary>The source of a donor profile with no row in <c>seeds/donor-priorities.csv</c>.</summary>
    public const string NeutralSource = "no priorities seeded: neutral";

    public static (ImmutableArray<RecordedContribution> Contributions, ImmutableSortedDictionary<DonorId, DonorProfile> Donors) Read(
        SeedTable table, IReadOnlySet<StateCode> states)
    {
        var contributions = new List<RecordedContribution>();
        var seen = new Dictionary<(int Year, DonorId Donor), int>();
        var donors = new Dictionary<DonorId, (string Name, DonorKind Kind, int Year, int Line)>();
        foreach (var row in table.Rows)
        {
            var year = row.Year("year");
            var donor = row.Donor("donor", states);
            var name = row.Required("name", "the contributor's name as the record writes it");
            var kindText = row["kind"];
            if (!FundingNames.TryParseKind(kindText, out var kind))
            {
                throw row.Error("kind", $"'{kindText}' is not a donor kind (expected one of: {string.Join(", ", FundingNames.KindNames)})");
            }

            // A three-letter id is read as a state, so the kind must agree with the id's form.
            if ((donor.State is not null) != (kind == DonorKind.State))
            {
                throw row.Error("kind", donor.State is not null
                    ? $"'{kindText}' does not fit {donor}, a state code (expected state)"
                    : $"'{kindText}' does not fit {donor}, which is not a state code (a state's id is its ISO alpha-3 code)");
            }

            var contribution = new RecordedContribution(
                year,
                donor,
                row.Amount("assessed_usd"),
                row.Amount("voluntary_earmarked_usd"),
                row.Amount("voluntary_unearmarked_usd"),
                row.Amount("other_usd"),
                row.Source());
            if (!seen.TryAdd((year, donor), row.Line))
            {
                throw row.Error("donor", $"duplicate row: {donor} in {year} is already on line {seen[(year, donor)]}");
            }

            if (donors.TryGetValue(donor, out var known))
            {
                if (known.Kind != kind)
                {
                    throw row.Error("kind", $"{donor} is '{FundingNames.Of(known.Kind)}' on line {known.Line} (expected one kind per donor)");
                }

                if (year > known.Year)
                {
                    donors[donor] = (name, kind, year, row.Line);
                }
            }
            else
            {
                donors[donor] = (name, kind, year, row.Line);
            }

            contributions.Add(contribution);
        }

        var profiles = donors.ToImmutableSortedDictionary(
            pair => pair.Key,
            pair => new DonorProfile(pair.Key, pair.Value.Name, pair.Value.Kind, DonorPriorities.Neutral, ValueBasis.ModellingAssumption, NeutralSource));
        return ([.. contributions.OrderBy(c => c.Year).ThenBy(c => c.Donor)], profiles);
    }
}
