using System.Collections.Immutable;
using System.Globalization;
using IomSim.Scenarios.Model;
using IomSim.Scenarios.Yaml;

namespace IomSim.Scenarios.Reading;

/// <summary>Reads <c>funding.donors</c>: each entry exactly one scale, match or pool, and no two entries that contradict each other.</summary>
internal static class DonorChangeReader
{
    /// <summary>The one value <c>match:</c> takes.</summary>
    public const string AssessedShare = "assessed-share";

    /// <summary>Largest <c>scale:</c> and <c>factor:</c>: a sanity bound, as for the decision model's weights.</summary>
    public const double MaxFactor = 10;

    private const string Shapes = "{ donor: USA, scale: 0.5 }, { donor: CHN, match: assessed-share }, { pool: EU, into: EU }";

    public static ImmutableArray<DonorChange> Read(ReadContext context, YamlValue? node)
    {
        if (node is null)
        {
            return [];
        }

        var list = Values.List(context, node, "funding.donors", $"donor changes such as {Shapes}");
        if (list.Items.Count > ScenarioFormat.MaxDonorChanges)
        {
            var limit = ScenarioFormat.MaxDonorChanges.ToString("N0", CultureInfo.InvariantCulture);
            throw context.Error(list.Items[ScenarioFormat.MaxDonorChanges], $"funding.donors has more than {limit} entries "
                + $"(expected at most {limit} donor changes)");
        }

        var entries = new List<Entry>(list.Items.Count);
        foreach (var item in list.Items)
        {
            var entry = ReadEntry(context, item, $"funding.donors entry {entries.Count + 1}");
            foreach (var earlier in entries)
            {
                CheckAgainst(context, entry, earlier);
            }

            entries.Add(entry);
        }

        return [.. entries.Select(e => e.Change)];
    }

    private static Entry ReadEntry(ReadContext context, YamlValue node, string what)
    {
        var fields = new Fields(context, node, what, ScenarioKeys.DonorChange);
        var kind = Kind(context, fields);
        var name = KindKey(kind);
        var allowed = ScenarioKeys.DonorChangeKeysFor(kind);
        foreach (var (key, _) in fields.Node.Entries)
        {
            if (!allowed.Contains(key.Value))
            {
                throw context.Error(key, $"'{key.Value}' does not apply to a {name} entry in {what} (expected for {name}: {string.Join(", ", allowed)})");
            }
        }

        switch (kind)
        {
            case DonorChangeKind.Scale:
            {
                var donorNode = fields.Required("donor", FundingValues.DonorExpectation);
                var donor = FundingValues.Donor(context, donorNode, "donor");
                var factor = Values.Number(context, fields.Required("scale", "a factor from 0 to 10 on the donor's voluntary money"), "scale", 0, MaxFactor);
                return Finish(context, fields, new DonorChange(kind, donor, factor, null, null, null), donorNode, null);
            }

            case DonorChangeKind.MatchAssessedShare:
            {
                var donorNode = fields.Required("donor", "a state code such as CHN");
                var donor = FundingValues.MatchingState(context, donorNode, "donor");
                var matchNode = fields.Required("match", AssessedShare);
                var rule = Values.Text(context, matchNode, "match", AssessedShare);
                if (!string.Equals(rule, AssessedShare, StringComparison.Ordinal))
                {
                    throw context.Error(matchNode, $"unknown match '{YamlScalar.Shorten(rule)}' (expected {AssessedShare}: "
                        + "the state's share of the scale of assessment times all states' voluntary money)");
                }

                var factor = fields.Optional("factor") is { } factorNode ? Values.Number(context, factorNode, "factor", 0, MaxFactor) : 1;
                return Finish(context, fields, new DonorChange(kind, donor, factor, null, null, null), donorNode, null);
            }

            default:
            {
                var groupNode = fields.Required("pool", "a group in seeds/groups.csv such as EU, whose members pool their money");
                var group = FundingValues.Group(context, groupNode, "pool");
                var intoNode = fields.Required("into", $"the donor the group's money goes through, {FundingValues.DonorExpectation}");
                var donor = FundingValues.Donor(context, intoNode, "into");
                return Finish(context, fields, new DonorChange(kind, donor, 1, group, null, null), intoNode, groupNode);
            }
        }
    }

