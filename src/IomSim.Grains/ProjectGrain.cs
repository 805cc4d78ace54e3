using IomSim.Domain.Funding;
using IomSim.Runtime;

namespace IomSim.Grains;

/// <summary>
/// A project of a year's appeal. Its account lives only as long as the run: the Administration's ledger is the
/// record that outlasts it.
/// </summary>
[GrainType("project")]
public sealed class ProjectGrain : Grain, IProjectGrain, IResettableGrain
{
    private ProjectAccount? _account;

    /// <inheritdoc/>
    public void Reset() => _account = null;

    /// <inheritdoc />
    public Task Open(Appeal appeal)
    {
        ArgumentNullException.ThrowIfNull(appeal);
        if (appeal.Id != GetPrimaryKeyString())
        {
            throw new ArgumentException($"Project grain {GetPrimaryKeyString()} was given appeal {appeal.Id}.", nameof(appeal));
        }

        if (_account is not null)
        {
            throw new InvalidOperationException($"Project {appeal.Id} is already open.");
        }

        _account = ProjectAccount.Open(appeal);
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task<PledgeReceipt> Receive(Pledge pledge)
    {
        ArgumentNullException.ThrowIfNull(pledge);
        var (account, accepted, excess) = Account().Receive(pledge);
        _account = account;
        return Task.FromResult(new PledgeReceipt(accepted, excess));
    }

    /// <inheritdoc />
    public Task<OpenAppeal> Need()
    {
        var account = Account();
        return Task.FromResult(new OpenAppeal(account.Appeal, account.RemainingUsd));
    }

    /// <inheritdoc />
    public Task<ProjectClosing> Close(FundingRules rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        return Task.FromResult(Account().Close(rules));
    }

    private ProjectAccount Account() =>
        _account ?? throw new InvalidOperationException($"Project {GetPrimaryKeyString()} was used before it was opened.");
}
