namespace IomSim.Runtime.Tests.Grains;

public sealed class FaultyGrain : Grain, IFaultyGrain
{
    private string _note = string.Empty;

    public Task Remember(string note)
    {
        _note = note;
        return Task.CompletedTask;
    }

    public Task<string> Recall() => Task.FromResult(_note);

    public Task FailSynchronously(string message) => throw new InvalidOperationException(message);

    public async Task<int> FailAfterAwait(string message)
    {
        await Task.Yield();
        throw new ArgumentException(message, nameof(message));
    }

    public ValueTask<int> Twice(int value) => ValueTask.FromResult(value * 2);

    public ValueTask Touch() => ValueTask.CompletedTask;

    public ValueTask<int> FailValue(string message) => throw new InvalidOperationException(message);

    public async ValueTask<int> TwiceAfterYield(int value)
    {
        await Task.Yield();
        return value * 2;
    }

    public async ValueTask<int> FailValueAfterYield(string message)
    {
        await Task.Yield();
        throw new ArgumentException(message, nameof(message));
    }
}
