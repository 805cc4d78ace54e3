using System.Security.Cryptography;
using System.Text;

namespace IomSim.Scenarios.Tests;

public sealed class ContentHashTests
{
    [Theory]
    [MemberData(nameof(ShippedScenarioTests.Files), MemberType = typeof(ShippedScenarioTests))]
    public void The_hash_is_the_SHA256_of_the_file_bytes_and_the_same_on_every_read(string file)
    {
        var path = Seeded.Scenario(file);
        var expected = Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(path)));

        Assert.Equal(expected, ScenarioReader.Read(path, Seeded.World).Source.ContentHash);
        Assert.Equal(expected, ScenarioReader.Read(path, Seeded.World).Source.ContentHash);
        Assert.Equal(expected, ScenarioReader.Parse(File.ReadAllText(path), file, Seeded.World).Source.ContentHash);
    }

    [Fact]
    public void The_hash_of_a_fixed_text_never_changes()
    {
        var scenario = ScenarioReader.Parse(ScenarioText.Minimal, ScenarioText.File, Seeded.World);

        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(ScenarioText.Minimal))), scenario.Source.ContentHash);
        Assert.Equal("79ebea502ddd789ee2ec1a9abb39c3e6341383eda1794ae18d215bc37aeb2921", scenario.Source.ContentHash);
        Assert.Equal(ScenarioText.File, scenario.Source.Path);
    }

    [Fact]
    public void Any_change_to_the_bytes_changes_the_hash_even_a_comment()
    {
        var plain = ScenarioReader.Parse(ScenarioText.Minimal, ScenarioText.File, Seeded.World);
        var commented = ScenarioReader.Parse(ScenarioText.Minimal + "\n# a comment", ScenarioText.File, Seeded.World);

        Assert.NotEqual(plain.Source.ContentHash, commented.Source.ContentHash);
    }

    [Fact]
    public void A_byte_order_mark_is_read_and_hashed_as_part_of_the_file()
    {
        using var file = new TempFile();
        byte[] bytes = [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(ScenarioText.Minimal)];
        File.WriteAllBytes(file.Path, bytes);

        var scenario = ScenarioReader.Read(file.Path, Seeded.World);
        Assert.Equal("test", scenario.Id);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(bytes)), scenario.Source.ContentHash);
    }
}
