using System.Collections.Immutable;
using IomSim.Domain.World;
using IomSim.Scenarios.Model;
using IomSim.Scenarios.Yaml;

namespace IomSim.Scenarios.Reading;

/// <summary>Reads one agenda item: its id, kind, and the fields that kind needs; checks references against the seeds.</summary>
internal static class AgendaEntryReader
{
    private const string StateShape = "a state code such as RUS";

    public static AgendaEntry Read(ReadContext context, YamlValue node, VotingBody body, DateOnly date, ISet<string> ids, BudgetYears budgetYears)
    {
        var fields = new Fields(context, node, "an agenda item", ScenarioKeys.Item);
        var idNode = fields.Required("id", "a unique id such as russia-2020/admission");
        var id = Values.Identifier(context, idNode, "id", allowSlash: true);
        if (!ids.Add(id))
        {
            throw context.Error(idNode, $"duplicate agenda id '{id}' (expected every item's id to be unique in the scenario)");
        }

        fields = fields.Named($"item '{id}'");
        var kind = Kind(context, fields, body);
        var kindName = ScenarioFormat.KindName(kind);
        var allowed = ScenarioKeys.ItemKeysFor(kind);
        foreach (var (key, _) in fields.Node.Entries)
        {
            if (!allowed.Contains(key.Value))
            {
                throw context.Error(key, $"'{key.Value}' does not apply to an item of kind {kindName} (expected for {kindName}: {string.Join(", ", allowed)})");
            }
        }

        StateCode? applicant = kind is AgendaKind.Admission or AgendaKind.Acceptance
            ? Values.State(context, fields.Required("applicant", $"{StateShape}, the applying state"), "applicant")
            : null;
        var position = kind == AgendaKind.Decision
            ? WorldSectionReader.Position(context, fields.Required("position", "{ alignment: a, rights: r }, where the motion stands"), "position")
            : fields.Optional("position") is { } at ? WorldSectionReader.Position(context, at, "position") : (PolicyPosition?)null;
        var candidates = kind == AgendaKind.Election
            ? ElectionReader.Candidates(context, fields.Required("candidates", "a list of { name, nominator, ... }"), date)
            : [];
        var documented = fields.Optional("documented") is { } doc ? Documented(context, doc, date, applicant) : null;

        // Only budget items get here with a year: the kind check above refuses it on the others.
        int? year = fields.Optional("year") is { } yearNode ? budgetYears.Adopt(context, yearNode, id) : null;
        return new AgendaEntry(
            id,
            kind,
            Title(context, fields, kind, applicant),
            applicant,
            position,
            Requesters(context, fields.Optional("formal_vote_requested_by")),
            candidates,
            documented)
        {
            Year = year,
            ElectionRules = kind == AgendaKind.Election ? ElectionReader.Rules(context, fields, candidates) : Domain.Procedure.ElectionRules.Default,
            ElectionWeights = ElectionReader.Weights(context, fields.Optional("weights")),
        };
    }

    private static AgendaKind Kind(ReadContext context, Fields fields, VotingBody body)
    {
        var names = string.Join(", ", ScenarioFormat.KindNames);
        var node = fields.Required("kind", $"one of: {names}");
        var text = Values.Text(context, node, "kind", $"one of: {names}");
        if (!ScenarioFormat.TryParseKind(text, out var kind))
        {
            throw context.Error(node, $"unknown agenda kind '{YamlScalar.Shorten(text)}' (expected one of: {names})");
        }

        if (body == VotingBody.UnGeneralAssembly && kind is AgendaKind.Admission or AgendaKind.Acceptance)
        {
            throw context.Error(node, $"kind {text} does not exist in body unga (expected one of: budget, decision, election)");
        }

        return kind;
    }

    private static string Title(ReadContext context, Fields fields, AgendaKind kind, StateCode? applicant)
    {
        if (fields.Optional("title") is { } node)
        {
            return Values.Text(context, node, "title", "one line of text");
        }

        string Name() => context.World.States[applicant!.Value].Name;
        return kind switch
        {
            AgendaKind.Admission => $"Application of {Name()}",
            AgendaKind.Acceptance => $"Acceptance of the Constitution by {Name()}",
            AgendaKind.Budget => "Programme and Budget",
            _ => throw context.Error(
                fields.Node, $"missing required field 'title' in an item of kind {ScenarioFormat.KindName(kind)} (expected title: one line of text)"),
        };
    }

    private static ImmutableArray<StateCode> Requesters(ReadContext context, YamlValue? node)
    {
        if (node is null)
        {
            return [];
        }

        var codes = ImmutableArray.CreateBuilder<StateCode>();
        foreach (var item in Values.List(context, node, "formal_vote_requested_by", "state codes, e.g. [UKR]").Items)
        {
            var code = Values.State(context, item, "formal_vote_requested_by");
            if (codes.Contains(code))
            {
                throw context.Error(item, $"{code} is listed twice in formal_vote_requested_by (expected each state once)");
            }

            codes.Add(code);
        }

        return codes.ToImmutable();
    }

    private static string Documented(ReadContext context, YamlValue node, DateOnly date, StateCode? applicant)
    {
        var outcomes = context.World.Outcomes;
        var known = string.Join(", ", outcomes.Keys);
        var id = Values.Text(context, node, "documented", $"the id of an event in seeds/documented-outcomes.yaml ({known})");
        if (!outcomes.TryGetValue(id, out var outcome))
        {
            throw context.Error(
                node, $"unknown documented outcome '{YamlScalar.Shorten(id)}' (expected one of the events in seeds/documented-outcomes.yaml: {known})");
        }

        if (outcome.Date != date)
        {
            throw context.Error(node, $"documented outcome '{id}' is dated {Values.Show(outcome.Date)}, but this session is on {Values.Show(date)} "
                + "(expected the documented event's own day)");
        }

        if (applicant is { } code && outcome.Subjects.Length > 0 && !outcome.Subjects.Contains(code))
        {
            throw context.Error(node, $"documented outcome '{id}' concerns {string.Join(", ", outcome.Subjects)}, not {code} "
                + "(expected an outcome about this item's applicant)");
        }

        return id;
    }
}
