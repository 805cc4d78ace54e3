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

        for (var i = 1; i < members.Length; i++)
        {
            if (members[i - 1].CompareTo(members[i]) >= 0)
            {
                var keys = members.ToArray();
                Array.Sort(keys, order);
                for (var k = 1; k < keys.Length; k++)
                {
                    if (keys[k - 1] == keys[k])
                    {
                        throw new ArgumentException($"{keys[k]} is listed twice.", nameof(members));
                    }
                }

                break;
            }
        }

        return order;
    }
}
