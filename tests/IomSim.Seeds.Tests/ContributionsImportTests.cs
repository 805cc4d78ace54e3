using System.Text;
using IomSim.Estimation.Input;
using IomSim.ImportContributions;
using IomSim.Testing;

namespace IomSim.Seeds.Tests;

/// <summary>
/// Reruns the import on the shared reference data and checks it against the committed seeds/contributions.csv, byte
/// for byte, and checks how it maps, sums and rejects rows.
/// </summary>
public sealed class ContributionsImportTests
{
    private const string Header = "year,donor,category,assessed_usd,voluntary_earmarked_usd,voluntary_unearmarked_usd,other_usd";

    private static string StatesFile => Path.Combine(RepoSeeds.Directory, SeedFiles.States);

    private static IReadOnlyList<ImportedContribution> Import(params string[] rows) =>
        ContributionImport.Import(
            CebFile.Read(new StringReader(string.Join('\n', [Header, .. rows]) + "\n")),
            StatesByName.ReadFile(StatesFile),
            DonorAliasTable.Embedded());

    [Fact]
    public void Rerunning_the_import_reproduces_seeds_contributions_csv_byte_for_byte()
    {
        var reference = RepositoryRoot.SharedReference;
        Assert.True(Directory.Exists(reference), $"The reference data is expected at {reference} (../shared/reference beside the repository).");

        var committed = File.ReadAllBytes(Path.Combine(RepoSeeds.Directory, SeedFiles.Contributions));
        var rerun = new UTF8Encoding(false).GetBytes(ContributionsCsv.Format(ContributionImport.FromFiles(reference, StatesFile)));

        Assert.True(
            committed.AsSpan().SequenceEqual(rerun),
            "seeds/contributions.csv differs from a fresh import: regenerate it with " +
            "`dotnet run --project tools/IomSim.ImportContributions -- --reference ../shared/reference --states seeds/states.csv --out seeds/contributions.csv`.");
    }

    [Fact]
    public void Quoted_names_with_commas_map_through_the_alias_table()
    {
        var rows = Import(
            "2016,\"Venezuela, Bolivarian Republic of\",Government,313967.0,0,0,0",
            "2016,United Kingdom of Great Britain and Northern Ireland,Government,1,2,3,4",
            "2016,Türkiye,Government,5,0,0,0");

        Assert.Equal(["GBR", "TUR", "VEN"], rows.Select(r => r.Donor.Value));
        Assert.Equal("Venezuela, Bolivarian Republic of", rows[2].Name);
        Assert.Equal(313967.0m, rows[2].AssessedUsd);
        Assert.Equal("313967.0", ContributionsCsv.Format(rows).Split('\n')[3].Split(',')[5]);
    }

    [Fact]
    public void Rows_that_map_to_one_donor_in_a_year_are_summed_and_said_so()
    {
        var rows = Import(
            "2021,Other Private Sector,Private Sector,0,9555288.82,0,0",
            "2021,Other Private,Private Sector,0,113776.28,0,0",
            "2022,Other Private,Private Sector,0,-5,0,0");

        Assert.Equal(2, rows.Count);
        Assert.Equal("PRIVATE-SECTOR", rows[0].Donor.Value);
        Assert.Equal(9_669_065.10m, rows[0].EarmarkedUsd);
        Assert.Equal("Other Private Sector + Other Private", rows[0].Name);
        Assert.Contains("sum of the 2 rows", rows[0].Source, StringComparison.Ordinal);
        Assert.Equal(-5m, rows[1].EarmarkedUsd);
    }

    [Fact]
    public void A_government_without_a_state_or_an_alias_is_rejected_with_its_line()
    {
        var error = Assert.Throws<InputFileException>(() => Import("2016,Germany,Government,1,0,0,0", "2016,Atlantis,Government,1,0,0,0"));

        Assert.Equal((3L, "donor"), (error.Line, error.Field));
        Assert.Contains("'Atlantis'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bad_amount_is_rejected_with_its_line_and_field()
    {
        var error = Assert.Throws<InputFileException>(() => Import("2016,Germany,Government,1,NA,0,0"));

        Assert.Equal((2L, "voluntary_earmarked_usd"), (error.Line, error.Field));
    }
}
