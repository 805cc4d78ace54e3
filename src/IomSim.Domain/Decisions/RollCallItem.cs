namespace IomSim.Domain.Decisions;

/// <summary>One recorded UN General Assembly roll call with its fitted parameters (<c>seeds/roll-call-items.csv</c>).</summary>
/// <param name="Rcid">The unvotes roll-call id.</param>
/// <param name="Symbol">The resolution's symbol as the data writes it (<c>R/67/219</c>), or empty.</param>
/// <param name="Date">The day of the vote.</param>
/// <param name="Issues">Its issue codes (<c>me</c>, <c>nu</c>, <c>di</c>, <c>hr</c>, <c>co</c>, <c>ec</c>); may be empty.</param>
/// <param name="Title">The short title (<c>MIGRATION</c>).</param>
/// <param name="Description">The full title, by which a recurring resolution is recognised.</param>
/// <param name="Parameters">The fitted item parameters.</param>
public sealed record RollCallItem(
    int Rcid,
    string Symbol,
    DateOnly Date,
    IReadOnlyList<string> Issues,
    string Title,
    string Description,
    ItemParameters Parameters);
