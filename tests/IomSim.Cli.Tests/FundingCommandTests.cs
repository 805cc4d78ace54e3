using System.Text.Json;

namespace IomSim.Cli.Tests;

/// <summary>The funding scenarios through the command line: the JSON funding section, documented figures, baselines, bad funding input.</summary>
public sealed class FundingCommandTests : IDisposable
{
    private readonly ResultsFolder _folder = new();

    [Fact]
    public void Run_reports_each_budget_year_in_JSON_with_contributions_coverage_and_concentration()
    {
        var run = Iomsim.Run("run", Iomsim.Scenario("funding-2021.yaml"), "--runs", "3", "--format", "json", "--store", _folder.Store);

        Assert.True(run.ExitCode == 0, run.Error);
        using var json = JsonDocument.Parse(run.Out);
        var years = json.RootElement.GetProperty("funding").EnumerateArray().ToArray();
        Assert.Equal([2021, 2022], years.Select(y => y.GetProperty("year").GetInt32()));
        foreach (var year in years)
        {
            Assert.True(year.GetProperty("balanced_in_every_run").GetBoolean());
            var money = year.GetProperty("money_usd");
            var inflow = money.GetProperty("voluntary_new").GetDouble() + money.GetProperty("brought_forward").GetDouble();
            var outflow = new[] { "to_projects", "to_core", "returned", "carried_over" }.Sum(k => money.GetProperty(k).GetDouble());
            Assert.Equal(inflow, outflow, tolerance: 1.0);
            Assert.Equal(6, year.GetProperty("coverage_by_theme").GetArrayLength());
            Assert.Equal(6, year.GetProperty("coverage_by_region").GetArrayLength());
            Assert.All(year.GetProperty("coverage_by_theme").EnumerateArray(), line => Assert.InRange(line.GetProperty("coverage").GetDouble(), 0, 1));
            Assert.Equal(5, year.GetProperty("concentration").GetProperty("top_five").GetArrayLength());
            Assert.Contains(year.GetProperty("contributions").EnumerateArray(), c => c.GetProperty("donor").GetString() == "CHN");
        }

        var documented = years[0].GetProperty("documented").EnumerateArray()
            .Where(f => f.GetProperty("measure").GetString() == "top-five-share")
            .Select(f => f.GetProperty("documented").GetDouble())
            .Order()
            .ToArray();
        Assert.Equal([0.75, 0.8], documented);
    }

    [Fact]
    public void Compare_shows_both_documented_top_five_shares_and_the_project_definition()
    {
        var compare = Iomsim.Run("compare", Iomsim.Scenario("funding-2021.yaml"), "--runs", "2", "--store", _folder.Store);

        Assert.True(compare.ExitCode == 0, compare.Error);
        Assert.Contains("budget year 2021: documented figures", compare.Out, StringComparison.Ordinal);
        Assert.Matches(@"top-five-share\s+80\.0%\s+7\d\.\d%", compare.Out);
        Assert.Matches(@"top-five-share\s+75\.0%\s+7\d\.\d%", compare.Out);
        Assert.Contains("simulated shares are measured over governments and the EU only", compare.Out, StringComparison.Ordinal);
        Assert.Matches(@"voluntary-usd\s+CHN\s+0\.204\s", compare.Out);
    }

    [Fact]
    public void A_counterfactual_is_compared_side_by_side_with_its_baseline_in_text_and_JSON()
    {
        var text = Iomsim.Run("compare", Iomsim.Scenario("funding-2021-largest-donor-halves.yaml"), "--runs", "2", "--store", _folder.Store);
        Assert.True(text.ExitCode == 0, text.Error);
        Assert.Contains("beside the baseline funding-2021", text.Out, StringComparison.Ordinal);
        Assert.Matches(@"voluntary/USA\s+667\.7\s+333\.8\s+-333\.8", text.Out);

        var json = Iomsim.Run("compare", Iomsim.Scenario("funding-2021-largest-donor-halves.yaml"), "--runs", "2", "--format", "json", "--store", _folder.Store);
        using var document = JsonDocument.Parse(json.Out);
        var baseline = document.RootElement.GetProperty("baseline");
        Assert.Equal("funding-2021", baseline.GetProperty("scenario").GetString());
        var coverage = baseline.GetProperty("measures").EnumerateArray()
            .Single(m => m.GetProperty("section").GetString() == "funding 2021" && m.GetProperty("measure").GetString() == "coverage");
        Assert.True(coverage.GetProperty("change").GetDouble() < 0);
    }

    [Fact]
    public void Ukraine_in_arrears_is_not_entitled_to_vote_on_Russias_admission()
    {
        var run = Iomsim.Run("run", Iomsim.Scenario("russia-2020-ukraine-in-arrears.yaml"), "--runs", "1", "--store", _folder.Store);

        Assert.True(run.ExitCode == 0, run.Error);
        // Ukraine asks for the vote but cannot cast one: it is the one member not entitled, and never among those against.
        Assert.Matches(@"formal vote: \d+ yes, \d+ no, \d+ abstain, \d+ absent, 1 not entitled", run.Out);
        Assert.DoesNotMatch(@"against \(\d+\): [^\n]*Ukraine", run.Out);
        Assert.Contains("without a vote for arrears on 2018-12-31: Ukraine (UKR, 100.0% of runs)", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void A_budget_year_without_data_is_a_clear_error_with_exit_code_2()
    {
        var path = _folder.Combine("bad-year.yaml");
        File.WriteAllText(path, File.ReadAllText(Iomsim.Scenario("funding-2021.yaml")).Replace("year: 2022", "year: 2031", StringComparison.Ordinal));

        foreach (var command in new[] { Iomsim.Run("run", path, "--store", _folder.Store), Iomsim.Run("validate", path) })
        {
            Assert.Equal(2, command.ExitCode);
            Assert.Matches($@"^{System.Text.RegularExpressions.Regex.Escape(path)}:\d+:\d+: budget year 2031 has no data in seeds/funding-years.csv", command.Error);
            Assert.DoesNotContain("   at ", command.Error, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_missing_baseline_is_a_clear_error_with_exit_code_2()
    {
        var path = _folder.Combine("orphan.yaml");
        File.WriteAllText(path, File.ReadAllText(Iomsim.Scenario("funding-2021-eu-pooled.yaml")));

        var compare = Iomsim.Run("compare", path, "--runs", "1", "--store", _folder.Store);

        Assert.Equal(2, compare.ExitCode);
        Assert.Contains("its baseline 'funding-2021' was expected at", compare.Error, StringComparison.Ordinal);
    }

    public void Dispose() => _folder.Dispose();
}
