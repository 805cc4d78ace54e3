using IomSim.Domain.World;
using IomSim.Seeds.Csv;

namespace IomSim.Seeds.Files;

/// <summary>
/// Reads <c>seeds/behaviour.csv</c>: <c>code,consensus_break_propensity,abstention_band,attendance,assessed_payment,basis,source</c>.
/// <c>code</c> is <c>*</c> (the global default, which must set every value), <c>group:NAME</c> (a group of
/// <c>seeds/groups.csv</c>) or a state code. An empty value is taken from a more general row.
/// </summary>
internal static class BehaviourReader
{
    public static readonly string[] Columns = ["code", "consensus_break_propensity", "abstention_band", "attendance", "assessed_payment", "basis", "source"];

    private const string GroupPrefix = "group:";

    public static BehaviourTable Read(SeedTable table, IReadOnlySet<StateCode> states, IReadOnlySet<string> groups)
    {
        var rules = new List<BehaviourRule>();
        var seen = new Dictionary<BehaviourScope, int>();
        foreach (var row in table.Rows)
        {
            var code = row["code"];
            BehaviourScope scope;
            if (code == "*")
            {
                scope = BehaviourScope.Global;
            }
            else if (code.StartsWith(GroupPrefix, StringComparison.Ordinal))
            {
                var group = code[GroupPrefix.Length..];
                scope = groups.Contains(group)
                    ? BehaviourScope.OfGroup(group)
                    : throw row.Error("code", $"'{group}' is not a group in seeds/{SeedFiles.Groups}");
            }
            else
            {
                scope = BehaviourScope.OfState(row.State("code", states));
            }

            if (!seen.TryAdd(scope, row.Line))
            {
                throw row.Error("code", $"duplicate row: '{code}' is already on line {seen[scope]}");
            }

            var rule = new BehaviourRule(
                scope,
                Value(row, "consensus_break_propensity", scope),
                Value(row, "abstention_band", scope),
                Value(row, "attendance", scope),
                Value(row, "assessed_payment", scope),
                row.Basis("basis", ValueBasis.ModellingAssumption, ValueBasis.Documented, ValueBasis.Dataset, ValueBasis.Inferred),
                row.Source());
            if (rule.ConsensusBreakPropensity is null && rule.AbstentionBand is null && rule.Attendance is null && rule.AssessedPayment is null)
            {
                throw row.Error("consensus_break_propensity", "the row sets no value (expected at least one number from 0 to 1)");
            }

            rules.Add(rule);
        }

        if (!seen.ContainsKey(BehaviourScope.Global))
        {
            throw new SeedDataException(table.File, 1, "code", "there is no '*' row (expected one global default)");
        }

        return new BehaviourTable(rules);
    }

    private static double? Value(SeedRow row, string column, BehaviourScope scope) =>
        scope.Kind == BehaviourScopeKind.Global ? row.Number(column, 0, 1) : row.OptionalNumber(column, 0, 1);
}
