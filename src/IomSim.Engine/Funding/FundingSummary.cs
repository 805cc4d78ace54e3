using System.Collections.Immutable;
using IomSim.Domain.Funding;
using IomSim.Domain.World;
using IomSim.Engine.Results;
using MathNet.Numerics.Statistics;

namespace IomSim.Engine.Funding;

/// <summary>Summarises one budget year over all runs.</summary>
internal static class FundingSummary
{
    /// <summary>How the project measures concentration; reports print it beside the figures.</summary>
    public const string ConcentrationDefinition =
        "governments and the EU only; each one's voluntary money new this year (earmarked and unearmarked, after the scenario's changes, "
        + "recorded refunds of earlier years set aside); the top five's share of their total, and the Herfindahl index (sum of squared shares) over them";

    public static FundingYearSummary Of(int year, ImmutableArray<FundingYearRun> runs, FundingWorld world)
    {
        var ledgers = runs.Select(r => r.Report.Ledger).ToArray();
        var paid = runs.Select(PaidUsd).ToArray();
        var flow = new MoneyFlow(
            Mean(runs, r => r.Report.Ledger.Donors.Sum(r.NewMoneyOf)),
            Mean(runs, r => r.BroughtForwardUsd.Values.Sum()),
            Mean(runs, r => r.Report.Ledger.ToProjectsUsd),
            Mean(runs, r => r.Report.Ledger.ToCoreUsd),
            Mean(runs, r => r.Report.Ledger.ReturnedUsd),
            Mean(runs, r => r.Report.Ledger.CarriedOverUsd),
            Mean(runs, r => r.Report.Ledger.OverheadIncomeUsd),
            Mean(runs, r => r.Report.Assessments.Sum(a => a.Usd)),
            paid.Average(p => (double)p.Values.Sum()),
            Mean(runs, r => r.Report.Ledger.AppealUsd),
            ledgers.All(l => l.IsBalanced));

        var contributions = Contributions(runs, paid, world);
        var concentration = Concentration(contributions);
        var withoutVote = runs.SelectMany(r => r.WithoutVote)
            .GroupBy(s => s, StringComparer.Ordinal)
            .ToImmutableSortedDictionary(g => g.Key, g => (double)g.Count() / runs.Length, StringComparer.Ordinal);

        return new FundingYearSummary(
            year,
            flow,
            contributions,
            concentration,
            Coverage(runs, r => [AppealCoverage.Overall(r.Report.Ledger.Projects)])[0],
            Coverage(runs, r => AppealCoverage.ByTheme(r.Report.Ledger.Projects)),
            Coverage(runs, r => AppealCoverage.ByRegion(r.Report.Ledger.Projects)),
            withoutVote,
            runs[0].SetAsideCount,
            runs[0].SetAsideUsd,
            Documented(year, world, flow, contributions, concentration))
        {
            PerRun = [.. runs.Select(r => Measures.MeasureCatalogue.Of(r, world))],
        };
    }

    // One pass per run: each contributor's figures summed over runs, then divided by the number of runs.
    private static ImmutableArray<DonorContribution> Contributions(ImmutableArray<FundingYearRun> runs, Dictionary<StateCode, decimal>[] paidUsd, FundingWorld world)
    {
        var sums = new Dictionary<DonorId, decimal[]>();
        decimal[] Sums(DonorId donor) => sums.TryGetValue(donor, out var found) ? found : sums[donor] = new decimal[6];
        foreach (var (run, paid) in runs.Zip(paidUsd))
        {
            foreach (var due in run.Report.Assessments)
            {
                var figures = Sums(DonorId.Of(due.Member));
                figures[0] += due.Usd;
                figures[1] += paid.GetValueOrDefault(due.Member);
            }

            foreach (var line in run.Report.Ledger.Donors)
            {
                var figures = Sums(line.Donor);
                figures[2] += run.NewMoneyOf(line);
                figures[3] += line.ToProjectsUsd;
                figures[4] += line.ReturnedUsd;
                figures[5] += line.CarriedOverUsd;
            }
        }

        double Mean(decimal sum) => (double)sum / runs.Length;
        return [.. sums
            .Select(s =>
            {
                var profile = world.Donors.GetValueOrDefault(s.Key);
                var f = s.Value;
                return new DonorContribution(
                    s.Key.Value,
                    profile?.Name ?? s.Key.Value,
                    FundingNames.Of(profile?.Kind ?? (s.Key.State is null ? DonorKind.Other : DonorKind.State)),
                    Mean(f[0]),
                    Mean(f[1]),
                    Mean(f[2]),
                    Mean(f[3]),
                    Mean(f[4]),
                    Mean(f[5]));
            })
            .OrderByDescending(c => c.VoluntaryUsd + c.AssessedDueUsd)
            .ThenBy(c => c.Donor, StringComparer.Ordinal)];
    }

