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
        var placedBy = fields.Optional("placed_by") is { } placedNode ? Placement(context, placedNode, body, date) : null;
        if (placedBy is not null && fields.Optional("position") is { } both)
        {
            throw context.Error(both, "both position and placed_by (expected one: placed_by places the motion from roll calls; position is a hand-set assumption)");
        }

        var position = kind == AgendaKind.Decision && placedBy is null
            ? WorldSectionReader.Position(
                context,
                fields.Required("position", "{ alignment: a, rights: r }, where the motion stands (a hand-set assumption), or placed_by: { roll_calls: [...] } or { issue: hr }"),
                "position")
            : fields.Optional("position") is { } at ? WorldSectionReader.Position(context, at, "position") : (PolicyPosition?)null;
        var turnout = fields.Optional("turnout") is { } turnoutNode ? Turnout(context, turnoutNode) : null;
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
            PlacedBy = placedBy,
            Turnout = turnout,
            ElectionRules = kind == AgendaKind.Election ? ElectionReader.Rules(context, fields, candidates) : Domain.Procedure.ElectionRules.Default,
            ElectionWeights = ElectionReader.Weights(context, fields.Optional("weights")),
        };
    }

    /// <summary>
    /// Reads <c>placed_by: { roll_calls: [R/67/219] }</c> or <c>{ issue: hr }</c>: roll calls of the seeds' UN General
    /// Assembly data, each dated before the session; an issue the data codes, with at least one roll call before it.
    /// </summary>
    private static PlacementRequest Placement(ReadContext context, YamlValue node, VotingBody body, DateOnly date)
    {
        var fields = new Fields(context, node, "placed_by", ScenarioKeys.PlacedBy);
        if (body != VotingBody.UnGeneralAssembly)
        {
            throw context.Error(node, "placed_by applies to the body unga only (expected an IOM Council motion to be placed by its applicant, or a hand-set position)");
        }

        var catalog = context.World.RollCalls;
        var listNode = fields.Optional("roll_calls");
        var issueNode = fields.Optional("issue");
        if ((listNode is null) == (issueNode is null))
        {
            throw context.Error(node, "placed_by needs exactly one of roll_calls and issue (expected { roll_calls: [R/67/219] } or { issue: hr })");
        }

        if (issueNode is not null)
        {
            var issues = string.Join(", ", catalog.Issues);
            var issue = Values.Text(context, issueNode, "issue", $"an issue code of the roll-call data ({issues})");
            if (!catalog.Issues.Contains(issue))
            {
                throw context.Error(issueNode, $"unknown issue '{YamlScalar.Shorten(issue)}' (expected one of the roll-call data's issue codes: {issues})");
            }

            if (!catalog.Before(date).Any(r => r.Issues.Contains(issue)))
            {
                throw context.Error(issueNode, $"no roll call on issue {issue} before {Values.Show(date)} (expected an issue with earlier roll calls)");
            }

            return new PlacementRequest([], issue);
        }

        var symbols = ImmutableArray.CreateBuilder<string>();
        var list = Values.List(context, listNode!, "roll_calls", "resolution symbols, e.g. [R/67/219]");
        if (list.Items.Count == 0)
        {
            throw context.Error(listNode!, "roll_calls is empty (expected at least one resolution symbol, e.g. [R/67/219])");
        }

        foreach (var item in list.Items)
        {
            var symbol = Values.Text(context, item, "roll_calls", "a resolution symbol such as R/67/219");
            if (!catalog.TryGet(symbol, out var rollCall))
            {
                throw context.Error(item, $"unknown roll call '{YamlScalar.Shorten(symbol)}' (expected a resolution symbol of seeds/roll-call-items.csv, e.g. R/67/219)");
            }

            if (rollCall.Date >= date)
            {
                throw context.Error(item, $"roll call {symbol} is dated {Values.Show(rollCall.Date)}, not before this session on {Values.Show(date)} "
                    + "(expected roll calls held before the motion)");
            }

            if (symbols.Contains(symbol))
            {
                throw context.Error(item, $"{symbol} is listed twice in roll_calls (expected each roll call once)");
            }

            symbols.Add(symbol);
        }

        return new PlacementRequest(symbols.ToImmutable(), null);
    }

    /// <summary>Reads <c>turnout: { taking_part: 120, source: "…" }</c>, both required.</summary>
    private static TurnoutInput Turnout(ReadContext context, YamlValue node)
    {
        var fields = new Fields(context, node, "turnout", ScenarioKeys.Turnout);
        var takingPart = Values.WholeNumber(
            context, fields.Required("taking_part", "the number of members that voted yes, no or abstained, as documented"), "taking_part", 1, 1000);
        var source = Values.Text(context, fields.Required("source", "where the record states the turnout"), "source", "where the record states the turnout");
        return new TurnoutInput(takingPart, source);
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
