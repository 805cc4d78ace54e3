using IomSim.Runtime.Storage;

namespace IomSim.Runtime.Tests.Grains;

public sealed class NotebookGrain([PersistentState("notebook")] IPersistentState<JournalState> notebook) : Grain, INotebookGrain, IResettableGrain
{
    private int _calls;

    public void Reset() => _calls = 0;

    public async Task Write(string line)
    {
        _calls++;
        notebook.State = notebook.State with { Lines = notebook.State.Lines.Add(line) };
        await notebook.WriteStateAsync();
    }

    public Task<NotebookPage> Read()
    {
        _calls++;
        return Task.FromResult(new NotebookPage(_calls, notebook.State.Lines, notebook.ETag, notebook.RecordExists));
    }
}
