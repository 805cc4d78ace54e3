using System.Text.Json;

namespace IomSim.Cli.Tests;

/// <summary>
/// <c>iomsim sweep</c> on the shipped funding scenarios: donor and funding paths, every budget-year measure with its
/// 95% interval in the JSON, CSV and table, and determinism over workers.
/// </summary>
public sealed class SweepMeasuresTests : IDisposable
{
    private readonly ResultsFolder _folder = new();

    [Fact]
    public void Coverage_falls_as_the_largest_donors_factor_falls_and_every_interval_holds_its_mean()
    {
        var outcome = Sweep("funding-2021.yaml", "factor.db", "--runs", "4", "--vary", "donor.USA.factor=0..1:3", "--format", "json");

        Assert.Equal(0, outcome.ExitCode);
        using var json = JsonDocument.Parse(outcome.Out);
        var settings = json.RootElement.GetProperty("settings").EnumerateArray().ToArray();
        Assert.Equal([0, 0.5, 1], settings.Select(s => s.GetProperty("values").GetProperty("donor.USA.factor").GetDouble()));
        foreach (var setting in settings)
        {
            var measures = setting.GetProperty("measures").EnumerateArray().ToArray();
            foreach (var name in new[] { "coverage", "top-five-share", "herfindahl", "cancelled-projects", "arrears", "without-vote" })
            {
                Assert.Contains(measures, m => m.GetProperty("section").GetString() == "funding 2021" && m.GetProperty("measure").GetString() == name);
            }

            Assert.All(measures, m => Assert.InRange(m.GetProperty("mean").GetDouble(), m.GetProperty("low").GetDouble(), m.GetProperty("high").GetDouble()));
            Assert.All(measures.Where(m => m.GetProperty("unit").GetString() == "share"), m =>
            {
                Assert.InRange(m.GetProperty("low").GetDouble(), 0, 1);
                Assert.InRange(m.GetProperty("high").GetDouble(), 0, 1);
            });
        }

        // Less money from the largest donor and nobody making up the difference: the funded share of the same appeal can only fall.
        double Coverage(JsonElement setting, string year) => setting.GetProperty("measures").EnumerateArray()
            .Single(m => m.GetProperty("section").GetString() == year && m.GetProperty("measure").GetString() == "coverage").GetProperty("mean").GetDouble();
        foreach (var year in new[] { "funding 2021", "funding 2022" })
        {
            Assert.True(Coverage(settings[0], year) < Coverage(settings[1], year) && Coverage(settings[1], year) < Coverage(settings[2], year), year);
        }

        Assert.Contains(json.RootElement.GetProperty("sensitivity").EnumerateArray(), e =>
            e.GetProperty("event").GetString() == "funding 2021" && e.GetProperty("measure").GetString() == "coverage" && e.GetProperty("first_order_index").GetDouble() > 0.5);
    }

    [Fact]
    public void Funding_keys_sweep_and_the_table_and_csv_carry_the_budget_year_measures()
    {
        var table = Sweep("funding-2021.yaml", "keys.db", "--runs", "2", "--vary", "funding.minimum_coverage_to_start=0.25..0.5:2");
        var csv = Sweep("funding-2021.yaml", "keys.db", "--runs", "2", "--vary", "funding.minimum_coverage_to_start=0.25..0.5:2", "--resume", "--format", "csv");

        Assert.Equal(0, table.ExitCode);
        Assert.Contains("  funding 2021 (means over 2 runs; money in millions)\n", table.Out, StringComparison.Ordinal);
        Assert.Matches(@"\n    cancelled-projects +\d", table.Out);
        Assert.Equal(0, csv.ExitCode);
        Assert.Contains("played again, unstored, for their budget years", csv.Error, StringComparison.Ordinal);
        var lines = csv.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Contains(lines, l => l.Contains(",0,0.25,funding 2021,budget-year,coverage,,mean,", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains(",1,0.5,funding 2022,budget-year,cancelled-projects,,high,", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains(",funding/budget-2021,budget,formal-vote,,low,", StringComparison.Ordinal));
    }

    [Fact]
    public void A_resumed_funding_sweep_prints_what_an_uninterrupted_one_does()
    {
        var whole = Sweep("funding-2021.yaml", "whole.db", "--runs", "3", "--vary", "donor.USA.factor=0.5..1:2", "--format", "json");
        Assert.Equal(0, Sweep("funding-2021.yaml", "part.db", "--runs", "2", "--vary", "donor.USA.factor=0.5..1:2").ExitCode);

        var resumed = Sweep("funding-2021.yaml", "part.db", "--runs", "3", "--vary", "donor.USA.factor=0.5..1:2", "--resume", "--format", "json");

        Assert.Contains("stored 2 of 6 runs", resumed.Error, StringComparison.Ordinal);
        Assert.Equal(whole.Out, resumed.Out);
    }

    [Fact]
    public void One_worker_or_two_give_byte_identical_funding_sweeps()
    {
        string[] args = ["--runs", "3", "--vary", "donor.USA.factor=0.5..1:2", "--format", "json"];

        var one = Sweep("funding-2021-largest-donor-halves.yaml", "one.db", [.. args, "--parallel", "1"]);
        var two = Sweep("funding-2021-largest-donor-halves.yaml", "two.db", [.. args, "--parallel", "2"]);

        Assert.Equal(0, one.ExitCode);
        Assert.Equal(one.Out, two.Out);
    }

    [Theory]
    [InlineData("russia-2020.yaml", "donor.USA.factor=0..1:2", "--vary 'donor.USA.factor=0..1:2': donor.USA.factor changes the funding of budget years, and russia-2020 plays none")]
    [InlineData("funding-2021-eu-pooled.yaml", "donor.EU.factor=0..1:2", "--vary 'donor.EU.factor=0..1:2': donor EU takes a group's pooled money in this scenario")]
    [InlineData("funding-2021.yaml", "donor.USA.factor=0..11:2", "--vary 'donor.USA.factor=0..11:2': donor.USA.factor must lie from 0 to 10, not 11")]
    [InlineData("funding-2021.yaml", "funding.noise=0..1:2", "--vary 'funding.noise=0..1:2': unknown funding key 'noise' (expected one of: pledge_noise, overhead_rate, minimum_coverage_to_start)")]
    [InlineData("funding-2021.yaml", "donors.USA=0..1:2", "--vary 'donors.USA=0..1:2': unknown path 'donors.USA' (expected one of: parameters.KEY")]
    public void Paths_that_cannot_apply_exit_2_naming_the_path(string scenario, string vary, string message)
    {
        var outcome = Sweep(scenario, "bad.db", "--runs", "1", "--vary", vary);

        Assert.Equal(2, outcome.ExitCode);
        Assert.StartsWith($"iomsim: {message}", Assert.Single(outcome.ErrorLines), StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_path_lists_every_valid_form()
    {
        var outcome = Sweep("funding-2021.yaml", "forms.db", "--runs", "1", "--vary", "weights.noise=0..1:2");

        var line = Assert.Single(outcome.ErrorLines);
        Assert.All(["parameters.KEY", "behaviour.CODE.FIELD", "relation.FROM.TO", "donor.DONOR.factor", "funding.KEY"], form => Assert.Contains(form, line, StringComparison.Ordinal));
    }

    public void Dispose() => _folder.Dispose();

    private Iomsim.Outcome Sweep(string scenario, string store, params string[] args) =>
        Iomsim.Run(["sweep", Iomsim.Scenario(scenario), "--store", _folder.Combine(store), .. args]);
}