    private static FundingConcentration Concentration(ImmutableArray<DonorContribution> contributions)
    {
        var counted = contributions
            .Where(c => c.Kind is "state" or "european-union" && c.VoluntaryUsd > 0)
            .OrderByDescending(c => c.VoluntaryUsd)
            .ThenBy(c => c.Donor, StringComparer.Ordinal)
            .ToArray();
        var amounts = counted.Select(c => (decimal)c.VoluntaryUsd).ToArray();
        return new FundingConcentration(
            [.. counted.Take(5).Select(c => c.Donor)],
            DonorConcentration.TopShare(amounts, 5),
            DonorConcentration.Herfindahl(amounts),
            ConcentrationDefinition);
    }

    private static ImmutableArray<CoverageSummary> Coverage(ImmutableArray<FundingYearRun> runs, Func<FundingYearRun, ImmutableArray<CoverageLine>> lines)
    {
        var perRun = runs.Select(lines).ToArray();
        return [.. perRun[0].Select((first, i) =>
        {
            var coverage = perRun.Select(l => l[i].Coverage).ToArray();
            return new CoverageSummary(
                first.Key,
                first.Projects,
                (double)first.CostUsd,
                perRun.Average(l => (double)l[i].FundedUsd),
                new Distribution(coverage.Average(), Statistics.Quantile(coverage, 0.05), Statistics.Quantile(coverage, 0.95)),
                perRun.Average(l => (double)l[i].Unfunded),
                perRun.Average(l => (double)l[i].Cancelled));
        })];
    }

    private static ImmutableArray<DocumentedFigure> Documented(
        int year, FundingWorld world, MoneyFlow flow, ImmutableArray<DonorContribution> contributions, FundingConcentration concentration) =>
        [.. world.Documented.Where(f => f.Year == year).Select(fact =>
        {
            var donor = fact.Donor is { } d ? contributions.FirstOrDefault(c => c.Donor == d.Value) : null;
            double? simulated = fact.Measure switch
            {
                "top-five-share" => concentration.TopFiveShare,
                "assessed-usd" => donor?.AssessedDueUsd,
                "voluntary-usd" => donor?.VoluntaryUsd,
                "total-revenue-usd" => flow.NewVoluntaryUsd + flow.AssessedPaidUsd,
                "voluntary-share-of-budget" => flow.NewVoluntaryUsd / (flow.NewVoluntaryUsd + flow.AssessedPaidUsd),
                _ => null,
            };
            if (fact.Donor is not null && donor is null)
            {
                simulated = 0;
            }

            return new DocumentedFigure(fact.Measure, fact.Donor?.Value, (double)fact.Value, simulated, fact.Definition, fact.Source);
        })];

    /// <summary>What each member paid in the year, in US dollars at the year's assessment rate.</summary>
    public static Dictionary<StateCode, decimal> PaidUsd(FundingYearRun run)
    {
        var rates = run.Report.Assessments.ToDictionary(a => a.Member, a => a.Chf == 0 ? 0 : a.Usd / a.Chf);
        return run.Report.PaidChf.ToDictionary(p => p.Key, p => Cents.Round(p.Value * rates.GetValueOrDefault(p.Key)));
    }

    private static double Mean(ImmutableArray<FundingYearRun> runs, Func<FundingYearRun, decimal> value) => runs.Average(r => (double)value(r));
}
