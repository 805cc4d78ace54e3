using IomSim.Estimation.Input;
using IomSim.Estimation.Classical;

namespace IomSim.Estimation.Tests;

public class InputTests
{
    private const string RollCalls =
        "\"rcid\",\"session\",\"date\",\"unres\",\"importantvote\",\"amend\",\"para\",\"short\",\"descr\"\n" +
        "1,65,2010-10-26,\"R/65/1\",0,NA,NA,\"FIRST\",\"A description\"\n" +
        "2,65,2010-11-30,\"R/65/2\",0,NA,NA,\"SECOND\",\"A description that runs\nover two lines, with a comma\"\n" +
        "3,66,2011-12-19,\"R/66/3\",1,NA,NA,\"THIRD\",\"Third\"\n";

    private const string Issues = "\"rcid\",\"short_name\",\"issue\"\n2,\"hr\",\"Human rights\"\n3,\"hr\",\"Human rights\"\n3,\"me\",\"Palestinian conflict\"\n";

    [Fact]
    public void Namibia_NA_is_a_country_code_not_a_missing_value()
    {
        var votes = "\"rcid\",\"country_code\",\"country\",\"vote\"\n1,\"NA\",\"Namibia\",\"yes\"\n1,NA,\"Namibia again, unquoted\",\"no\"\n";
        var error = Assert.Throws<InputFileException>(() => Read(votes));
        Assert.Equal(3, error.Line);
        Assert.Equal("country_code", error.Field);
        Assert.Contains("NA has a second vote on roll call 1", error.Message, StringComparison.Ordinal);

        var data = Read("\"rcid\",\"country_code\",\"country\",\"vote\"\n1,NA,\"Namibia\",\"yes\"\n2,\"NA\",\"Namibia\",\"abstain\"\n");
        Assert.All(data.Votes, v => Assert.Equal("NA", v.CountryCode));
        Assert.Equal([VoteChoice.Yes, VoteChoice.Abstain], data.Votes.Select(v => v.Choice));
    }

    [Fact]
    public void A_state_that_did_not_vote_has_no_row_and_an_empty_cell()
    {
        var data = Read(
            "rcid,country_code,country,vote\n1,US,United States,no\n1,NA,Namibia,yes\n2,US,United States,yes\n3,NA,Namibia,abstain\n");
        var matrix = VoteMatrix.Create(["NA", "US"], [1, 2, 3], data.Votes.Select(v => (v.CountryCode, v.Rcid, v.Choice)));

        Assert.Equal(1.0, matrix[0, 0]);
        Assert.True(double.IsNaN(matrix[0, 1]));
        Assert.Equal(0.5, matrix[0, 2]);
        Assert.True(double.IsNaN(matrix[1, 2]));
        Assert.Equal(2, matrix.VotesCast(0));
        Assert.Equal(2, matrix.VotesCast(1));
        var (agreement, shared) = matrix.Agreement(0, 1);
        Assert.Equal(1, shared);
        Assert.Equal(0.0, agreement);
    }

    [Fact]
    public void Issues_are_read_per_roll_call()
    {
        var data = Read("rcid,country_code,country,vote\n1,US,United States,no\n");
        Assert.False(data.HasIssue(1, "hr"));
        Assert.True(data.HasIssue(2, "hr"));
        Assert.True(data.HasIssue(3, "me"));
        Assert.Equal(3, data.RollCalls.Count);
        Assert.Equal("SECOND", data.RollCalls[1].Title);
    }

