using System.Globalization;
using IomSim.Estimation;
using IomSim.Estimation.Habits;
using IomSim.Estimation.Input;
using IomSim.Estimation.Output;

namespace IomSim.EstimatePositions;

/// <summary>The summary the tool prints: what was fitted on what, deviance by dimension, correlations, classification, named states.</summary>
internal static class FitSummary
{
    private static readonly string[] s_groups =
        ["UN-WEOG", "UN-Eastern-European", "UN-GRULAC", "UN-Asia-Pacific", "UN-African", "EU", "NATO", "OECD-DAC", "CIS", "AU", "G77", "ASEAN"];

    public static void Print(TextWriter output, EstimatedSeeds seeds, string folder, IReadOnlyList<GroupMembership>? groups, string[] show)
    {
        var fit = seeds.Fit;
        var d = fit.Diagnostics;
        void Line(string text) => output.WriteLine(text);
        Line($"wrote {string.Join(", ", EstimatedSeeds.FileNames)} into {folder}");
        Line($"fitted on: UNGA roll calls {PositionsCsv.Window(fit)}{(fit.Options.TrainUntil is { } cut ? $" (dated up to {cut:yyyy-MM-dd})" : string.Empty)}: {d.RollCalls} roll calls that divide the states, {d.Votes()} votes cast by {d.States} states");
        foreach (var (code, votes, reason) in fit.Excluded)
        {
            Line($"not fitted: {code} ({votes} votes; {reason})");
        }

        Line($"model: ordered logit (yes > abstain > no), 2 general dimensions + offsets for {string.Join(", ", fit.Options.IssueDimensions)}, per-state abstention spread; penalised ML, L-BFGS, {d.Iterations} iterations for the full model");
        Line(string.Empty);
        Line("deviance (-2 log-likelihood of the votes cast) and share of the cuts-only deviance each part removes:");
        var previous = d.NullDeviance;
        foreach (var (model, deviance) in d.DevianceByModel)
        {
            var share = (previous - deviance) / d.NullDeviance;
            Line($"  {model,-24} {deviance,12:F1}   {(model == d.DevianceByModel[0].Model ? "(baseline)" : Percent(share))}");
            previous = deviance;
        }

        Line($"  total reduced by the dimensions and offsets: {Percent((d.NullDeviance - previous) / d.NullDeviance)}");
        Line(string.Empty);
        Line($"classification of the votes cast (most likely of yes/abstain/no): PCC {Percent(d.Fit.CorrectlyClassified)}, APRE {d.Fit.Apre.ToString("0.000", CultureInfo.InvariantCulture)}, mean log-loss {(-d.Fit.LogLikelihood / d.Fit.Votes).ToString("0.0000", CultureInfo.InvariantCulture)}");
        Line($"not voting: ambivalence weight {fit.Choice.AmbivalenceWeight.ToString("0.000", CultureInfo.InvariantCulture)} (log-odds per unit of ambivalence), mean ambivalence {fit.Choice.MeanAmbivalence.ToString("0.000", CultureInfo.InvariantCulture)}");
        Line(string.Empty);
        Line("correlations across fitted states (Pearson):");
        foreach (var (pair, r) in d.Correlations)
        {
            Line($"  {pair,-22} {r.ToString("0.000", CultureInfo.InvariantCulture),7}");
        }

        var byCode = fit.States.ToDictionary(s => s.Code, StringComparer.Ordinal);
        var habits = seeds.Habits.Where(h => h.Issue == VoteHabitsEstimator.AllIssues).ToDictionary(h => h.Code, StringComparer.Ordinal);
        Line(string.Empty);
        Line("state    dim1    dim2  hr_dim1 hr_dim2 ec_dim1 ec_dim2  spread  not-voting abstaining  votes");
        foreach (var code in show.Select(c => c.ToUpperInvariant()))
        {
            if (!byCode.TryGetValue(code, out var s))
            {
                Line($"{code,-5}  (not fitted)");
                continue;
            }

            var hr = s.Points.IssueSpecific.GetValueOrDefault("hr", s.Points.General);
            var ec = s.Points.IssueSpecific.GetValueOrDefault("ec", s.Points.General);
            var h = habits[code];
            Line($"{code,-5} {N(s.Points.General.First)} {N(s.Points.General.Second)} {N(hr.First)} {N(hr.Second)} {N(ec.First)} {N(ec.Second)} {N(s.AbstentionSpread)}    {Percent(h.NotVotingRate),7}    {Percent(h.AbstentionRate),7}  {s.Votes,5}");
        }

        if (groups is null || fit.Items.Count == 0)
        {
            return;
        }

        var end = new DateOnly(fit.Items[^1].Date.Year, 12, 31);
        Line(string.Empty);
        Line($"group (members at {end:yyyy-MM-dd}, fitted)   n    dim1    dim2  hr_dim1 hr_dim2");
        foreach (var group in s_groups)
        {
            var members = groups.Where(g => g.Group == group && g.IsMemberOn(end)).Select(g => g.Code.Value).Distinct()
                .Where(byCode.ContainsKey).Select(c => byCode[c].Points).ToArray();
            if (members.Length == 0)
            {
                continue;
            }

            Line($"{group,-33} {members.Length,3} {N(members.Average(p => p.General.First))} {N(members.Average(p => p.General.Second))} {N(members.Average(p => p.IssueSpecific.GetValueOrDefault("hr", p.General).First))} {N(members.Average(p => p.IssueSpecific.GetValueOrDefault("hr", p.General).Second))}");
        }
    }

    private static string N(double value) => value.ToString("0.00", CultureInfo.InvariantCulture).PadLeft(7);

    private static string Percent(double share) => share.ToString("0.0%", CultureInfo.InvariantCulture);
}
