using System.Collections.Immutable;
using IomSim.Domain.World;
using IomSim.Seeds.Yaml;
using YamlDotNet.RepresentationModel;

namespace IomSim.Seeds.Files;

/// <summary>Reads <c>seeds/documented-outcomes.yaml</c>: <c>events</c> (documented decisions) and <c>milestones</c> (membership counts).</summary>
internal static class OutcomesReader
{
    private static readonly string[] s_rootKeys = ["events", "milestones"];

    private static readonly string[] s_eventKeys =
    [
        "id", "body", "session", "date", "motion", "subjects", "formal_vote", "vote_requested_by", "outcome", "source", "note",
        "tallies", "named_votes", "others_vote", "others_source", "electorate", "elected", "rounds", "date_basis",
    ];

    private static readonly string[] s_roundKeys = ["round", "votes", "blank", "source"];

    private static readonly string[] s_tallyKeys = ["source", "yes", "no", "abstain", "not_voting"];
    private static readonly string[] s_namedKeys = ["vote", "states", "documented_as", "source"];
    private static readonly string[] s_milestoneKeys = ["date", "event", "members_after", "source"];

    public static (ImmutableSortedDictionary<string, DocumentedOutcome> Outcomes, ImmutableArray<MembershipMilestone> Milestones) Read(
        TextReader text, string file, IReadOnlyDictionary<StateCode, State> states)
    {
        var codes = states.Keys.ToHashSet();
        var root = YamlMap.ReadDocument(text, file, s_rootKeys);
        var outcomes = ImmutableSortedDictionary.CreateBuilder<string, DocumentedOutcome>(StringComparer.Ordinal);
        foreach (var (node, path) in root.Items("events"))
        {
            var map = new YamlMap(file, path, node, s_eventKeys);
            var outcome = ReadEvent(map, codes, states);
            if (!outcomes.TryAdd(outcome.Id, outcome))
            {
                throw map.Error("id", $"duplicate event: '{outcome.Id}' appears twice");
            }
        }

        var milestones = ImmutableArray.CreateBuilder<MembershipMilestone>();
        foreach (var (node, path) in root.Items("milestones"))
        {
            var map = new YamlMap(file, path, node, s_milestoneKeys);
            var milestone = new MembershipMilestone(map.Day("date"), map.Text("event", "what happened"), map.Count("members_after"), map.Source());
            if (milestones.Any(m => m.Date == milestone.Date))
            {
                throw map.Error("date", $"duplicate milestone: {milestone.Date:yyyy-MM-dd} appears twice");
            }

            milestones.Add(milestone);
        }

        return (outcomes.ToImmutable(), milestones.ToImmutable());
    }

    private static DocumentedOutcome ReadEvent(YamlMap map, HashSet<StateCode> codes, IReadOnlyDictionary<StateCode, State> states)
    {
        var date = map.Day("date");
        var tallies = ImmutableArray.CreateBuilder<DocumentedTally>();
        foreach (var (node, path) in map.Items("tallies"))
        {
            var tally = new YamlMap(map.File, path, node, s_tallyKeys);
            tallies.Add(new DocumentedTally(tally.Count("yes"), tally.Count("no"), tally.Count("abstain"), tally.OptionalCount("not_voting"), tally.Source()));
        }

        var named = ImmutableArray.CreateBuilder<NamedVoteList>();
        var votesByState = new Dictionary<StateCode, RecordedVote>();
        foreach (var (node, path) in map.Items("named_votes"))
        {
            var list = new YamlMap(map.File, path, node, s_namedKeys);
            var vote = list.Vote("vote");
            var listed = list.States("states", codes);
            foreach (var code in listed)
            {
                if (votesByState.TryGetValue(code, out var earlier) && earlier != vote)
                {
                    throw list.Error("states", $"{code} is named as '{earlier}' and as '{vote}' (expected one vote per state)");
                }

                votesByState[code] = vote;
            }

            named.Add(new NamedVoteList(vote, [.. listed], list.OptionalText("documented_as"), list.Source()));
        }

        RecordedVote? othersVote = map.Find("others_vote") is null ? null : map.Vote("others_vote");
        var othersSource = othersVote is null ? map.OptionalText("others_source") : map.Source("others_source");
        var outcome = new DocumentedOutcome(
            map.Text("id", "an event id such as russia-2020"),
            map.Text("body", "the deciding body"),
            map.Text("session", "the session"),
            date,
            map.Text("motion", "what was decided"),
            [.. map.States("subjects", codes)],
            map.Flag("formal_vote"),
            map.OptionalState("vote_requested_by", codes),
            map.Text("outcome", "the outcome"),
            map.Source(),
            map.OptionalText("note") ?? string.Empty,
            tallies.ToImmutable(),
            named.ToImmutable(),
            othersVote,
            othersSource)
        {
            Elected = map.OptionalText("elected"),
            Rounds = ElectionRounds(map),
            DateBasis = map.OptionalText("date_basis") is { } basis ? DateBasisOf(map, basis) : null,
        };
        CheckNamedWithinTallies(map, outcome, votesByState);
        CheckElectorate(map, outcome, votesByState, states);
        return outcome;
    }

