using System.Collections.Immutable;
using IomSim.Scenarios.Model;
using IomSim.Scenarios.Yaml;

namespace IomSim.Scenarios.Reading;

/// <summary>Reads <c>timeline:</c>, the sessions in date order, each with its agenda items.</summary>
internal static class TimelineReader
{
    public static ImmutableArray<Session> Read(ReadContext context, YamlValue node, VotingBody body)
    {
        var list = Values.List(context, node, "timeline", "sessions: { session, date, items }");
        if (list.Items.Count == 0)
        {
            throw context.Error(node, "timeline is empty (expected at least one session: { session, date, items })");
        }

        var ids = new HashSet<string>(StringComparer.Ordinal);
        var budgetYears = new BudgetYears();
        var sessions = ImmutableArray.CreateBuilder<Session>();
        foreach (var item in list.Items)
        {
            var fields = new Fields(context, item, "a session", ScenarioKeys.Session);
            var name = Values.Text(context, fields.Required("session", "the session's name"), "session", "the session's name");
            fields = fields.Named($"session '{YamlScalar.Shorten(name)}'");
            var dateNode = fields.Required("date", "the session's day, YYYY-MM-DD");
            var date = Values.Date(context, dateNode, "date");
            if (sessions.Count > 0 && date < sessions[^1].Date)
            {
                throw context.Error(dateNode, $"date {Values.Show(date)} is before the previous session's {Values.Show(sessions[^1].Date)} "
                    + "(expected sessions in date order)");
            }

            var itemsNode = fields.Required("items", "a list of agenda items");
            var items = Values.List(context, itemsNode, "items", "agenda items: { id, kind, ... }");
            if (items.Items.Count == 0)
            {
                throw context.Error(itemsNode, "items is empty (expected at least one agenda item)");
            }

            var entries = items.Items.Select(i => AgendaEntryReader.Read(context, i, body, date, ids, budgetYears)).ToImmutableArray();
            sessions.Add(new Session(name, date, entries));
        }

        return sessions.ToImmutable();
    }
}
