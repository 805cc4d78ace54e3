using System.Collections.Immutable;

namespace IomSim.Runtime.Tests.Grains;

public sealed class PollGrain : Grain, IPollGrain
{
    public async Task<PollResult> Run(ImmutableArray<string> voters, int round)
    {
        var poll = GetPrimaryKeyString();
        await Task.WhenAll(voters.Select(v => GrainFactory.GetGrain<IVoterGrain>(v).Vote(poll, round)));
        return await GrainFactory.GetGrain<ITallyGrain>($"{poll}#{round}").Read();
    }
}

public sealed class VoterGrain : Grain, IVoterGrain
{
    private int _votesCast;

    public async Task<bool> Vote(string poll, int round)
    {
        // A stable rule: the answer depends only on the voter, the round and how often it voted.
        var key = GetPrimaryKeyString();
        var inFavour = (key.Sum(c => c) + round + _votesCast++) % 3 != 0;
        await GrainFactory.GetGrain<ITallyGrain>($"{poll}#{round}").Record(key, inFavour);
        return inFavour;
    }
}

public sealed class TallyGrain : Grain, ITallyGrain
{
    private ImmutableSortedDictionary<string, bool> _votes = ImmutableSortedDictionary<string, bool>.Empty.WithComparers(StringComparer.Ordinal);

    public Task Record(string voter, bool inFavour)
    {
        _votes = _votes.SetItem(voter, inFavour);
        return Task.CompletedTask;
    }

    public Task<PollResult> Read() =>
        Task.FromResult(new PollResult(_votes.Count(v => v.Value), _votes.Count(v => !v.Value), _votes));
}
