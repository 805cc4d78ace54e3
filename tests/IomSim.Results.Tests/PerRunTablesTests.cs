using System.Globalization;
using IomSim.Engine.Results;
using IomSim.Results.Export;
using IomSim.Testing;

namespace IomSim.Results.Tests;

/// <summary>The per-run tables read back (CSV through CsvHelper, Parquet through Parquet.Net) and checked against the summary of the same runs.</summary>
public sealed class PerRunTablesTests : IDisposable
{
    private readonly TemporaryDatabase _folder = new();

    [Fact]
    public void Outcome_shares_and_mean_tallies_recomputed_from_the_rows_are_the_summary_s()
    {
        var result = ScenarioRuns.Russia;
        var (items, votes) = Write(result, "russia.csv", "russia-votes.csv");
        var table = PerRunFiles.Csv(items);

        Assert.Equal(result.Runs * result.Events.Length, table.Rows.Count);
        foreach (var item in result.Events)
        {
            var rows = table.Where("item_id", item.Id);
            Assert.Equal(result.Runs, rows.Rows.Count);
            Assert.Equal(item.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), Assert.Single(rows.Column("date").Distinct()));
            foreach (var (outcome, share) in item.Outcomes)
            {
                Assert.Equal(share, rows.Column("outcome").Count(o => o == outcome) / (double)result.Runs, 12);
            }

            var voted = rows.Where("formal_vote", "true");
            Assert.Equal(item.FormalVoteShare, voted.Rows.Count / (double)result.Runs, 12);
            if (voted.Rows.Count > 0)
            {
                Assert.Equal(item.Tally.Yes.Mean, voted.Column("yes").Average(double.Parse), 9);
                Assert.Equal(item.Tally.No.Mean, voted.Column("no").Average(double.Parse), 9);
                Assert.Equal(item.Tally.Absent.Mean, voted.Column("absent").Average(double.Parse), 9);
            }

            Assert.All(rows.Where("formal_vote", "false").Column("yes"), Assert.Empty);
        }

