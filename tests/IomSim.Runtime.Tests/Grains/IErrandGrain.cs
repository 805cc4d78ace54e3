using System.Collections.Immutable;

namespace IomSim.Runtime.Tests.Grains;

/// <summary>
/// A grain whose <see cref="ValueTask{TResult}"/> methods finish in place, for the reuse of call objects: some leave work
/// behind (an errand waiting for a signal), some call other grains through references the grain keeps.
/// </summary>
public interface IErrandGrain : IGrainWithStringKey
{
    ValueTask<int> Twice(int value);

    /// <summary>Returns at once, leaving an errand that finishes when <see cref="Signal"/> is called.</summary>
    ValueTask<int> StartErrand(int value);

    /// <summary>Lets the waiting errands finish (in later turns); returns how many had finished before.</summary>
    ValueTask<int> Signal();

    /// <summary>The finished errands, in the order they finished: the grain's key and the errand's value.</summary>
    ValueTask<ImmutableArray<string>> Errands();

    ValueTask<string> Ping();

    /// <summary>Calls <paramref name="peer"/>'s <see cref="CallBack"/>, which calls this grain's <see cref="Ping"/>.</summary>
    ValueTask<string> Start(string peer);

    ValueTask<string> CallBack(string caller);
}
