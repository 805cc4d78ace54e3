using IomSim.Domain.Funding;
using IomSim.Estimation.Input;

namespace IomSim.ImportContributions;

/// <summary>
/// Maps every CEB row to a donor (a government by its name in <c>seeds/states.csv</c> or by the alias table; any
/// other contributor by the alias table) and sums the rows that map to the same donor in the same year. Amounts are
/// kept exactly as recorded, negative ones included. Rows come out sorted by year, then donor id (ordinal).
/// </summary>
internal static class ContributionImport
{
    private const string Government = "Government";

    /// <summary>Imports the reference folder's CEB file with the states file and the built-in alias table.</summary>
    public static IReadOnlyList<ImportedContribution> FromFiles(string referenceFolder, string statesFile) =>
        Import(CebFile.ReadFolder(referenceFolder), StatesByName.ReadFile(statesFile), DonorAliasTable.Embedded());

    /// <summary>Imports CEB rows.</summary>
    /// <exception cref="InputFileException">A row maps to no donor, or one donor would have two kinds.</exception>
    public static IReadOnlyList<ImportedContribution> Import(IReadOnlyList<CebRow> rows, StatesByName states, DonorAliasTable aliases)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(states);
        ArgumentNullException.ThrowIfNull(aliases);
        var mapped = rows.Select(row => (Row: row, Mapping: Map(row, states, aliases))).ToList();
        var kinds = new Dictionary<DonorId, (DonorKind Kind, CebRow Row)>();
        foreach (var (row, mapping) in mapped)
        {
            if (!kinds.TryAdd(mapping.Donor, (mapping.Kind, row)) && kinds[mapping.Donor].Kind != mapping.Kind)
            {
                throw new InputFileException(CebFile.Display, row.Line, "donor", $"'{row.Name}' maps to {mapping.Donor} as {mapping.Kind}, but line {kinds[mapping.Donor].Row.Line} maps it as {kinds[mapping.Donor].Kind}.");
            }
        }

        return [.. mapped
            .GroupBy(m => (m.Row.Year, m.Mapping.Donor))
            .Select(group => Combine([.. group.Select(m => m.Row)], group.First().Mapping, [.. group.Select(m => m.Mapping.Alias)]))
            .OrderBy(c => c.Year)
            .ThenBy(c => c.Donor)];
    }

    private static Mapping Map(CebRow row, StatesByName states, DonorAliasTable aliases)
    {
        if (row.Category == Government && states.Find(row.Name) is { } code)
        {
            return new Mapping(DonorId.Of(code), DonorKind.State, null);
        }

        var alias = aliases.Find(row.Category, row.Name) ?? throw new InputFileException(
            CebFile.Display,
            row.Line,
            "donor",
            row.Category == Government
                ? $"the government '{row.Name}' is neither a name in seeds/states.csv nor in {DonorAliasTable.Display} (add an alias)."
                : $"'{row.Name}' of category '{row.Category}' is not in {DonorAliasTable.Display} (add a rule for the category or the name).");
        if (alias.Donor.State is { } state && !states.Codes.Contains(state))
        {
            throw new InputFileException(DonorAliasTable.Display, alias.Line, "donor", $"{state} is not a state in seeds/states.csv.");
        }

        return new Mapping(alias.Donor, alias.Kind, alias);
    }

    private static ImportedContribution Combine(IReadOnlyList<CebRow> rows, Mapping mapping, IReadOnlyList<DonorAlias?> aliases)
    {
        var first = rows[0];
        var source = rows.Count == 1
            ? $"UN CEB revenue by contributor, {CebFile.Display} line {first.Line} ('{first.Name}', {first.Category})"
            : $"UN CEB revenue by contributor, {CebFile.Display}: sum of the {rows.Count} rows mapped to {mapping.Donor} in {first.Year}: "
                + string.Join(", ", rows.Select(r => $"line {r.Line} ('{r.Name}', {r.Category})"));
        var used = aliases.OfType<DonorAlias>().DistinctBy(a => a.Line).OrderBy(a => a.Line).ToList();
        if (used.Count > 0)
        {
            source += $"; mapped by {DonorAliasTable.Display} line{(used.Count > 1 ? "s" : string.Empty)} {string.Join(", ", used.Select(a => a.Line))}";
            var notes = used.Select(a => a.Note).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
            if (notes.Count > 0)
            {
                source += "; " + string.Join("; ", notes);
            }
        }

        return new ImportedContribution(
            first.Year,
            mapping.Donor,
            string.Join(" + ", rows.Select(r => r.Name)),
            mapping.Kind,
            rows.Sum(r => r.AssessedUsd),
            rows.Sum(r => r.EarmarkedUsd),
            rows.Sum(r => r.UnearmarkedUsd),
            rows.Sum(r => r.OtherUsd),
            source);
    }

    private sealed record Mapping(DonorId Donor, DonorKind Kind, DonorAlias? Alias);
}
