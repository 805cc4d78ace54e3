using IomSim.Domain.World;

namespace IomSim.Domain.Procedure;

/// <summary>The positions of a list of members in code order, for sums and maps that must not depend on listing order.</summary>
internal static class CodeOrder
{
    /// <summary>
    /// The positions of <paramref name="members"/> in code order: members usually arrive sorted, and then the answer is the
    /// identity, found in one pass; otherwise they are sorted once. A member listed twice is refused.
    /// </summary>
    public static int[] Of(ReadOnlySpan<StateCode> members)
    {
        var order = new int[members.Length];
        for (var i = 0; i < order.Length; i++)
        {
            order[i] = i;
        }

        if (!StateDictionary.IsAscending(members))
        {
            var keys = members.ToArray();
            Array.Sort(keys, order);
            if (!StateDictionary.IsAscending(keys))
            {
                var twice = keys.Where((key, k) => k > 0 && key == keys[k - 1]).First();
                throw new ArgumentException($"{twice} is listed twice.", nameof(members));
            }
        }

        return order;
    }
}
