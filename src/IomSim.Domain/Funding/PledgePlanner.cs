using System.Collections.Immutable;
using IomSim.Domain.Randomness;
using IomSim.Domain.World;

namespace IomSim.Domain.Funding;

/// <summary>
/// How a donor spreads its earmarked money over the open appeals. Each appeal still in need gets a weight: the
/// donor's priority for its theme and region, times 1 + the donor's interest in the requesting state (when positive),
/// times a lognormal factor of mean 1 (<c>exp(noise·g − noise²/2)</c>, g standard normal, drawn from the donor's
/// stream for that appeal). The money is then poured in like water: appeal i gets
/// <c>min(remaining_i, λ·w_i·remaining_i)</c>, with λ such that the pledges add up to the budget, so a donor gives
/// in proportion to its weight and to what each project still needs, and never more than it needs.
/// </summary>
public static class PledgePlanner
{
    /// <summary>Plans one donor's pledges.</summary>
    /// <param name="budget">The donor's money; only <see cref="DonorBudget.EarmarkedUsd"/> is pledged.</param>
    /// <param name="priorities">What the donor prefers to fund.</param>
    /// <param name="open">The appeals and what each still needs (ids unique).</param>
    /// <param name="interestIn">The donor's interest in a requesting state (negative values count as none).</param>
    /// <param name="noise">Spread of the lognormal factor on the weights, at least 0 (0: no randomness).</param>
    /// <param name="seed">The seed.</param>
    /// <param name="run">The run.</param>
    /// <returns>Pledges in appeal-id ordinal order, none zero; pledges plus unplaced money equal the earmarked budget exactly.</returns>
    /// <exception cref="ArgumentException">A negative budget, a noise that is negative or not finite, an appeal listed twice, or a weight that is not a finite non-negative number.</exception>
    public static PledgePlan Plan(
        DonorBudget budget,
        DonorPriorities priorities,
        ImmutableArray<OpenAppeal> open,
        Func<StateCode, double> interestIn,
        double noise,
        ulong seed,
        int run)
    {
        ArgumentNullException.ThrowIfNull(budget);
        ArgumentNullException.ThrowIfNull(priorities);
        ArgumentNullException.ThrowIfNull(interestIn);
        if (open.IsDefault)
        {
            throw new ArgumentException("The open appeals are missing (a default array).", nameof(open));
        }

        if (budget.EarmarkedUsd < 0)
        {
            throw new ArgumentException($"{budget.Donor}'s earmarked budget is negative ({budget.EarmarkedUsd}).", nameof(budget));
        }

        if (!double.IsFinite(noise) || noise < 0)
        {
            throw new ArgumentException($"The pledge noise must be a finite number, at least 0 (was {noise}).", nameof(noise));
        }

        var candidates = Candidates(budget.Donor, priorities, open, interestIn, noise, seed, run);
        var amounts = Pour(Cents.Round(budget.EarmarkedUsd, MidpointRounding.ToZero), candidates);
        var pledges = candidates
            .Select((c, i) => new Pledge(budget.Donor, c.AppealId, amounts[i]))
            .Where(p => p.AmountUsd > 0)
            .OrderBy(p => p.AppealId, StringComparer.Ordinal)
            .ToImmutableArray();
        return new PledgePlan(pledges, budget.EarmarkedUsd - pledges.Sum(p => p.AmountUsd));
    }