    private static DonorChangeKind Kind(ReadContext context, Fields fields)
    {
        var kinds = fields.Node.Entries.Select(e => e.Key).Where(k => ScenarioKeys.DonorChangeKinds.Contains(k.Value)).ToList();
        var expected = $"exactly one of: {string.Join(", ", ScenarioKeys.DonorChangeKinds)}, as in {Shapes}";
        return kinds.Count switch
        {
            0 => throw context.Error(fields.Node, $"{fields.What} changes nothing (expected {expected})"),
            1 => (DonorChangeKind)ScenarioKeys.DonorChangeKinds.IndexOf(kinds[0].Value),
            _ => throw context.Error(kinds[1], $"{fields.What} has both '{kinds[0].Value}' and '{kinds[1].Value}' (expected {expected})"),
        };
    }

    /// <summary>Adds the years the change applies to; both are optional and inclusive.</summary>
    private static Entry Finish(ReadContext context, Fields fields, DonorChange change, YamlValue donorNode, YamlValue? groupNode)
    {
        int? from = fields.Optional("from") is { } fromNode ? Values.Year(context, fromNode, "from") : null;
        int? to = null;
        if (fields.Optional("to") is { } toNode)
        {
            to = Values.Year(context, toNode, "to");
            if (from > to)
            {
                throw context.Error(toNode, $"to {to} is before from {from} in {fields.What} (expected to no earlier than from: both years are included)");
            }
        }

        return new Entry(change with { FromYear = from, ToYear = to }, fields.What, donorNode, groupNode);
    }

    private static void CheckAgainst(ReadContext context, Entry entry, Entry earlier)
    {
        var (change, other) = (entry.Change, earlier.Change);
        var (pooled, otherPooled) = (change.Kind == DonorChangeKind.Pool, other.Kind == DonorChangeKind.Pool);

        // A pooled donor's money is its members' money: scaling or matching it as well would say two things about it.
        if (pooled != otherPooled && change.Donor == other.Donor)
        {
            throw pooled
                ? context.Error(entry.Donor, $"donor {change.Donor} is already {Participle(other.Kind)} by {earlier.What}, so it cannot take "
                    + $"group {change.Group}'s pooled money (expected a pool into a donor that no scale or match entry names)")
                : context.Error(entry.Donor, $"donor {change.Donor} already takes group {other.Group}'s pooled money in {earlier.What}, "
                    + $"so it cannot also be {Participle(change.Kind)} (expected a scale or match only on a donor that no pool entry names)");
        }

        if (!Overlap(change, other))
        {
            return;
        }

        if (!pooled && !otherPooled && change.Donor == other.Donor)
        {
            throw context.Error(entry.Donor, $"donor {change.Donor} is also changed by {earlier.What} in overlapping years "
                + "(expected at most one scale or match per donor in any year; use from and to for periods)");
        }

        if (pooled && otherPooled && string.Equals(change.Group, other.Group, StringComparison.Ordinal))
        {
            throw context.Error(entry.Group!, $"group {change.Group} is also pooled by {earlier.What} in overlapping years "
                + "(expected each group pooled at most once in any year; use from and to for periods)");
        }
    }

    private static bool Overlap(DonorChange a, DonorChange b) =>
        (a.FromYear ?? int.MinValue) <= (b.ToYear ?? int.MaxValue) && (b.FromYear ?? int.MinValue) <= (a.ToYear ?? int.MaxValue);

    private static string KindKey(DonorChangeKind kind) => ScenarioKeys.DonorChangeKinds[(int)kind];

    private static string Participle(DonorChangeKind kind) => kind == DonorChangeKind.Scale ? "scaled" : "matched to its assessed share";

    /// <summary>A change read, with where its donor (and group) stand in the file, for errors about later entries.</summary>
    private sealed record Entry(DonorChange Change, string What, YamlValue Donor, YamlValue? Group);
}
