using System.Collections.Immutable;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using IomSim.Domain.Funding;
using IomSim.Domain.World;
using IomSim.Engine;
using IomSim.Scenarios;
using IomSim.Scenarios.Model;

namespace IomSim.Web.Api;

/// <summary>
/// Applies a request's changes to a parsed scenario (immutable records, <c>with</c>), checking each as the scenario
/// reader checks the same field in a file. A changed scenario gets its own content hash (the file's hash and the
/// changes), so its runs are stored apart from the shipped scenario's.
/// </summary>
internal static class ScenarioChanges
{
    /// <summary>The scenario with every change applied, and one line per change saying what it did.</summary>
    /// <exception cref="BadRequestException">A change is malformed or names something the scenario or the seeds do not have.</exception>
    public static (Scenario Scenario, ImmutableArray<string> Applied) Apply(Scenario scenario, World world, IReadOnlyList<ChangeRequest?> changes)
    {
        if (changes.Count > ApiLimits.MaxChanges)
        {
            throw new BadRequestException("changes", $"{changes.Count} changes, over the limit of {ApiLimits.MaxChanges} per request");
        }

        var applied = ImmutableArray.CreateBuilder<string>();
        for (var index = 0; index < changes.Count; index++)
        {
            var field = $"changes[{index}]";
            var change = changes[index] ?? throw new BadRequestException(field, $"{field} is null (expected a change object with a kind)");
            string said;
            (scenario, said) = change.Kind switch
            {
                "relation" => Relation(scenario, world, change, field),
                "position" => Position(scenario, world, change, field),
                "behaviour" => Behaviour(scenario, world, change, field),
                "request-vote" => RequestVote(scenario, world, change, field),
                "withdraw-request" => WithdrawRequest(scenario, world, change, field),
                "donor-scale" => DonorScale(scenario, world, change, field),
                "setting" => ScenarioSettings.Apply(scenario, world, change, field),
                _ => throw new BadRequestException($"{field}.kind", $"unknown change kind '{change.Kind}' (expected one of: {string.Join(", ", Kinds)})"),
            };
            applied.Add(said);
        }

        if (applied.Count == 0)
        {
            return (scenario, []);
        }

        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(scenario.Source.ContentHash + "\n" + string.Join("\n", applied))));
        return (scenario with { Source = scenario.Source with { ContentHash = hash } }, applied.ToImmutable());
    }

    /// <summary>The change kinds, as the request names them.</summary>
    public static ImmutableArray<string> Kinds { get; } = ["relation", "position", "behaviour", "request-vote", "withdraw-request", "donor-scale", "setting"];

    private static (Scenario, string) Relation(Scenario scenario, World world, ChangeRequest change, string field)
    {
        var to = KnownState(world, change.To, $"{field}.to");
        var weight = InRange(change.Weight, $"{field}.weight", -1, 1, required: true)!.Value;
        if (change.Group is { } group)
        {
            // A whole group in one change: every member of the body in the group on the first day, but the target.
            if (change.State is not null)
            {
                throw new BadRequestException($"{field}.group", $"{field} names both a state and a group (expected one of them)");
            }

            var day = scenario.Timeline[0].Date;
            var members = BodyMembership.MembersOn(world, scenario.Body, day)
                .Where(code => code != to && world.Groups.GroupsOf(code, day).Contains(group, StringComparer.Ordinal))
                .Order()
                .ToArray();
            if (members.Length == 0)
            {
                throw new BadRequestException($"{field}.group", $"no member of the body belongs to group '{group}' on {day:yyyy-MM-dd} (expected a group a member lists, such as EU or G77)");
            }

            var set = scenario.World.Relations.RemoveAll(r => r.To == to && members.Contains(r.From))
                .AddRange(members.Select(from => new RelationOverride(from, to, weight)));
            return (scenario with { World = scenario.World with { Relations = set } }, $"relation {group} ({members.Length} members)->{to} = {Number(weight)}");
        }

        var from = KnownState(world, change.State, $"{field}.state");
        if (from == to)
        {
            throw new BadRequestException($"{field}.to", $"a relation from {from} to itself (expected two different states)");
        }

        var relations = scenario.World.Relations.RemoveAll(r => r.From == from && r.To == to).Add(new RelationOverride(from, to, weight));
        return (scenario with { World = scenario.World with { Relations = relations } }, $"relation {from}->{to} = {Number(weight)}");
    }

    private static (Scenario, string) Position(Scenario scenario, World world, ChangeRequest change, string field)
    {
        var state = KnownState(world, change.State, $"{field}.state");
        var alignment = InRange(change.Alignment, $"{field}.alignment", -1, 1, required: false);
        var rights = InRange(change.Rights, $"{field}.rights", -1, 1, required: false);
        if (alignment is null && rights is null)
        {
            throw new BadRequestException($"{field}.alignment", $"{field} sets nothing (expected alignment and/or rights, each from -1 to 1)");
        }

        PolicyPosition? current = scenario.World.Positions.TryGetValue(state, out var overridden) ? overridden
            : world.Positions.TryGetValue(state, out var seeded) ? seeded.Position
            : null;
        if (current is null && (alignment is null || rights is null))
        {
            throw new BadRequestException($"{field}.state", $"{state} has no position in the seeds (expected both alignment and rights)");
        }

        var position = new PolicyPosition(alignment ?? current!.Value.Alignment, rights ?? current!.Value.Rights);
        var positions = scenario.World.Positions.SetItem(state, position);
        return (scenario with { World = scenario.World with { Positions = positions } }, $"position {state} = ({Number(position.Alignment)}, {Number(position.Rights)})");
    }

    private static (Scenario, string) Behaviour(Scenario scenario, World world, ChangeRequest change, string field)
    {
        var state = KnownState(world, change.State, $"{field}.state");
        var consensusBreak = InRange(change.ConsensusBreak, $"{field}.consensusBreak", 0, 1, required: false);
        var attendance = InRange(change.Attendance, $"{field}.attendance", 0, 1, required: false);
        var band = InRange(change.AbstentionBand, $"{field}.abstentionBand", 0, 1, required: false);
        if (consensusBreak is null && attendance is null && band is null)
        {
            throw new BadRequestException($"{field}.consensusBreak", $"{field} sets nothing (expected at least one of: consensusBreak, attendance, abstentionBand, each from 0 to 1)");
        }

        var before = scenario.World.Behaviour.GetValueOrDefault(state) ?? new BehaviourOverride(null, null, null, null);
        var after = before with
        {
            ConsensusBreakPropensity = consensusBreak ?? before.ConsensusBreakPropensity,
            Attendance = attendance ?? before.Attendance,
            AbstentionBand = band ?? before.AbstentionBand,
        };
        var set = string.Join(", ", new[] { ("consensus break", consensusBreak), ("attendance", attendance), ("abstention band", band) }
            .Where(p => p.Item2 is not null)
            .Select(p => $"{p.Item1} {Number(p.Item2!.Value)}"));
        return (scenario with { World = scenario.World with { Behaviour = scenario.World.Behaviour.SetItem(state, after) } }, $"behaviour {state}: {set}");
    }

    private static (Scenario, string) RequestVote(Scenario scenario, World world, ChangeRequest change, string field)
    {
        var (session, entry) = VotedItem(scenario, change.Item, $"{field}.item");
        var state = KnownState(world, change.State, $"{field}.state");
        if (!BodyMembership.MembersOn(world, scenario.Body, session.Date).Contains(state))
        {
            throw new BadRequestException($"{field}.state", $"{state} does not sit in the body on {session.Date:yyyy-MM-dd} (expected a member on the item's day)");
        }

        var requested = entry.FormalVoteRequestedBy.Contains(state) ? entry.FormalVoteRequestedBy : entry.FormalVoteRequestedBy.Add(state);
        return (Replace(scenario, entry, entry with { FormalVoteRequestedBy = requested }), $"{state} objects and asks for a formal vote on {entry.Id}");
    }

    private static (Scenario, string) WithdrawRequest(Scenario scenario, World world, ChangeRequest change, string field)
    {
        var (_, entry) = VotedItem(scenario, change.Item, $"{field}.item");
        var state = KnownState(world, change.State, $"{field}.state");
        if (!entry.FormalVoteRequestedBy.Contains(state))
        {
            var by = entry.FormalVoteRequestedBy.IsEmpty ? "nobody" : string.Join(", ", entry.FormalVoteRequestedBy);
            throw new BadRequestException($"{field}.state", $"{state} has no request for a formal vote on {entry.Id} to withdraw (requested by: {by})");
        }

        return (Replace(scenario, entry, entry with { FormalVoteRequestedBy = entry.FormalVoteRequestedBy.Remove(state) }), $"{state} withdraws its request for a formal vote on {entry.Id}");
    }

    private static (Scenario, string) DonorScale(Scenario scenario, World world, ChangeRequest change, string field)
    {
        var years = scenario.Timeline.SelectMany(s => s.Items).Select(e => e.Year).OfType<int>().ToArray();
        if (years.Length == 0)
        {
            throw new BadRequestException($"{field}.kind", $"scenario {scenario.Id} plays no budget year, so a donor's money changes nothing (expected a budget-year scenario such as funding-2021)");
        }

        if (change.Donor is null || !DonorId.TryParse(change.Donor, out var donor) || !world.Funding.Donors.ContainsKey(donor))
        {
            throw new BadRequestException($"{field}.donor", $"unknown donor '{change.Donor}' (expected a contributor in seeds/contributions.csv, such as USA or EU)");
        }

        var factor = InRange(change.Factor, $"{field}.factor", 0, 10, required: true)!.Value;
        var from = YearIn(change.FromYear, $"{field}.fromYear");
        var to = YearIn(change.ToYear, $"{field}.toYear");
        if (from is not null && to is not null && to < from)
        {
            throw new BadRequestException($"{field}.toYear", $"toYear {to} is before fromYear {from} (expected toYear no earlier than fromYear: both years are included)");
        }

        var added = new DonorChange(DonorChangeKind.Scale, donor, factor, null, from, to);
        if (scenario.Funding.Donors.FirstOrDefault(c => c.Donor == donor && Overlap(c, added)) is { } earlier)
        {
            throw new BadRequestException($"{field}.donor", $"donor {donor} is already changed in overlapping years (factor {Number(earlier.Factor)}; expected one change per donor and year)");
        }

        var funding = scenario.Funding with { Donors = scenario.Funding.Donors.Add(added) };
        var span = from is null && to is null ? "every year" : $"{from?.ToString(CultureInfo.InvariantCulture) ?? "first"} to {to?.ToString(CultureInfo.InvariantCulture) ?? "last"}";
        return (scenario with { Funding = funding }, $"donor {donor} gives {Number(factor)} times its voluntary money, {span}");
    }

    private static (Session Session, AgendaEntry Entry) VotedItem(Scenario scenario, string? id, string field)
    {
        var found = scenario.Timeline.SelectMany(s => s.Items.Select(e => (Session: s, Entry: e))).FirstOrDefault(p => p.Entry.Id == id);
        if (found.Entry is null)
        {
            var ids = string.Join(", ", scenario.Timeline.SelectMany(s => s.Items).Select(e => e.Id));
            throw new BadRequestException(field, $"unknown item '{id}' in scenario {scenario.Id} (expected one of: {ids})");
        }

        return found.Entry.Kind is AgendaKind.Election or AgendaKind.Acceptance
            ? throw new BadRequestException(field, $"item {found.Entry.Id} is an {ScenarioFormat.KindName(found.Entry.Kind)}, which has no consensus to object to (expected an admission, budget or decision)")
            : found;
    }

    private static Scenario Replace(Scenario scenario, AgendaEntry old, AgendaEntry replacement) => scenario with
    {
        Timeline = [.. scenario.Timeline.Select(s => s with { Items = [.. s.Items.Select(e => ReferenceEquals(e, old) ? replacement : e)] })],
    };

    internal static StateCode KnownState(World world, string? text, string field) =>
        StateCode.TryParse(text, out var code) && world.States.ContainsKey(code)
            ? code
            : throw new BadRequestException(field, $"unknown state code '{text}' (expected an ISO 3166-1 alpha-3 code in seeds/states.csv, such as UKR)");

    private static double? InRange(double? value, string field, double min, double max, bool required)
    {
        if (value is null)
        {
            return required ? throw new BadRequestException(field, $"{field} is missing (expected a number from {Number(min)} to {Number(max)})") : null;
        }

        return double.IsFinite(value.Value) && value >= min && value <= max
            ? value
            : throw new BadRequestException(field, $"{field} is {Number(value.Value)} (expected a number from {Number(min)} to {Number(max)})");
    }

    private static int? YearIn(int? year, string field) =>
        year is null or (>= 1951 and <= 2100)
            ? year
            : throw new BadRequestException(field, $"{field} is {year} (expected a year from 1951 to 2100)");

    private static bool Overlap(DonorChange a, DonorChange b) =>
        (a.FromYear ?? int.MinValue) <= (b.ToYear ?? int.MaxValue) && (b.FromYear ?? int.MinValue) <= (a.ToYear ?? int.MaxValue);

    internal static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