    // The appeals the donor would give to: still in need (in whole cents, since pledges are) and weighted above 0.
    private static List<Candidate> Candidates(
        DonorId donor,
        DonorPriorities priorities,
        ImmutableArray<OpenAppeal> open,
        Func<StateCode, double> interestIn,
        double noise,
        ulong seed,
        int run)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var candidates = new List<Candidate>();
        foreach (var item in open)
        {
            ArgumentNullException.ThrowIfNull(item, nameof(open));
            var appeal = item.Appeal;
            if (!seen.Add(appeal.Id))
            {
                throw new ArgumentException($"Appeal {appeal.Id} is listed twice.", nameof(open));
            }

            var room = Cents.Round(item.RemainingUsd, MidpointRounding.ToZero);
            if (room <= 0)
            {
                continue;
            }

            var weight = priorities.WeightOf(appeal.Theme, appeal.Region);
            if (appeal.RequestedBy is { } state)
            {
                weight *= 1 + Math.Max(0, interestIn(state));
            }

            if (noise > 0)
            {
                var random = RandomStream.For(seed, run, donor.Value, "pledge/" + appeal.Id);
                weight *= Math.Exp((noise * random.NextGaussian()) - (noise * noise / 2));
            }

            if (!double.IsFinite(weight) || weight < 0)
            {
                throw new ArgumentException($"{donor}'s weight for appeal {appeal.Id} is {weight}; priorities and interests must give a finite number, at least 0.", nameof(priorities));
            }

            if (weight > 0)
            {
                candidates.Add(new Candidate(appeal.Id, room, weight));
            }
        }

        return candidates;
    }

    // Water-filling. Appeal i saturates once λ·w_i ≥ 1, so the appeals saturate in order of falling weight: walk that
    // order, and the first appeal whose cap 1/w is not exceeded by the λ that would spend the rest of the budget on
    // it and the appeals after it fixes λ exactly.
    private static decimal[] Pour(decimal budget, List<Candidate> candidates)
    {
        var amounts = new decimal[candidates.Count];
        if (candidates.Sum(c => c.Room) <= budget)
        {
            for (var i = 0; i < amounts.Length; i++)
            {
                amounts[i] = candidates[i].Room;
            }

            return amounts;
        }

        var order = Enumerable.Range(0, candidates.Count)
            .OrderByDescending(i => candidates[i].Weight)
            .ThenBy(i => candidates[i].AppealId, StringComparer.Ordinal)
            .ToArray();
        var tail = new double[order.Length + 1]; // tail[k] = Σ w·room over order[k..]
        for (var k = order.Length - 1; k >= 0; k--)
        {
            var c = candidates[order[k]];
            tail[k] = tail[k + 1] + (c.Weight * (double)c.Room);
        }

        var saturated = 0m;
        var first = 0;
        while (first < order.Length && (double)(budget - saturated) / tail[first] * candidates[order[first]].Weight > 1)
        {
            saturated += candidates[order[first]].Room;
            first++;
        }

        var rest = Math.Max(0, budget - saturated);
        for (var k = 0; k < order.Length; k++)
        {
            var c = candidates[order[k]];
            var share = tail[first] > 0 ? Math.Min(1, c.Weight * (double)c.Room / tail[first]) : 0;
            amounts[order[k]] = k < first ? c.Room : Math.Min(c.Room, Cents.Round(rest * (decimal)share, MidpointRounding.ToEven));
        }

        SettleResidual(budget - amounts.Sum(), amounts, candidates);
        return amounts;
    }

    // Rounding to cents leaves a few cents over or short: they go on the largest pledge that can take them (ties by
    // appeal id), then the next, so the plan adds up exactly and the choice never depends on listing order.
    private static void SettleResidual(decimal residual, decimal[] amounts, List<Candidate> candidates)
    {
        var largestFirst = Enumerable.Range(0, amounts.Length)
            .OrderByDescending(i => amounts[i])
            .ThenBy(i => candidates[i].AppealId, StringComparer.Ordinal)
            .ToArray();
        foreach (var i in largestFirst)
        {
            if (residual == 0)
            {
                return;
            }

            var change = residual > 0 ? Math.Min(residual, candidates[i].Room - amounts[i]) : Math.Max(residual, -amounts[i]);
            amounts[i] += change;
            residual -= change;
        }
    }


    /// <summary>An appeal the donor would give to: its room in whole cents and its weight.</summary>
    private readonly record struct Candidate(string AppealId, decimal Room, double Weight);
}