        // A state's share of each vote, from the votes table, is the summary's per-state share.
        var ballots = PerRunFiles.Csv(votes!);
        var admission = result.Events[0];
        foreach (var state in (string[])["GEO", "UKR", "USA"])
        {
            var cast = ballots.Where("item_id", admission.Id).Where("state", state);
            Assert.Equal(result.Runs, cast.Rows.Count);
            foreach (var (vote, share) in admission.States[state])
            {
                Assert.Equal(share, cast.Column("vote").Count(v => v == vote) / (double)result.Runs, 12);
            }
        }
    }

    [Fact]
    public void Parquet_holds_the_same_cells_as_csv_typed()
    {
        var result = ScenarioRuns.Funding;
        var csv = Write(result, "funding.csv", "funding-votes.csv");
        var parquet = Write(result, "funding.parquet", "funding-votes.parquet");

        foreach (var (text, typed) in new[] { (csv.Items, parquet.Items), (csv.Votes!, parquet.Votes!) })
        {
            var fromCsv = PerRunFiles.Csv(text);
            var fromParquet = PerRunFiles.Parquet(typed);
            Assert.Equal(fromCsv.Columns, fromParquet.Columns);
            Assert.Equal(fromCsv.Rows.Count, fromParquet.Rows.Count);
            Assert.All(fromCsv.Rows.Zip(fromParquet.Rows), pair => Assert.Equal(pair.First, pair.Second));
        }
    }

    [Fact]
    public void Budget_rows_carry_the_year_s_figures_whose_means_are_the_funding_summary_s()
    {
        var result = ScenarioRuns.Funding;
        var table = PerRunFiles.Parquet(Write(result, "years.parquet", null).Items);

        foreach (var year in result.Funding)
        {
            var rows = table.Where("budget_year", year.Year.ToString(CultureInfo.InvariantCulture));
            Assert.Equal(result.Runs, rows.Rows.Count);
            Assert.Equal(year.Overall.Coverage.Mean, rows.Column("coverage").Average(Number), 12);
            Assert.Equal(year.Overall.Cancelled, rows.Column("cancelled_projects").Average(Number), 12);
            Assert.Equal(year.Overall.Unfunded, rows.Column("unfunded_projects").Average(Number), 12);
            Assert.Equal(year.Flow.NewVoluntaryUsd, rows.Column("new_voluntary_usd").Average(Number), 3);
            Assert.Equal(year.Flow.AssessedPaidUsd, rows.Column("assessed_paid_usd").Average(Number), 3);
            Assert.All(rows.Column("ledger_balanced"), b => Assert.Equal("true", b));
        }

        Assert.All(table.Where("kind", "acceptance").Column("budget_year"), Assert.Empty);
    }

    [Fact]
    public void A_sweep_setting_s_varied_values_are_columns_of_their_own()
    {
        var runs = StoredRuns.From(SyntheticResults.Of(runs: 2))
            .Select((r, i) => r with { Setting = new RunSetting("abc123", i, $"parameters.noise={0.5 + i};behaviour.USA.abstain=0.25") })
            .ToArray();
        var path = Path.Combine(_folder.DirectoryPath, "sweep.csv");
        Directory.CreateDirectory(_folder.DirectoryPath);
        using (var tables = new PerRunTables(path, null, PerRunTables.PathsOf(runs.Select(r => r.Setting!.Text))))
        {
            foreach (var run in runs)
            {
                tables.Add(run);
            }

            tables.Complete();
        }

        var table = PerRunFiles.Csv(path);
        Assert.Equal(["vary_parameters_noise", "vary_behaviour_usa_abstain"], table.Columns.Where(c => c.StartsWith("vary_", StringComparison.Ordinal)));
        Assert.Equal(["0.5", "0.5", "1.5", "1.5"], table.Column("vary_parameters_noise"));
        Assert.Equal(["0", "0", "1", "1"], table.Column("setting_index"));
    }

    [Theory]
    [InlineData("empty.csv")]
    [InlineData("empty.parquet")]
    public void A_table_without_rows_still_has_its_columns(string name)
    {
        var run = StoredRuns.From(SyntheticResults.Of(runs: 1))[0];
        var path = Path.Combine(_folder.DirectoryPath, name);
        using (var tables = new PerRunTables(null, path, []))
        {
            tables.Add(run with { Events = [run.Events[1]] });
            Assert.Equal((0L, 0L), tables.Complete());
        }

        var table = name.EndsWith(".csv", StringComparison.Ordinal) ? PerRunFiles.Csv(path) : PerRunFiles.Parquet(path);
        Assert.Empty(table.Rows);
        Assert.Equal(PerRunColumns.VotesTable([]).Select(c => c.Name), table.Columns);
    }

    [Theory]
    [InlineData("runs.txt", "unknown extension '.txt'")]
    [InlineData("runs", "no extension")]
    public void An_unknown_extension_is_refused_before_anything_is_written(string name, string message)
    {
        var error = Assert.Throws<PerRunFileException>(() => PerRunFile.Check(Path.Combine(_folder.DirectoryPath, name), "--per-run"));

        Assert.Contains(message, error.Message, StringComparison.Ordinal);
        Assert.False(Directory.Exists(_folder.DirectoryPath));
    }

    public void Dispose() => _folder.Dispose();

    private static double Number(string cell) => double.Parse(cell, CultureInfo.InvariantCulture);

    private (string Items, string? Votes) Write(ScenarioResult result, string items, string? votes)
    {
        var itemsPath = Path.Combine(_folder.DirectoryPath, items);
        var votesPath = votes is null ? null : Path.Combine(_folder.DirectoryPath, votes);
        using var tables = new PerRunTables(itemsPath, votesPath, []);
        foreach (var run in StoredRuns.From(result))
        {
            tables.Add(run);
        }

        tables.Complete();
        return (itemsPath, votesPath);
    }
}