    [Theory]
    [InlineData("1,US,United States,maybe\n", 2, "vote", "'maybe' is not a vote")]
    [InlineData("1,US,United States,yes\nx,CA,Canada,no\n", 3, "rcid", "'x' is not a whole number")]
    [InlineData("1,US,United States,yes\n9,CA,Canada,no\n", 3, "rcid", "roll call 9 is not in the roll-calls file")]
    [InlineData("1,,Nowhere,yes\n", 2, "country_code", "is not an ISO 3166-1 alpha-2 code")]
    [InlineData("1,USA,United States,yes\n", 2, "country_code", "is not an ISO 3166-1 alpha-2 code")]
    public void Bad_votes_name_the_file_the_line_and_the_field(string rows, int line, string field, string problem)
    {
        var error = Assert.Throws<InputFileException>(() => Read("rcid,country_code,country,vote\n" + rows));
        Assert.Equal("votes.csv", error.File);
        Assert.Equal(line, error.Line);
        Assert.Equal(field, error.Field);
        Assert.Contains(problem, error.Message, StringComparison.Ordinal);
        Assert.StartsWith($"votes.csv, line {line}, field '{field}': ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_row_with_too_few_fields_is_reported_with_its_line()
    {
        var error = Assert.Throws<InputFileException>(() => Read("rcid,country_code,country,vote\n1,US,United States,yes\n1,CA,Canada\n"));
        Assert.Equal(3, error.Line);
        Assert.Null(error.Field);
        Assert.Contains("3 fields where the header has 4", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Lines_are_counted_across_quoted_line_breaks()
    {
        var rollCalls = RollCalls + "4,66,2011-12-40,\"R/66/4\",1,NA,NA,\"FOURTH\",\"Bad date\"\n";
        var error = Assert.Throws<InputFileException>(() => UnvotesReader.Read(
            new StringReader(rollCalls), "rollcalls.csv", new StringReader("rcid,country_code,country,vote\n"), "votes.csv",
            new StringReader(Issues), "issues.csv"));
        Assert.Equal("rollcalls.csv", error.File);
        Assert.Equal(6, error.Line);
        Assert.Equal("date", error.Field);
    }

    [Fact]
    public void A_missing_column_is_reported_on_the_header_line()
    {
        var error = Assert.Throws<InputFileException>(() => Read("rcid,code,country,vote\n1,US,United States,yes\n"));
        Assert.Equal(1, error.Line);
        Assert.Equal("country_code", error.Field);
    }

    [Fact]
    public void A_missing_file_is_reported_by_name()
    {
        var error = Assert.Throws<InputFileException>(() => UnvotesReader.ReadFolder(Path.Combine(Path.GetTempPath(), "no-such-folder-iomsim")));
        Assert.Contains("does not exist", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_states_file_keeps_Namibia_and_rejects_duplicates()
    {
        const string header = "code,iso2,name,un_member_from,source\n";
        var states = StatesFile.Read(
            new StringReader(header + "NAM,\"NA\",Namibia,1990-04-23,x\nCOK,CK,Cook Islands,,\"not a UN member, IOM member\"\n"), "states.csv");
        Assert.Equal("NA", states[0].Iso2);
        Assert.Equal(new DateOnly(1990, 4, 23), states[0].UnMemberFrom);
        Assert.Null(states[1].UnMemberFrom);

        var duplicate = Assert.Throws<InputFileException>(() => StatesFile.Read(
            new StringReader(header + "NAM,NA,Namibia,1990-04-23,x\nNAM,NB,Namibia,1990-04-23,x\n"), "states.csv"));
        Assert.Equal(3, duplicate.Line);
        Assert.Equal("code", duplicate.Field);

        var badDate = Assert.Throws<InputFileException>(() => StatesFile.Read(
            new StringReader(header + "NAM,NA,Namibia,23/04/1990,x\n"), "states.csv"));
        Assert.Equal(2, badDate.Line);
        Assert.Equal("un_member_from", badDate.Field);
    }

    [Fact]
    public void A_vote_for_an_unknown_country_names_the_votes_line()
    {
        var data = Read("rcid,country_code,country,vote\n1,US,United States,yes\n1,ZZ,Nowhere,no\n");
        var states = StatesFile.Read(new StringReader("code,iso2,name,un_member_from,source\nUSA,US,United States,1945-10-24,x\n"), "states.csv");
        var error = Assert.Throws<InputFileException>(() => ClassicalPositions.Estimate(data, states, new ClassicalOptions()));
        Assert.Equal("votes.csv", error.File);
        Assert.Equal(3, error.Line);
        Assert.Equal("country_code", error.Field);
        Assert.Contains("'ZZ'", error.Message, StringComparison.Ordinal);
    }

    private static RollCallData Read(string votes) =>
        UnvotesReader.Read(
            new StringReader(RollCalls), "rollcalls.csv", new StringReader(votes), "votes.csv", new StringReader(Issues), "issues.csv");
}
