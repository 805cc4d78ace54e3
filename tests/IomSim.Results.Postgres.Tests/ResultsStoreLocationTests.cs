namespace IomSim.Results.Postgres.Tests;

/// <summary>Which store <c>--store</c>, <c>IOMSIM_STORE</c> or the default names; no server needed.</summary>
public sealed class ResultsStoreLocationTests
{
    [Fact]
    public void The_argument_wins_over_the_environment_which_wins_over_the_default_file()
    {
        var fromArgument = ResultsStoreLocation.Resolve("here.db", "postgres://u:p@h/d");
        var fromEnvironment = ResultsStoreLocation.Resolve(null, "postgres://u:p@h/d");
        var byDefault = ResultsStoreLocation.Resolve(null, "  ");

        Assert.Equal((false, Path.GetFullPath("here.db")), (fromArgument.IsServer, fromArgument.Display));
        Assert.Equal((true, "postgres://u:***@h/d"), (fromEnvironment.IsServer, fromEnvironment.Display));
        Assert.Equal((false, ResultsStore.DefaultPath()), (byDefault.IsServer, byDefault.Display));
    }

    [Fact]
    public void A_malformed_url_in_the_environment_is_reported_as_coming_from_it()
    {
        var error = Assert.Throws<ResultsStoreException>(() => ResultsStoreLocation.Resolve(null, "postgres://u:pw@h:x/d"));

        Assert.StartsWith("IOMSIM_STORE: 'postgres://u:***@h:x/d'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_blank_argument_is_refused()
    {
        var error = Assert.Throws<ResultsStoreException>(() => ResultsStoreLocation.Resolve(" ", null));

        Assert.StartsWith("--store: empty", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_server_that_is_not_there_is_one_clear_error_without_the_password()
    {
        // Port 1 on loopback: nothing listens there, so the connection is refused at once.
        var location = ResultsStoreLocation.Parse("postgres://iomsim:secret@127.0.0.1:1/results", "--store");

        var error = Assert.Throws<ResultsStoreUnreachableException>(location.Check);

        Assert.StartsWith("postgres://iomsim:***@127.0.0.1:1/results: cannot connect to the results database", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("secret", error.Message, StringComparison.Ordinal);
    }
}
