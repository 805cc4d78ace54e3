namespace IomSim.Estimation.Input;

/// <summary>How a state voted on a roll call. A state that did not vote has no vote at all.</summary>
public enum VoteChoice
{
    /// <summary>In favour.</summary>
    Yes,

    /// <summary>Abstained.</summary>
    Abstain,

    /// <summary>Against.</summary>
    No,
}

/// <summary>One recorded UN General Assembly roll call.</summary>
/// <param name="Rcid">The unvotes roll-call id.</param>
/// <param name="Session">The General Assembly session (65 = 2010–11).</param>
/// <param name="Date">The day of the vote.</param>
/// <param name="Title">The short title, for reports (<c>MIGRATION</c>).</param>
/// <param name="Symbol">The resolution's symbol as the data writes it (<c>R/67/219</c>), or empty.</param>
/// <param name="Description">The full title, or empty.</param>
public sealed record RollCall(int Rcid, int Session, DateOnly Date, string Title, string Symbol = "", string Description = "");

/// <summary>One state's vote on one roll call, with where it was read.</summary>
/// <param name="Rcid">The roll call.</param>
/// <param name="CountryCode">The country code as the file gives it (ISO 3166-1 alpha-2 in unvotes, "YU" for Serbia).</param>
/// <param name="Choice">Yes, abstain or no.</param>
/// <param name="Line">The line of the votes file it was read from.</param>
public readonly record struct CastVote(int Rcid, string CountryCode, VoteChoice Choice, long Line);

/// <summary>The three unvotes files: roll calls, votes and issue codes.</summary>
public sealed class RollCallData
{
    /// <summary>Holds data already read and checked.</summary>
    public RollCallData(
        string votesFile,
        IReadOnlyList<RollCall> rollCalls,
        IReadOnlyList<CastVote> votes,
        IReadOnlyDictionary<int, IReadOnlySet<string>> issues)
    {
        VotesFile = votesFile;
        RollCalls = rollCalls;
        Votes = votes;
        Issues = issues;
    }

    /// <summary>Where the votes were read from, for errors about them.</summary>
    public string VotesFile { get; }

    /// <summary>The roll calls, in file order.</summary>
    public IReadOnlyList<RollCall> RollCalls { get; }

    /// <summary>Every vote cast, in file order.</summary>
    public IReadOnlyList<CastVote> Votes { get; }

    /// <summary>The issue codes (<c>hr</c>, <c>me</c>, <c>nu</c>, <c>di</c>, <c>co</c>, <c>ec</c>) of each roll call that has any.</summary>
    public IReadOnlyDictionary<int, IReadOnlySet<string>> Issues { get; }

    /// <summary>The roll call's issue codes, sorted (empty when it has none).</summary>
    public IReadOnlyList<string> IssuesOf(int rcid) =>
        Issues.TryGetValue(rcid, out var codes) ? [.. codes.Order(StringComparer.Ordinal)] : [];

    /// <summary>The roll calls dated on or before <paramref name="cut"/>, with their votes and issue codes.</summary>
    public RollCallData Until(DateOnly cut)
    {
        var kept = RollCalls.Where(r => r.Date <= cut).ToArray();
        var rcids = kept.Select(r => r.Rcid).ToHashSet();
        return new RollCallData(
            VotesFile,
            kept,
            [.. Votes.Where(v => rcids.Contains(v.Rcid))],
            Issues.Where(p => rcids.Contains(p.Key)).ToDictionary(p => p.Key, p => p.Value));
    }

    /// <summary>Whether the roll call carries the issue code.</summary>
    public bool HasIssue(int rcid, string issue) => Issues.TryGetValue(rcid, out var codes) && codes.Contains(issue);
}
