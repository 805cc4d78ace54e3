using IomSim.Domain.Funding;
using Orleans.Placement;

namespace IomSim.Grains;

/// <summary>
/// A project of a year's appeal. Its account in each run lives only as long as the run's batch: the Administration's
/// ledger is the record that outlasts it.
/// </summary>
[GrainType("project")]
[PreferLocalPlacement]
public sealed class ProjectGrain : Grain, IProjectGrain
{
    private readonly PerRun<ProjectAccount?> _accounts = new(() => null);

    /// <inheritdoc />
    public Task Open(Appeal appeal, RunKey run)
    {
        ArgumentNullException.ThrowIfNull(appeal);
        var id = LaneKeys.OwnId(this.GetPrimaryKeyString());
        if (appeal.Id != id)
        {
            throw new ArgumentException($"Project grain {id} was given appeal {appeal.Id}.", nameof(appeal));
        }

        if (_accounts[run] is not null)
        {
            throw new InvalidOperationException($"Project {appeal.Id} is already open in run {run.Run}.");
        }

        _accounts[run] = ProjectAccount.Open(appeal);
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task<PledgeReceipt> Receive(Pledge pledge, RunKey run)
    {
        ArgumentNullException.ThrowIfNull(pledge);
        var (account, accepted, excess) = Account(run).Receive(pledge);
        _accounts[run] = account;
        return Task.FromResult(new PledgeReceipt(accepted, excess));
    }

    /// <inheritdoc />
    public Task<OpenAppeal> Need(RunKey run)
    {
        var account = Account(run);
        return Task.FromResult(new OpenAppeal(account.Appeal, account.RemainingUsd));
    }

    /// <inheritdoc />
    public Task<ProjectClosing> Close(FundingRules rules, RunKey run)
    {
        ArgumentNullException.ThrowIfNull(rules);
        return Task.FromResult(Account(run).Close(rules));
    }

    private ProjectAccount Account(RunKey run) =>
        _accounts[run] ?? throw new InvalidOperationException($"Project {LaneKeys.OwnId(this.GetPrimaryKeyString())} was used before it was opened in run {run.Run}.");
}
