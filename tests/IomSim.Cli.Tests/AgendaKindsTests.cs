using System.Text.Json;

namespace IomSim.Cli.Tests;

/// <summary>Items the shipped scenarios do not hold — a budget adopted by consensus, an election in rounds — through the command line.</summary>
public sealed class AgendaKindsTests : IDisposable
{
    private const string Scenario = """
        id: budget-and-election
        title: "A session with a budget and an election"
        description: "Test scenario: not a replay."
        body: iom-council
        runs: 1
        seed: 5
        timeline:
          - session: "Special session"
            date: 2018-06-29
            items:
              - id: budget
                kind: budget
                title: "Programme and Budget"
              - id: dg
                kind: election
                title: "Director General"
                candidates:
                  - { name: "Candidate A", nominator: PRT, position: { alignment: 0.3, rights: 0.4 } }
                  - { name: "Candidate B", nominator: USA, position: { alignment: 0.8, rights: -0.4 } }
        """;

    private readonly ResultsFolder _folder = new();
    private readonly string _path;

    public AgendaKindsTests()
    {
        _path = _folder.Combine("budget-and-election.yaml");
        File.WriteAllText(_path, Scenario);
    }

    [Fact]
    public void The_narrative_tells_a_consensus_adoption_and_each_round_of_an_election()
    {
        var run = Iomsim.Run("run", _path, "--store", _folder.Store);

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Contains("outcome: adopted by consensus", run.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("formal vote: ", run.Out, StringComparison.Ordinal);
        Assert.Matches(@"round 1: Candidate [AB] \d+, Candidate [AB] \d+", run.Out);
        Assert.Matches(@"outcome: (Candidate [AB] elected (in round \d+|by acclamation)|no winner after \d+ rounds)", run.Out);
    }

    [Fact]
    public void Over_several_runs_the_election_outcomes_are_shares_of_runs_per_winner()
    {
        var run = Iomsim.Run("run", _path, "--runs", "6", "--format", "json", "--store", _folder.Store);

        Assert.True(run.ExitCode == 0, run.Error);
        using var json = JsonDocument.Parse(run.Out);
        var events = json.RootElement.GetProperty("events").EnumerateArray().ToArray();
        Assert.Equal(["budget", "dg"], events.Select(e => e.GetProperty("id").GetString()));
        Assert.Equal(0.0, events[0].GetProperty("formal_vote_share").GetDouble());
        Assert.All(events[1].GetProperty("outcomes").EnumerateObject(), o => Assert.Matches("^(elected:Candidate [AB]|no-winner)$", o.Name));
        Assert.Equal(JsonValueKind.Null, events[1].GetProperty("documented").ValueKind);
    }

    [Fact]
    public void Compare_says_when_nothing_is_on_record()
    {
        var compare = Iomsim.Run("compare", _path, "--runs", "3", "--format", "json", "--store", _folder.Store);

        Assert.True(compare.ExitCode == 0, compare.Error);
        using var json = JsonDocument.Parse(compare.Out);
        Assert.Equal(0, json.RootElement.GetProperty("events").GetArrayLength());
        Assert.Equal(["budget", "dg"], json.RootElement.GetProperty("not_compared").EnumerateArray().Select(e => e.GetString()));
    }

    public void Dispose() => _folder.Dispose();
}
