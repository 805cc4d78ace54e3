using System.Text;

namespace IomSim.Scenarios.Tests;

/// <summary>Hostile files are refused before they can hang the reader or exhaust memory.</summary>
public sealed class SafetyTests
{
    [Fact]
    public void A_two_megabyte_file_is_refused()
    {
        using var file = new TempFile();
        var filler = new StringBuilder(ScenarioText.Minimal).Append('\n');
        while (filler.Length < 2 * 1024 * 1024)
        {
            filler.Append("# padding padding padding padding padding padding padding padding padding padding\n");
        }

        File.WriteAllText(file.Path, filler.ToString());

        var error = Assert.Throws<ScenarioException>(() => ScenarioReader.Read(file.Path, Seeded.World));
        Assert.Equal((file.Path, 1, 1), (error.File, error.Line, error.Column));
        Assert.Contains("over the limit of 1,048,576 bytes", error.Problem, StringComparison.Ordinal);
        Assert.Contains("(expected a scenario file of at most 1 MB", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_two_megabyte_text_is_refused()
    {
        var text = ScenarioText.Minimal + "\n#" + new string('x', 2 * 1024 * 1024);
        var error = ScenarioText.Error(text);
        Assert.Equal((1, 1), (error.Line, error.Column));
        Assert.Contains("over the limit of 1,048,576 bytes", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_of_exactly_the_limit_is_read()
    {
        using var file = new TempFile();
        var text = ScenarioText.Minimal + "\n#";
        text += new string('x', ScenarioFormat.MaxFileBytes - Encoding.UTF8.GetByteCount(text));
        File.WriteAllText(file.Path, text);

        Assert.Equal("test", ScenarioReader.Read(file.Path, Seeded.World).Id);
    }

    [Fact]
    public void An_alias_bomb_is_refused_at_its_first_anchor()
    {
        var bomb = new StringBuilder("a: &a [\"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\"]\n");
        for (var level = 'b'; level <= 'z'; level++)
        {
            var previous = (char)(level - 1);
            bomb.Append(level).Append(": &").Append(level).Append(" [")
                .AppendJoin(", ", Enumerable.Repeat("*" + previous, 9)).Append("]\n");
        }

        var error = ScenarioText.Error(bomb.ToString());
        Assert.Equal((1, 4), (error.Line, error.Column));
        Assert.Contains("YAML anchor '&a' is not allowed", error.Problem, StringComparison.Ordinal);
        Assert.Contains("expand a small file into a huge document", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void An_alias_is_refused_even_without_its_anchor()
    {
        ScenarioText.Fails("id: *name\n", 1, 5, "YAML aliases (*name) are not allowed");
    }

    [Fact]
    public void A_merge_key_with_an_anchor_is_refused()
    {
        ScenarioText.Fails(ScenarioText.Minimal.Replace("timeline:", "world: &w { calibrated: false }\ntimeline:", StringComparison.Ordinal),
            5, 8, "YAML anchor '&w' is not allowed");
    }

    [Fact]
    public void Deep_flow_nesting_is_refused()
    {
        var deep = new string('[', 500_000) + new string(']', 500_000);
        var error = ScenarioText.Error(deep);
        Assert.Equal((1, 33), (error.Line, error.Column));
        Assert.Contains("nesting deeper than 32 levels", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Deep_block_nesting_is_refused()
    {
        var deep = new StringBuilder();
        for (var i = 0; i < 40; i++)
        {
            deep.Append(' ', i * 2).Append('k').Append(i).Append(":\n");
        }

        deep.Append(' ', 80).Append("end: 1\n");
        var error = ScenarioText.Error(deep.ToString());
        Assert.Equal((33, 65), (error.Line, error.Column));
        Assert.Contains("nesting deeper than 32 levels", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Nesting_of_32_levels_is_not_refused_for_depth()
    {
        var text = new string('[', 32) + new string(']', 32);
        var error = ScenarioText.Error(text);
        Assert.DoesNotContain("nesting", error.Problem, StringComparison.Ordinal);
        Assert.Contains("the scenario is a list", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Tags_and_second_documents_are_refused()
    {
        ScenarioText.Fails("id: !!python/object:os.system test\n", 1, 5, "YAML tag", "plain values without '!' tags");
        ScenarioText.Fails(ScenarioText.Minimal + "\n---\nid: other\n", 12, 1, "a second YAML document", "exactly one document");
    }

    [Fact]
    public void A_file_that_is_not_utf8_is_refused()
    {
        using var file = new TempFile();
        File.WriteAllBytes(file.Path, [.. Encoding.UTF8.GetBytes("id: t\ntitle: "), 0xC3, 0x28, (byte)'\n']);

        var error = Assert.Throws<ScenarioException>(() => ScenarioReader.Read(file.Path, Seeded.World));
        Assert.Equal((1, 1), (error.Line, error.Column));
        Assert.Contains("not UTF-8 text", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_file_is_named()
    {
        var path = Path.Combine(Path.GetTempPath(), "iomsim-no-such-scenario.yaml");
        var error = Assert.Throws<ScenarioException>(() => ScenarioReader.Read(path, Seeded.World));
        Assert.Equal(path, error.File);
        Assert.Contains("the file does not exist (expected", error.Problem, StringComparison.Ordinal);
    }
}
