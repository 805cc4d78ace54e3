using System.Collections.Immutable;
using IomSim.Domain.World;

namespace IomSim.Domain.Funding;

/// <summary>
/// One funding year, start to finish: every appeal opens a project account; donors pledge one after another, largest
/// earmarked budget first, each seeing what the projects still need at its turn; each pledge goes to its project,
/// which takes what it needs and refuses the rest; refused and unplaced money is carried over, unearmarked money goes
/// to the core; then every project closes by the rules and the ledger is drawn up. This is the direct version, over
/// plain arrays; the grain version calls the same steps (<see cref="PledgingOrder"/>, <see cref="NeedsOf"/>,
/// <see cref="PledgePlanner.Plan"/>, <see cref="ProjectAccount.Receive"/>, <see cref="ProjectAccount.Close"/>,
/// <see cref="LedgerOf"/>) and gives the same ledger.
/// </summary>
public static class FundingYearProcedure
{
    /// <summary>Runs a funding year.</summary>
    /// <param name="year">The budget year.</param>
    /// <param name="appeals">The year's appeals (ids unique).</param>
    /// <param name="budgets">The year's donor budgets, one per donor, in any order.</param>
    /// <param name="prioritiesOf">What each donor prefers to fund.</param>
    /// <param name="interest">A donor's interest in a requesting state.</param>
    /// <param name="rules">The funding rules.</param>
    /// <param name="noise">Spread of the donors' lognormal weight noise (0: none).</param>
    /// <param name="seed">The seed.</param>
    /// <param name="run">The run.</param>
    /// <exception cref="ArgumentException">An appeal or budget of another year, an appeal or donor listed twice, or an argument <see cref="PledgePlanner.Plan"/> refuses.</exception>
    public static FundingYearLedger Run(
        int year,
        ImmutableArray<Appeal> appeals,
        ImmutableArray<DonorBudget> budgets,
        Func<DonorId, DonorPriorities> prioritiesOf,
        Func<DonorId, StateCode, double> interest,
        FundingRules rules,
        double noise,
        ulong seed,
        int run)
    {
        ArgumentNullException.ThrowIfNull(prioritiesOf);
        ArgumentNullException.ThrowIfNull(interest);
        ArgumentNullException.ThrowIfNull(rules);
        if (!double.IsFinite(noise) || noise < 0)
        {
            throw new ArgumentException($"The pledge noise must be a finite number, at least 0 (was {noise}).", nameof(noise));
        }

        var accounts = OpenAccounts(year, appeals).ToArray();
        var order = PledgingOrder(CheckedBudgets(year, budgets));
        var index = accounts.Select((a, i) => (a.Appeal.Id, i)).ToDictionary(a => a.Id, a => a.i, StringComparer.Ordinal);

        var carriedOver = new Dictionary<DonorId, decimal>();
        foreach (var budget in order)
        {
            var donor = budget.Donor;
            var plan = PledgePlanner.Plan(budget, prioritiesOf(donor), NeedsOf(accounts), state => interest(donor, state), noise, seed, run);
            var carried = plan.UnplacedUsd;
            foreach (var pledge in plan.Pledges)
            {
                var (account, _, excess) = accounts[index[pledge.AppealId]].Receive(pledge);
                accounts[index[pledge.AppealId]] = account;
                carried += excess;
            }

            carriedOver[donor] = carried;
        }

        return LedgerOf(year, order, accounts.Select(a => a.Close(rules)), carriedOver);
    }

    /// <summary>The order donors pledge in: largest earmarked budget first, ties by donor id (ordinal).</summary>
    public static ImmutableArray<DonorBudget> PledgingOrder(IEnumerable<DonorBudget> budgets)
    {
        ArgumentNullException.ThrowIfNull(budgets);
        return [.. budgets.OrderByDescending(b => b.EarmarkedUsd).ThenBy(b => b.Donor)];
    }

