using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using IomSim.Cli.Output;
using IomSim.Engine.Calibration;

namespace IomSim.Cli.Rendering;

/// <summary>Leave-one-out for people: per documented event, what it was predicted with (fitted on which earlier events) and how well.</summary>
internal static class LeaveOneOutText
{
    /// <summary>The report.</summary>
    public static string Render(ImmutableArray<LeaveOneOutFold> folds, CalibrationRequest request, string positionsFrom)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"leave-one-out of {string.Join(", ", request.Parameters.Select(p => p.Name))} over {folds.Length} documented events\n");
        text.Append(CultureInfo.InvariantCulture, $"seed {request.Seed}   {request.Runs} runs per scenario per evaluation   up to {request.MaxEvaluations} evaluations per fold (Nelder-Mead)\n");
        text.Append("each event is predicted with parameters fitted on the documented events dated before it, never on it; an event with none before it keeps the stated defaults\n");
        text.Append(CultureInfo.InvariantCulture, $"positions (every fold): {positionsFrom}\n");
        text.Append("objective per documented item: tally error / members + (1 - named votes right) + (1 - outcome match)\n\n");

        var table = new TextTable(
            "event", "date", "fitted on", "values", ">objective defaults", ">out of sample", ">tally error", ">named right", ">outcome match");
        foreach (var fold in folds)
        {
            var values = fold.Fit is { } fit ? string.Join(", ", fit.Values.Select(v => $"{v.Name} {v.After.ToString("0.####", CultureInfo.InvariantCulture)}")) : "stated defaults";
            table.Add(
                fold.Event,
                Numbers.Date(fold.Date),
                fold.TrainedOn.IsEmpty ? "nothing before it" : string.Join(", ", fold.TrainedOn.Select(e => e.Id)),
                values,
                Value(CalibrationObjective.Mean(fold.Defaults)),
                Value(CalibrationObjective.Mean(fold.OutOfSample)),
                Mean(fold.OutOfSample.Select(s => s.TallyError), Numbers.Mean),
                Mean(fold.OutOfSample.Select(s => s.NamedVotesRight), Numbers.Percent),
                Numbers.Percent(fold.OutOfSample.Select(s => s.OutcomeMatch).DefaultIfEmpty(0).Average()));
        }

        text.Append(table.Render());
        text.Append("out of sample: the event scored with the values fitted before it; tally error in votes (mean over sources); - where the record has none\n");
        return text.ToString();
    }

    private static string Value(double value) => value.ToString("0.0000", CultureInfo.InvariantCulture);

    private static string Mean(IEnumerable<double?> values, Func<double, string> format)
    {
        var known = values.OfType<double>().ToArray();
        return known.Length == 0 ? "-" : format(known.Average());
    }
}
