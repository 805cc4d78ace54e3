using IomSim.Runtime.Storage;

namespace IomSim.Runtime.Tests.Grains;

public sealed class JournalGrain([PersistentState("journal")] IPersistentState<JournalState> journal) : Grain, IJournalGrain
{
    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        journal.State = journal.State with { Activations = journal.State.Activations + 1 };
        await journal.WriteStateAsync();
    }

    public override async Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        journal.State = journal.State with { Lines = journal.State.Lines.Add($"deactivated: {reason}") };
        await journal.WriteStateAsync();
    }

    public Task<JournalEntry> Read() =>
        Task.FromResult(new JournalEntry(journal.State.Activations, journal.State.Lines, journal.ETag, journal.RecordExists));

    public async Task Append(string line)
    {
        await journal.ReadStateAsync();
        journal.State = journal.State with { Lines = journal.State.Lines.Add(line) };
        await journal.WriteStateAsync();
    }

    public async Task AppendWithoutRereading(string line)
    {
        journal.State = journal.State with { Lines = journal.State.Lines.Add(line) };
        await journal.WriteStateAsync();
    }

    public Task Retire()
    {
        DeactivateOnIdle();
        return Task.CompletedTask;
    }

    public Task Forget() => journal.ClearStateAsync();
}
