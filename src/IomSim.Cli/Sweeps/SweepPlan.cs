using System.Collections.Immutable;

namespace IomSim.Cli.Sweeps;

/// <summary>A batch of a sweep: <paramref name="Count"/> consecutive runs of a setting from <paramref name="First"/>, stored when <paramref name="Store"/>.</summary>
internal readonly record struct SweepBatch(int Setting, int First, int Count, bool Store);

/// <summary>
/// The batches a sweep plays, made lazily, setting after setting: nothing proportional to settings × runs is held, so
/// a sweep of any size starts at once and stops at once. With <c>--resume</c> a setting's stored runs are asked for
/// when its turn comes; with budget years those runs are still played (for their measures), unstored.
/// </summary>
/// <param name="Settings">How many settings.</param>
/// <param name="Runs">Runs per setting.</param>
/// <param name="Stored">The indices stored for a setting (with <c>--resume</c>), or null to play and store every run.</param>
/// <param name="PlayStored">Whether stored runs are played again, unstored (a scenario with budget years).</param>
internal sealed record SweepPlan(int Settings, int Runs, Func<int, ImmutableSortedSet<int>>? Stored, bool PlayStored)
{
    /// <summary>The batches in order, at most <paramref name="size"/> runs each, never mixing runs to store with runs not to.</summary>
    public IEnumerable<SweepBatch> Batches(int size, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(size, 1);
        for (var setting = 0; setting < Settings; setting++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var stored = Stored?.Invoke(setting) ?? [];
            SweepBatch? open = null;
            for (var run = 0; run < Runs; run++)
            {
                var store = !stored.Contains(run);
                if (!store && !PlayStored)
                {
                    if (open is { } skipped)
                    {
                        yield return skipped;
                        open = null;
                    }

                    continue;
                }

                if (open is { } batch && batch.Store == store && batch.Count < size)
                {
                    open = batch with { Count = batch.Count + 1 };
                    continue;
                }

                if (open is { } full)
                {
                    yield return full;
                }

                open = new SweepBatch(setting, run, 1, store);
            }

            if (open is { } last)
            {
                yield return last;
            }
        }
    }
}
