using System.Collections.Immutable;
using IomSim.Domain.Decisions;
using IomSim.Domain.Procedure;
using IomSim.Domain.World;
using IomSim.Scenarios.Yaml;

namespace IomSim.Scenarios.Reading;

/// <summary>
/// Reads an election item's own keys: the candidates with their documented attributes (each with a source dated before
/// the vote), withdrawals, the rule for a hopeless trailer and for a lone candidate, and the attributes' weights. A
/// candidate's region and its nominator's standing as a donor are derived from the seeds, not typed in.
/// </summary>
internal static class ElectionReader
{
    private const string StateShape = "a state code such as PRT";

    private static readonly ImmutableArray<string> s_bases = ["documented", "general-knowledge", "inferred", "modelling-assumption"];

    public static ImmutableArray<Candidate> Candidates(ReadContext context, YamlValue node, DateOnly date)
    {
        var list = Values.List(context, node, "candidates", "{ name, nominator, ... }");
        if (list.Items.Count == 0)
        {
            throw context.Error(node, "candidates is empty (expected at least one candidate: { name, nominator, ... })");
        }

        var candidates = ImmutableArray.CreateBuilder<Candidate>();
        foreach (var item in list.Items)
        {
            var fields = new Fields(context, item, "a candidate", ScenarioKeys.Candidate);
            var nameNode = fields.Required("name", "the candidate's name");
            var name = Values.Text(context, nameNode, "name", "the candidate's name");
            if (candidates.Any(c => string.Equals(c.Name, name, StringComparison.Ordinal)))
            {
                throw context.Error(nameNode, $"candidate '{YamlScalar.Shorten(name)}' is listed twice (expected each candidate once)");
            }

            var nominatorNode = fields.Required("nominator", $"{StateShape}, the nominating state");
            var nominator = Values.State(context, nominatorNode, "nominator");
            var position = fields.Optional("position") is { } at
                ? WorldSectionReader.Position(context, at, $"the position of {name}")
                : context.World.Positions.TryGetValue(nominator, out var estimated) ? estimated.Position
                : throw context.Error(nominatorNode, $"{nominator} has no estimated position in seeds/positions.csv (expected a position for {name}: {{ alignment, rights }})");
            var profile = new CandidateProfile(
                Region(context, nominator, date),
                DonorStanding(context, nominator, date),
                Fact(context, fields.Optional("incumbent"), "incumbent", date),
                Fact(context, fields.Optional("deputy_director_general"), "deputy_director_general", date),
                Endorsements(context, fields.Optional("endorsements"), date));
            candidates.Add(new Candidate(name, nominator, position) { Profile = profile });
        }

        return candidates.ToImmutable();
    }

    public static ElectionRules Rules(ReadContext context, Fields fields, ImmutableArray<Candidate> candidates)
    {
        var rules = ElectionRules.Default;
        if (fields.Optional("withdrawals") is { } withdrawals)
        {
            var list = ImmutableArray.CreateBuilder<ElectionWithdrawal>();
            foreach (var item in Values.List(context, withdrawals, "withdrawals", "{ candidate, after_round, source }").Items)
            {
                var entry = new Fields(context, item, "a withdrawal", ScenarioKeys.Withdrawal);
                var nameNode = entry.Required("candidate", "the name of a candidate");
                var name = Values.Text(context, nameNode, "candidate", "the name of a candidate");
                if (!candidates.Any(c => c.Name == name))
                {
                    throw context.Error(nameNode, $"'{YamlScalar.Shorten(name)}' is not a candidate (expected one of: {string.Join(", ", candidates.Select(c => c.Name))})");
                }

                var round = Values.WholeNumber(context, entry.Required("after_round", "the round after which the candidate withdraws, from 1"), "after_round", 1, ElectionRules.DefaultMaxRounds);
                var source = Values.Text(context, entry.Required("source", "who says so, or that it is a supposition"), "source", "who says so");
                list.Add(new ElectionWithdrawal(name, round, source));
            }

            rules = rules with { Withdrawals = list.ToImmutable() };
        }

        if (fields.Optional("trailer_withdraws_below") is { } trailer)
        {
            rules = rules with { TrailerWithdrawsBelow = Values.Number(context, trailer, "trailer_withdraws_below", 0, 1) };
        }

        if (fields.Optional("lone_candidate") is { } lone)
        {
            var text = Values.Text(context, lone, "lone_candidate", "acclamation or ballot");
            rules = rules with
            {
                LoneCandidate = text switch
                {
                    "acclamation" => LoneCandidateRule.Acclamation,
                    "ballot" => LoneCandidateRule.Ballot,
                    _ => throw context.Error(lone, $"lone_candidate '{YamlScalar.Shorten(text)}' is not a rule (expected acclamation or ballot)"),
                },
            };
        }

        return rules;
    }

