using IomSim.Testing;
using IomSim.Scenarios.Model;

namespace IomSim.Scenarios.Tests;

/// <summary>The examples of docs/scenarios.md read as they are written.</summary>
public sealed class DocsExampleTests
{
    [Fact]
    public void The_funding_example_reads()
    {
        var docs = File.ReadAllText(RepositoryRoot.Combine("docs/scenarios.md")).ReplaceLineEndings("\n");
        var start = docs.IndexOf("```yaml\nfunding:\n", StringComparison.Ordinal);
        Assert.True(start >= 0, "docs/scenarios.md has no ```yaml block that starts with funding:");
        start += "```yaml\n".Length;
        var example = docs[start..docs.IndexOf("```", start, StringComparison.Ordinal)].TrimEnd();

        var funding = ScenarioReader.Parse(ScenarioText.WithTop(example), ScenarioText.File, Seeded.World).Funding;

        Assert.Equal(
            [DonorChangeKind.Scale, DonorChangeKind.MatchAssessedShare, DonorChangeKind.MatchAssessedShare, DonorChangeKind.Pool],
            funding.Donors.Select(d => d.Kind));
        Assert.Equal(ScenarioFunding.Default.Rules, funding.Rules);
        Assert.Equal(ScenarioFunding.Default.PledgeNoise, funding.PledgeNoise);
    }
}
