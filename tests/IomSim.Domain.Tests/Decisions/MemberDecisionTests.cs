using System.Runtime.CompilerServices;
using IomSim.Domain.Decisions;

namespace IomSim.Domain.Tests.Decisions;

public sealed class MemberDecisionTests
{
    [Fact]
    public void A_decision_laid_out_by_the_runtime_keeps_every_field_and_fits_in_16_bytes()
    {
        var decision = new MemberDecision(true, -0.25, true, false, Vote.NotEntitled, DecisionReason.Chance);

        Assert.Equal(
            (true, -0.25, true, false, Vote.NotEntitled, DecisionReason.Chance),
            (decision.Present, decision.Utility, decision.ObjectsToConsensus, decision.RequestsFormalVote, decision.Vote, decision.Reason));
        Assert.Equal(decision, decision with { });
        Assert.NotEqual(decision, decision with { Reason = DecisionReason.BlocFor });

        // Every member of every run hands one back through a ValueTask: the call path copies it a few times over.
        Assert.Equal(16, Unsafe.SizeOf<MemberDecision>());
    }
}
