using System.Collections.Frozen;
using IomSim.Domain.Decisions;

namespace IomSim.Engine;

/// <summary>The names decision reasons have in results: the enum name in lower case, made once instead of per member per run.</summary>
internal static class ReasonNames
{
    private static readonly FrozenDictionary<DecisionReason, string> s_names =
        Enum.GetValues<DecisionReason>().ToFrozenDictionary(r => r, r => r.ToString().ToLowerInvariant());

    /// <summary>The name of <paramref name="reason"/> (<c>baseline</c>, <c>relation</c>, …).</summary>
    public static string Of(DecisionReason reason) => s_names.TryGetValue(reason, out var name) ? name : reason.ToString().ToLowerInvariant();
}
