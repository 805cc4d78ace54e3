using IomSim.Domain.World;
using IomSim.Estimation.Input;
using IomSim.Estimation.Classical;

namespace IomSim.Estimation.Tests;

public class PositionsTests
{
    [Fact]
    public void States_without_votes_get_the_centre_and_Yugoslavia_is_Serbia()
    {
        // The synthetic assembly's states become ISO codes: S00 → "YU" (Serbia under its unvotes label), the rest AB, AC, …
        var assembly = Synthetic.Create(stateCount: 30);
        string Iso2(string state) => state == "S00" ? "YU" : Letters(int.Parse(state[1..], System.Globalization.CultureInfo.InvariantCulture));
        string Iso3(string state) => state == "S00" ? "SRB" : $"X{Iso2(state)}";
        var rollCalls = assembly.Votes.RollCalls.Select(r => new RollCall(r, 65, new DateOnly(2010, 10, 1), "t")).ToArray();
        var votes = new List<CastVote>();
        for (var i = 0; i < assembly.States.Length; i++)
        {
            for (var j = 0; j < rollCalls.Length; j++)
            {
                var cell = assembly.Votes[i, j];
                if (!double.IsNaN(cell))
                {
                    votes.Add(new CastVote(rollCalls[j].Rcid, Iso2(assembly.States[i]), cell == 1 ? VoteChoice.Yes : cell == 0 ? VoteChoice.No : VoteChoice.Abstain, votes.Count + 2));
                }
            }
        }

        var issues = rollCalls.Where(r => Synthetic.IsRights(r.Rcid)).ToDictionary(r => r.Rcid, _ => (IReadOnlySet<string>)new HashSet<string> { "hr" });
        var data = new RollCallData("votes.csv", rollCalls, votes, issues);
        var states = assembly.States.Select(s => new StateEntry(StateCode.Parse(Iso3(s)), s == "S00" ? "RS" : Iso2(s), s, new DateOnly(1945, 10, 24)))
            .Append(new StateEntry(StateCode.Parse("COK"), "CK", "Cook Islands", null))
            .Append(new StateEntry(StateCode.Parse("NAM"), "NA", "Namibia", new DateOnly(1990, 4, 23)))
            .ToArray();

        var estimate = ClassicalPositions.Estimate(data, states, new ClassicalOptions { AlignmentAnchor = "SRB", RightsAnchor = "SRB" });

        var rows = estimate.Positions.ToDictionary(p => p.Code.Value);
        Assert.Equal(PositionBasis.RollCalls, rows["SRB"].Basis);
        Assert.True(rows["SRB"].Position.Alignment > 0);
        Assert.Equal(PositionBasis.Default, rows["COK"].Basis);
        Assert.Equal(0, rows["COK"].Votes);
        Assert.Contains("not a UN member", rows["COK"].Note, StringComparison.Ordinal);
        Assert.Contains("no vote recorded", rows["NAM"].Note, StringComparison.Ordinal);
        Assert.Equal(PolicyPosition.Centre, rows["COK"].Position);
        Assert.Equal(PolicyPosition.Centre, rows["NAM"].Position);
        Assert.Equal(assembly.States.Length, estimate.Positions.Count(p => p.Basis == PositionBasis.RollCalls));
        Assert.Equal(estimate.Positions.Select(p => p.Code).Order(), estimate.Positions.Select(p => p.Code));
    }

    private static string Letters(int index) => $"{(char)('A' + (index / 26))}{(char)('A' + (index % 26))}";

    [Fact]
    public void The_csv_has_four_decimals_invariant_culture_and_quotes_where_needed()
    {
        var rows = new[]
        {
            new EstimatedPosition(StateCode.Parse("VAT"), new PolicyPosition(-0.00001, 0.5), 0, PositionBasis.Default, "no UNGA roll-call votes 2010-2017 (not a UN member)"),
            new EstimatedPosition(StateCode.Parse("AFG"), new PolicyPosition(-0.60074, 1), 692, PositionBasis.RollCalls, string.Empty),
        };

        var text = ClassicalPositionsCsv.Format(rows);

        Assert.Equal(
            "code,alignment,rights,votes,basis,source\n" +
            "AFG,-0.6007,1.0000,692,roll-calls,\"UNGA roll calls 2010-2017 (unvotes), estimated by tools/IomSim.EstimatePositions; see docs/positions.md\"\n" +
            "VAT,0.0000,0.5000,0,default,default: centre of the scale; no UNGA roll-call votes 2010-2017 (not a UN member); see docs/positions.md\n",
            text);
    }
}
