namespace IomSim.Domain.Funding;

/// <summary>What sort of contributor a donor is (the UN CEB's categories, grouped).</summary>
public enum DonorKind
{
    /// <summary>A government (<c>state</c>).</summary>
    State,

    /// <summary>The European Union (<c>european-union</c>).</summary>
    EuropeanUnion,

    /// <summary>UN agencies, pooled funds, global funds and international financial institutions (<c>multilateral</c>).</summary>
    Multilateral,

    /// <summary>Private sector, foundations, NGOs and academia (<c>private</c>).</summary>
    Private,

    /// <summary>Everything else the record lists, including IOM's own revenue from activities (<c>other</c>).</summary>
    Other,
}
