using System.Text;

namespace IomSim.Scenarios.Tests;

/// <summary>Random damage to the shipped scenarios: the reader either reads the text or fails with a located ScenarioException, never anything else.</summary>
public sealed class MutationTests
{
    private const string Significant = ":-[]{},&*!|>'\"#%@`?\t\n \\x0A1.e~";

    [Theory]
    [MemberData(nameof(ShippedScenarioTests.Files), MemberType = typeof(ShippedScenarioTests))]
    public void Damaged_files_fail_only_with_located_scenario_errors(string file)
    {
        var original = File.ReadAllText(Seeded.Scenario(file));
        var random = new Random(file.Length * 7919);
        for (var i = 0; i < 1500; i++)
        {
            var text = Mutate(original, random, 1 + random.Next(4));
            try
            {
                ScenarioReader.Parse(text, ScenarioText.File, Seeded.World);
            }
            catch (ScenarioException e)
            {
                Assert.True(e.Line >= 1 && e.Column >= 1, $"unlocated error {e.Message} for:\n{text}");
                Assert.Contains("expected", e.Problem, StringComparison.Ordinal);
            }
            catch (Exception e)
            {
                Assert.Fail($"{e.GetType().Name}: {e.Message} for:\n{text}");
            }
        }
    }

    [Fact]
    public void Damaged_funding_keys_fail_only_with_located_scenario_errors()
    {
        var random = new Random(2021);
        for (var i = 0; i < 3000; i++)
        {
            var text = Mutate(ScenarioText.EveryFundingKey, random, 1 + random.Next(3));
            try
            {
                ScenarioReader.Parse(text, ScenarioText.File, Seeded.World);
            }
            catch (ScenarioException e)
            {
                Assert.True(e.Line >= 1 && e.Column >= 1, $"unlocated error {e.Message} for:\n{text}");
                Assert.Contains("expected", e.Problem, StringComparison.Ordinal);
            }
            catch (Exception e)
            {
                Assert.Fail($"{e.GetType().Name}: {e.Message} for:\n{text}");
            }
        }
    }

    private static string Mutate(string text, Random random, int times)
    {
        var builder = new StringBuilder(text);
        for (var i = 0; i < times && builder.Length > 0; i++)
        {
            var at = random.Next(builder.Length);
            switch (random.Next(5))
            {
                case 0:
                    builder.Remove(at, Math.Min(1 + random.Next(8), builder.Length - at));
                    break;
                case 1:
                    builder.Insert(at, Significant[random.Next(Significant.Length)]);
                    break;
                case 2:
                    builder[at] = Significant[random.Next(Significant.Length)];
                    break;
                case 3:
                    var from = random.Next(builder.Length);
                    builder.Insert(at, builder.ToString(from, Math.Min(1 + random.Next(40), builder.Length - from)));
                    break;
                default:
                    builder.Length = at;
                    break;
            }
        }

        return builder.ToString();
    }
}
