using System.Text.Json;

namespace IomSim.Cli.Tests;

/// <summary>Who sat in the Council or the General Assembly on a day, as the seeds record it.</summary>
public sealed class MembersTests
{
    [Theory]
    [InlineData("iom-council", "2020-11-24", 173)]
    [InlineData("iom-council", "2016-06-30", 165)]
    [InlineData("unga", "2018-12-19", 193)]
    public void The_count_on_a_documented_day_matches_the_record(string body, string date, int count)
    {
        var members = Iomsim.Run("members", "--date", date, "--body", body, "--format", "json");

        Assert.True(members.ExitCode == 0, members.Error);
        using var json = JsonDocument.Parse(members.Out);
        Assert.Equal(date, json.RootElement.GetProperty("date").GetString());
        Assert.Equal(count, json.RootElement.GetProperty("count").GetInt32());
        Assert.Equal(count, json.RootElement.GetProperty("members").GetArrayLength());
    }

    [Fact]
    public void Each_member_has_its_name_join_date_blocs_and_position()
    {
        using var json = JsonDocument.Parse(Iomsim.Run("members", "--date", "2016-06-30", "--format", "json").Out);
        var china = json.RootElement.GetProperty("members").EnumerateArray().Single(m => m.GetProperty("code").GetString() == "CHN");

        Assert.Equal("China", china.GetProperty("name").GetString());
        Assert.Equal("2016-06-30", china.GetProperty("joined").GetString());
        Assert.Contains("G77", china.GetProperty("blocs").EnumerateArray().Select(b => b.GetString()));
        Assert.True(china.GetProperty("alignment").GetDouble() < 0);
        Assert.Equal(JsonValueKind.Number, china.GetProperty("rights").ValueKind);
    }

    [Fact]
    public void Russia_is_not_a_member_on_the_day_of_the_vote_and_UN_members_carry_their_UN_date()
    {
        using var council = JsonDocument.Parse(Iomsim.Run("members", "--date", "2020-11-24", "--format", "json").Out);
        using var assembly = JsonDocument.Parse(Iomsim.Run("members", "--date", "2018-12-19", "--body", "unga", "--format", "json").Out);

        Assert.DoesNotContain("RUS", council.RootElement.GetProperty("members").EnumerateArray().Select(m => m.GetProperty("code").GetString()));
        var russia = assembly.RootElement.GetProperty("members").EnumerateArray().Single(m => m.GetProperty("code").GetString() == "RUS");
        Assert.Equal("1945-10-24", russia.GetProperty("un_member_from").GetString());
        Assert.False(russia.TryGetProperty("joined", out _));
    }

    [Fact]
    public void The_table_and_csv_forms_list_the_same_members()
    {
        var table = Iomsim.Run("members", "--date", "2020-11-24", "--seeds", Iomsim.Seeds);
        var csv = Iomsim.Run("members", "--date", "2020-11-24", "--format", "csv");

        Assert.StartsWith("IOM Council: 173 members on 2020-11-24\n", table.Out, StringComparison.Ordinal);
        Assert.Equal(1 + 1 + 173, table.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
        var rows = csv.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("date,body,code,name,joined,blocs,alignment,rights", rows[0]);
        Assert.Equal(173, rows.Length - 1);
    }

    [Fact]
    public void A_date_that_is_not_a_date_is_invalid_input()
    {
        var members = Iomsim.Run("members", "--date", "2020-02-30");

        Assert.Equal(2, members.ExitCode);
        Assert.Equal(["iomsim: --date '2020-02-30' is not a date (expected YYYY-MM-DD, e.g. 2020-11-24)"], members.ErrorLines);
    }
}
