namespace IomSim.Domain.Funding;

/// <summary>What an IOM project works on. File names: <see cref="FundingNames"/>.</summary>
public enum Theme
{
    /// <summary>Emergency response and displacement (<c>emergency-response</c>).</summary>
    EmergencyResponse,

    /// <summary>Assisted return and reintegration (<c>return-and-reintegration</c>).</summary>
    ReturnAndReintegration,

    /// <summary>Border and identity management (<c>border-management</c>).</summary>
    BorderManagement,

    /// <summary>Labour mobility and human development (<c>labour-mobility</c>).</summary>
    LabourMobility,

    /// <summary>Climate change, environment and migration (<c>climate-migration</c>).</summary>
    ClimateMigration,

    /// <summary>Migration health (<c>health</c>).</summary>
    Health,
}
