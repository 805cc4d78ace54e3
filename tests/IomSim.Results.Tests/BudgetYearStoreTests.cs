using IomSim.Testing;

namespace IomSim.Results.Tests;

/// <summary>Budget years are stored beside the budget items that started them, and read back exactly.</summary>
public sealed class BudgetYearStoreTests
{
    [Fact]
    public void A_funding_scenario_s_budget_years_load_back_as_they_were_stored()
    {
        var result = ScenarioRuns.Funding;
        using var file = new TemporaryDatabase();
        using var store = new ResultsStore(file.FilePath);

        store.Save(result);
        var loaded = store.Load(result.ContentHash, result.Seed);

        Assert.Equal<StoredRun>(StoredRuns.From(result), loaded);
        var years = loaded.SelectMany(r => r.Events).Where(e => e.BudgetYear is not null).Select(e => e.BudgetYear!).ToArray();
        Assert.Equal(2 * result.Runs, years.Length);
        Assert.Equal([2021, 2022], years.Select(y => y.Year).Distinct().Order());
        Assert.All(loaded.SelectMany(r => r.Events), e => Assert.NotNull(e.Date));
        for (var y = 0; y < result.Funding.Length; y++)
        {
            var summary = result.Funding[y];
            var ofYear = years.Where(x => x.Year == summary.Year).ToArray();
            Assert.Equal(summary.Overall.Coverage.Mean, ofYear.Average(x => x.Coverage), 12);
            Assert.Equal(summary.Overall.Cancelled, ofYear.Average(x => x.CancelledProjects), 12);
            Assert.Equal(summary.Flow.NewVoluntaryUsd, ofYear.Average(x => x.NewVoluntaryUsd), 3);
        }
    }
}
