using System.Text.Json;

namespace IomSim.Cli.Tests;

/// <summary>
/// <c>iomsim compare</c> on the shipped counterfactuals: the baseline runs on the same seeds and run indices, and each
/// measure's change has a paired 95% interval, a sign test and a reading (signal or noise).
/// </summary>
public sealed class PairedCompareTests : IDisposable
{
    private readonly ResultsFolder _folder = new();

    [Fact]
    public void Halving_the_largest_donor_lowers_coverage_beyond_the_runs_noise()
    {
        var outcome = Compare("funding-2021-largest-donor-halves.yaml", "--runs", "8", "--format", "json");

        Assert.Equal(0, outcome.ExitCode);
        using var json = JsonDocument.Parse(outcome.Out);
        var baseline = json.RootElement.GetProperty("baseline");
        Assert.Equal("funding-2021", baseline.GetProperty("scenario").GetString());
        Assert.Equal(json.RootElement.GetProperty("seed").GetUInt64(), baseline.GetProperty("seed").GetUInt64());
        var paired = baseline.GetProperty("paired").EnumerateArray().ToArray();
        var coverage = paired.Single(p => p.GetProperty("section").GetString() == "funding 2021" && p.GetProperty("measure").GetString() == "coverage");
        Assert.Equal(8, coverage.GetProperty("pairs").GetInt32());
        Assert.True(coverage.GetProperty("change_high").GetDouble() < 0);
        Assert.Equal("signal", coverage.GetProperty("reading").GetString());
        Assert.Equal(8, coverage.GetProperty("down").GetInt32());
        Assert.Equal(2.0 / 256, coverage.GetProperty("sign_test_p").GetDouble(), 12);
        Assert.All(paired, p =>
        {
            Assert.InRange(p.GetProperty("change").GetDouble(), p.GetProperty("change_low").GetDouble(), p.GetProperty("change_high").GetDouble());
            Assert.InRange(p.GetProperty("sign_test_p").GetDouble(), 0, 1);
        });

        // Arrears do not depend on voluntary money: both sides pay by the same draws, so nothing changes in any run.
        var arrears = paired.Single(p => p.GetProperty("section").GetString() == "funding 2021" && p.GetProperty("measure").GetString() == "arrears");
        Assert.Equal(("no change", 0.0, 0.0), (arrears.GetProperty("reading").GetString(), arrears.GetProperty("change_low").GetDouble(), arrears.GetProperty("change_high").GetDouble()));
    }

    [Fact]
    public void Without_ukraines_request_the_formal_vote_falls_and_the_table_says_signal_or_noise()
    {
        var outcome = Compare("russia-2020-no-formal-vote.yaml", "--runs", "20");

        Assert.Equal(0, outcome.ExitCode);
        Assert.Contains("running the baseline russia-2020", outcome.Error, StringComparison.Ordinal);
        Assert.Contains("\nchange run by run (both on the same seeds and run indices, 20 pairs;", outcome.Out, StringComparison.Ordinal);
        Assert.Matches(@"\n    formal-vote +20 +100\.0% +\d+\.\d% +-\d+\.\d pts +-\d+\.\d pts to -\d+\.\d pts +0/\d+ +[<0-9.]+ +signal\n", outcome.Out);
        Assert.Matches(@"\n    adopted +20 .* no change\n", outcome.Out);
    }

    [Fact]
    public void A_counterfactual_that_only_adds_an_item_changes_nothing_in_the_items_it_shares()
    {
        var outcome = Compare("russia-2016-with-china.yaml", "--runs", "10", "--format", "json");

        Assert.Equal(0, outcome.ExitCode);
        using var json = JsonDocument.Parse(outcome.Out);
        var baseline = json.RootElement.GetProperty("baseline");
        Assert.Equal("china-2016", baseline.GetProperty("scenario").GetString());
        var paired = baseline.GetProperty("paired").EnumerateArray().ToArray();
        Assert.Contains(paired, p => p.GetProperty("section").GetString() == "china-2016/admission-chn");
        Assert.DoesNotContain(paired, p => p.GetProperty("section").GetString()!.StartsWith("russia-2016-with-china", StringComparison.Ordinal));
        Assert.All(paired, p => Assert.Equal(("no change", 0.0, 0.0), (p.GetProperty("reading").GetString(), p.GetProperty("change_low").GetDouble(), p.GetProperty("change_high").GetDouble())));
        Assert.Contains("russia-2016-with-china/admission-rus (counterfactual only)", baseline.GetProperty("not_compared").EnumerateArray().Select(e => e.GetString()));
    }

    public void Dispose() => _folder.Dispose();

    private Iomsim.Outcome Compare(string scenario, params string[] args) =>
        Iomsim.Run(["compare", Iomsim.Scenario(scenario), "--store", _folder.Combine("results.db"), .. args]);
}