    public static ElectionWeights Weights(ReadContext context, YamlValue? node)
    {
        var weights = ElectionWeights.Default;
        if (node is null)
        {
            return weights;
        }

        var fields = new Fields(context, node, "the election weights", ScenarioKeys.ElectionWeights);
        double Read(string key, double current) => fields.Optional(key) is { } value ? Values.Number(context, value, key, -10, 10) : current;
        return weights with
        {
            SameRegion = Read("same_region", weights.SameRegion),
            DonorStanding = Read("donor_standing", weights.DonorStanding),
            Incumbent = Read("incumbent", weights.Incumbent),
            ServingDeputy = Read("serving_deputy", weights.ServingDeputy),
            Endorsed = Read("endorsed", weights.Endorsed),
            OwnCandidate = Read("own_candidate", weights.OwnCandidate),
        };
    }

    // The nominator's UN regional group on the day, from seeds/groups.csv.
    private static CandidateFact<string>? Region(ReadContext context, StateCode nominator, DateOnly date) =>
        context.World.Groups.GroupsOf(nominator, date).FirstOrDefault(g => g.StartsWith("UN-", StringComparison.Ordinal)) is { } region
            ? new CandidateFact<string>(region, "seeds/groups.csv (UN regional groups)", date.AddDays(-1), ValueBasis.Dataset)
            : null;

    // The nominator's voluntary contributions in the last full year before the vote, over the largest state donor's.
    private static CandidateFact<double>? DonorStanding(ReadContext context, StateCode nominator, DateOnly date)
    {
        var year = date.Year - 1;
        var states = context.World.Funding.ContributionsIn(year).Where(c => c.Donor.State is not null).ToArray();
        var largest = states.Length == 0 ? 0m : states.Max(c => c.VoluntaryUsd);
        if (largest <= 0)
        {
            return null;
        }

        var own = states.Where(c => c.Donor.State == nominator).Sum(c => c.VoluntaryUsd);
        return new CandidateFact<double>(
            Math.Round((double)Math.Max(own, 0m) / (double)largest, 4),
            $"UN CEB revenue by contributor, {year} (seeds/contributions.csv): voluntary contributions over the largest state donor's",
            new DateOnly(year, 12, 31),
            ValueBasis.Dataset);
    }

    private static CandidateFact<bool>? Fact(ReadContext context, YamlValue? node, string field, DateOnly date)
    {
        if (node is null)
        {
            return null;
        }

        var fields = new Fields(context, node, $"the fact {field} ({{ value, as_of: YYYY-MM-DD, source, basis }})", ScenarioKeys.CandidateFact);
        var value = Values.Flag(context, fields.Required("value", "true or false"), $"{field}.value");
        var (source, asOf, basis) = Provenance(context, fields, field, date);
        return new CandidateFact<bool>(value, source, asOf, basis);
    }

    private static ImmutableArray<Endorsement> Endorsements(ReadContext context, YamlValue? node, DateOnly date)
    {
        if (node is null)
        {
            return [];
        }

        var endorsements = ImmutableArray.CreateBuilder<Endorsement>();
        foreach (var item in Values.List(context, node, "endorsements", "{ by, as_of, source, basis }").Items)
        {
            var fields = new Fields(context, item, "an endorsement", ScenarioKeys.Endorsement);
            var byNode = fields.Required("by", "a state code or a group of seeds/groups.csv, e.g. AU");
            var by = Values.Text(context, byNode, "by", "a state code or a group");
            var (source, asOf, basis) = Provenance(context, fields, "endorsement", date);
            ImmutableHashSet<StateCode> states;
            if (context.World.Groups.MembersOf(by, asOf) is { Count: > 0 } members)
            {
                states = [.. members];
            }
            else
            {
                states = [Values.State(context, byNode, "by")];
            }

            endorsements.Add(new Endorsement(by, states, source, asOf, basis));
        }

        return endorsements.ToImmutable();
    }

    private static (string Source, DateOnly AsOf, ValueBasis Basis) Provenance(ReadContext context, Fields fields, string field, DateOnly date)
    {
        var source = Values.Text(context, fields.Required("source", "who says so"), "source", "who says so");
        var asOfNode = fields.Required("as_of", "the day the source states it, YYYY-MM-DD, before the vote");
        var asOf = Values.Date(context, asOfNode, "as_of");
        if (asOf >= date)
        {
            throw context.Error(asOfNode, $"{field} is dated {Values.Show(asOf)}, not before the vote on {Values.Show(date)} (expected a fact members could know before voting)");
        }

        var basis = ValueBasis.Documented;
        if (fields.Optional("basis") is { } basisNode)
        {
            var text = Values.Text(context, basisNode, "basis", string.Join(", ", s_bases));
            basis = text switch
            {
                "documented" => ValueBasis.Documented,
                "general-knowledge" => ValueBasis.GeneralKnowledge,
                "inferred" => ValueBasis.Inferred,
                "modelling-assumption" => ValueBasis.ModellingAssumption,
                _ => throw context.Error(basisNode, $"basis '{YamlScalar.Shorten(text)}' is unknown (expected one of: {string.Join(", ", s_bases)})"),
            };
        }

        return (source, asOf, basis);
    }
}
