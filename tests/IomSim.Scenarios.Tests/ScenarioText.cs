namespace IomSim.Scenarios.Tests;

/// <summary>Scenario text for tests: a valid minimal scenario, and a way to see what reading some text fails with.</summary>
internal static class ScenarioText
{
    public const string File = "scenarios/test.yaml";

    /// <summary>A valid scenario; line numbers below are referred to by the tests.</summary>
    public const string Minimal = """
        id: test
        title: A test
        description: For tests.
        body: iom-council
        timeline:
          - session: 111th Session
            date: 2020-11-24
            items:
              - id: t/admission
                kind: admission
                applicant: RUS
        """;

    /// <summary>A valid scenario with every key the funding model brought (baseline, assessed_payment, funding, year), which shipped files need not all use.</summary>
    public const string EveryFundingKey = """
        id: example
        title: Example
        description: Every new key.
        body: iom-council
        baseline: russia-2020
        world:
          behaviour: { UKR: { assessed_payment: 0 } }
        funding:
          pledge_noise: 0.5
          overhead_rate: 0.07
          minimum_coverage_to_start: 0.25
          donors:
            - { donor: USA, scale: 0.5 }
            - { donor: CHN, match: assessed-share, factor: 1, to: 2022 }
            - { pool: EU, into: EU, from: 2021 }
        timeline:
          - session: 111th Session
            date: 2020-11-24
            items:
              - { id: example/budget-2021, kind: budget, year: 2021 }
        """;

    /// <summary>Minimal scenario with <paramref name="lines"/> put before <c>timeline:</c>, so that they start on line 5.</summary>
    public static string WithTop(string lines) => Minimal.Replace("timeline:", lines + "\ntimeline:", StringComparison.Ordinal);

    /// <summary>Minimal scenario with the item's lines (from line 9 on) replaced.</summary>
    public static string WithItem(string itemLines) => string.Join('\n', Minimal.Split('\n').Take(8)) + "\n" + itemLines;

    public static ScenarioException Error(string yaml) =>
        Assert.Throws<ScenarioException>(() => ScenarioReader.Parse(yaml, File, Seeded.World));

    /// <summary>Asserts the error's position, and that its problem contains every one of <paramref name="parts"/>.</summary>
    public static void Fails(string yaml, int line, int column, params string[] parts)
    {
        var error = Error(yaml);
        Assert.Equal((File, line, column), (error.File, error.Line, error.Column));
        Assert.StartsWith($"{File}:{line}:{column}: ", error.Message, StringComparison.Ordinal);
        foreach (var part in parts)
        {
            Assert.Contains(part, error.Problem, StringComparison.Ordinal);
        }

        Assert.Contains("(expected ", error.Problem, StringComparison.Ordinal);
    }
}
