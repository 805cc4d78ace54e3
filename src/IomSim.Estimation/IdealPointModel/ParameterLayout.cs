namespace IomSim.Estimation.IdealPointModel;

/// <summary>
/// Where each parameter sits in the one vector the optimiser moves. Per state: the general point (2), an offset per
/// issue dimension (2 each), the abstention spread, a spread offset per issue dimension. Per item: discrimination (2),
/// the midpoint of the cuts, the log half-width of the abstention band.
/// </summary>
internal sealed class ParameterLayout
{
    public ParameterLayout(int states, int items, int issueDimensions)
    {
        States = states;
        Items = items;
        IssueDimensions = issueDimensions;
        StateSize = 3 + (3 * issueDimensions);
        ItemBase = states * StateSize;
        Length = ItemBase + (items * ItemSize);
    }

    public const int ItemSize = 4;

    public int States { get; }

    public int Items { get; }

    public int IssueDimensions { get; }

    public int StateSize { get; }

    public int ItemBase { get; }

    public int Length { get; }

    public int Point(int state) => state * StateSize;

    public int Offset(int state, int issue) => (state * StateSize) + 2 + (2 * issue);

    public int Spread(int state) => (state * StateSize) + 2 + (2 * IssueDimensions);

    public int SpreadOffset(int state, int issue) => Spread(state) + 1 + issue;

    public int Discrimination(int item) => ItemBase + (item * ItemSize);

    public int Midpoint(int item) => ItemBase + (item * ItemSize) + 2;

    public int LogHalfBand(int item) => ItemBase + (item * ItemSize) + 3;
}
