using System.Collections.Immutable;

namespace IomSim.Runtime.Tests.Grains;

/// <summary>A miniature Council: it asks every voter, each voter records its vote with a tally, then it reads the tally.</summary>
public interface IPollGrain : IGrainWithStringKey
{
    Task<PollResult> Run(ImmutableArray<string> voters, int round);
}

public interface IVoterGrain : IGrainWithStringKey
{
    Task<bool> Vote(string poll, int round);
}

public interface ITallyGrain : IGrainWithStringKey
{
    Task Record(string voter, bool inFavour);

    Task<PollResult> Read();
}

public sealed record PollResult(int InFavour, int Against, ImmutableSortedDictionary<string, bool> Votes);