    /// <summary>A fresh account for every appeal, in appeal-id ordinal order.</summary>
    /// <exception cref="ArgumentException">An appeal of another year, or an id listed twice.</exception>
    public static ImmutableArray<ProjectAccount> OpenAccounts(int year, ImmutableArray<Appeal> appeals)
    {
        if (appeals.IsDefault)
        {
            throw new ArgumentException("The appeals are missing (a default array).", nameof(appeals));
        }

        var accounts = appeals.OrderBy(a => a.Id, StringComparer.Ordinal).Select(ProjectAccount.Open).ToImmutableArray();
        for (var i = 0; i < accounts.Length; i++)
        {
            var appeal = accounts[i].Appeal;
            if (appeal.Year != year)
            {
                throw new ArgumentException($"Appeal {appeal.Id} is for {appeal.Year}, not {year}.", nameof(appeals));
            }

            if (i > 0 && string.Equals(accounts[i - 1].Appeal.Id, appeal.Id, StringComparison.Ordinal))
            {
                throw new ArgumentException($"Appeal {appeal.Id} is listed twice.", nameof(appeals));
            }
        }

        return accounts;
    }

    /// <summary>What a donor sees at its turn: every project and what it still needs, in appeal-id ordinal order.</summary>
    public static ImmutableArray<OpenAppeal> NeedsOf(IEnumerable<ProjectAccount> accounts)
    {
        ArgumentNullException.ThrowIfNull(accounts);
        return [.. accounts.Select(a => new OpenAppeal(a.Appeal, a.RemainingUsd)).OrderBy(o => o.Appeal.Id, StringComparer.Ordinal)];
    }

    /// <summary>
    /// The year's ledger from the budgets, the closed projects and what each donor carried over (refused plus unplaced
    /// earmarked money; a donor not listed carried nothing over). Lines in donor-id order, projects in appeal-id order.
    /// </summary>
    /// <exception cref="ArgumentException">A budget of another year, a donor listed twice, or a pledge from a donor without a budget.</exception>
    public static FundingYearLedger LedgerOf(
        int year,
        IEnumerable<DonorBudget> budgets,
        IEnumerable<ProjectClosing> projects,
        IReadOnlyDictionary<DonorId, decimal> carriedOver)
    {
        ArgumentNullException.ThrowIfNull(budgets);
        ArgumentNullException.ThrowIfNull(projects);
        ArgumentNullException.ThrowIfNull(carriedOver);
        var checkedBudgets = CheckedBudgets(year, [.. budgets]);
        var closings = projects.OrderBy(p => p.Appeal.Id, StringComparer.Ordinal).ToImmutableArray();

        var toProjects = checkedBudgets.ToDictionary(b => b.Donor, _ => 0m);
        var returned = checkedBudgets.ToDictionary(b => b.Donor, _ => 0m);
        foreach (var closing in closings)
        {
            var into = closing.Status == ProjectStatus.Cancelled ? returned : toProjects;
            foreach (var pledge in closing.Accepted)
            {
                if (!into.ContainsKey(pledge.Donor))
                {
                    throw new ArgumentException($"Project {closing.Appeal.Id} holds a pledge from {pledge.Donor}, who has no budget in {year}.", nameof(projects));
                }

                into[pledge.Donor] += pledge.AmountUsd;
            }
        }

        var lines = checkedBudgets
            .OrderBy(b => b.Donor)
            .Select(b => new DonorLedgerLine(
                b.Donor,
                b.VoluntaryUsd,
                toProjects[b.Donor],
                b.UnearmarkedUsd,
                returned[b.Donor],
                carriedOver.GetValueOrDefault(b.Donor)))
            .ToImmutableArray();
        return new FundingYearLedger(year, lines, closings);
    }

    private static ImmutableArray<DonorBudget> CheckedBudgets(int year, ImmutableArray<DonorBudget> budgets)
    {
        if (budgets.IsDefault)
        {
            throw new ArgumentException("The budgets are missing (a default array).", nameof(budgets));
        }

        var seen = new HashSet<DonorId>();
        foreach (var budget in budgets)
        {
            ArgumentNullException.ThrowIfNull(budget, nameof(budgets));
            if (budget.Year != year)
            {
                throw new ArgumentException($"{budget.Donor}'s budget is for {budget.Year}, not {year}.", nameof(budgets));
            }

            if (!seen.Add(budget.Donor))
            {
                throw new ArgumentException($"{budget.Donor} has two budgets for {year}.", nameof(budgets));
            }
        }

        return budgets;
    }
}
