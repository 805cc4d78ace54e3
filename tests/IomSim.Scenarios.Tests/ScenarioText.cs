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
