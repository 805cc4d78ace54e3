using System.Collections.Immutable;

namespace IomSim.Web.Views;

/// <summary><c>GET /api/scenarios/{id}</c>: what the dashboard's controls need to change and run a scenario.</summary>
internal sealed record ScenarioDetailView(
    string Id,
    string Title,
    string Description,
    string Body,
    ulong Seed,
    int Runs,
    string Parameters,
    ImmutableArray<ItemView> Items,
    ImmutableArray<MemberView> Members,
    ImmutableArray<DonorView> Donors,
    ImmutableArray<int> BudgetYears,
    ImmutableArray<string> ChangeKinds,
    ImmutableArray<SettingView> Settings,
    LimitsView Limits);