    private static ImmutableArray<DocumentedRound> ElectionRounds(YamlMap map)
    {
        var rounds = ImmutableArray.CreateBuilder<DocumentedRound>();
        foreach (var (node, path) in map.Items("rounds"))
        {
            var round = new YamlMap(map.File, path, node, s_roundKeys);
            var number = round.Count("round");
            var votes = Counts(round, "votes");
            rounds.Add(new DocumentedRound(number, votes, round.OptionalCount("blank"), round.Source()));
        }

        return rounds.ToImmutable();
    }

    // A mapping of candidate name to whole number.
    private static ImmutableSortedDictionary<string, int> Counts(YamlMap map, string key)
    {
        if (map.Find(key) is not YamlMappingNode node || node.Children.Count == 0)
        {
            throw map.Error(key, "is missing or not a mapping (expected each candidate's votes, e.g. { \"A. Name\": 80 })");
        }

        var counts = ImmutableSortedDictionary.CreateBuilder<string, int>(StringComparer.Ordinal);
        foreach (var (name, value) in node.Children)
        {
            var count = new YamlMap(map.File, map.Field(key), node, [.. node.Children.Keys.Select(k => k.ToString())]).OptionalCount(name.ToString());
            counts.Add(name.ToString(), count ?? throw map.At(value, map.Field(key), $"{name} has no count (expected a whole number)"));
        }

        return counts.ToImmutable();
    }

    private static ValueBasis DateBasisOf(YamlMap map, string text) => text switch
    {
        "documented" => ValueBasis.Documented,
        "general-knowledge" => ValueBasis.GeneralKnowledge,
        "inferred" => ValueBasis.Inferred,
        _ => throw map.Error("date_basis", $"'{text}' is not a basis (expected documented, general-knowledge or inferred)"),
    };

    /// <summary>Named lists may be partial, but never longer than a source's count for the same vote.</summary>
    private static void CheckNamedWithinTallies(YamlMap map, DocumentedOutcome outcome, Dictionary<StateCode, RecordedVote> named)
    {
        foreach (var tally in outcome.Tallies)
        {
            foreach (var vote in Enum.GetValues<RecordedVote>())
            {
                int? count = vote switch
                {
                    RecordedVote.Yes => tally.Yes,
                    RecordedVote.No => tally.No,
                    RecordedVote.Abstain => tally.Abstain,
                    _ => tally.NotVoting,
                };
                var namedCount = named.Values.Count(v => v == vote);
                if (count is { } c && namedCount > c)
                {
                    throw map.Error("named_votes", $"{namedCount} states are named '{vote}', more than the {c} of the tally from '{tally.Source}'");
                }
            }
        }
    }

    /// <summary>With <c>electorate: un-members</c> and <c>others_vote</c>, the unnamed UN members must match every tally's count for that vote.</summary>
    private static void CheckElectorate(YamlMap map, DocumentedOutcome outcome, Dictionary<StateCode, RecordedVote> named, IReadOnlyDictionary<StateCode, State> states)
    {
        var electorate = map.OptionalText("electorate");
        if (electorate is null)
        {
            return;
        }

        if (electorate != "un-members")
        {
            throw map.Error("electorate", $"'{electorate}' is not an electorate (expected un-members)");
        }

        var voters = states.Values.Where(s => s.IsUnMemberOn(outcome.Date)).Select(s => s.Code).ToHashSet();
        var outsider = named.Keys.FirstOrDefault(c => !voters.Contains(c));
        if (outsider != default)
        {
            throw map.Error("named_votes", $"{outsider} is named but was not a UN member on {outcome.Date:yyyy-MM-dd}");
        }

        if (outcome.OthersVote is not { } others)
        {
            return;
        }

        var othersCount = voters.Count(c => !named.ContainsKey(c));
        foreach (var tally in outcome.Tallies)
        {
            var expected = others switch
            {
                RecordedVote.Yes => tally.Yes,
                RecordedVote.No => tally.No,
                RecordedVote.Abstain => tally.Abstain,
                _ => tally.NotVoting ?? othersCount,
            };
            var namedCount = named.Values.Count(v => v == others);
            if (namedCount + othersCount != expected)
            {
                throw map.Error("others_vote", $"{othersCount} unnamed UN members plus {namedCount} named give {namedCount + othersCount} '{others}', but the tally from '{tally.Source}' says {expected}");
            }
        }
    }
}
