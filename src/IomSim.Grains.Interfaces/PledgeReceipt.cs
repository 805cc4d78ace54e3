namespace IomSim.Grains;

/// <summary>What a project did with a pledge.</summary>
/// <param name="AcceptedUsd">Taken towards its cost.</param>
/// <param name="ExcessUsd">Refused because the project needed no more (carried over for the donor).</param>
public sealed record PledgeReceipt(decimal AcceptedUsd, decimal ExcessUsd);
