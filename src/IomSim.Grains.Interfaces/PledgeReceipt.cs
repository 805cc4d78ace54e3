namespace IomSim.Grains;

/// <summary>What a project did with a pledge.</summary>
/// <param name="AcceptedUsd">Taken towards its cost.</param>
/// <param name="ExcessUsd">Refused because the project needed no more (carried over for the donor).</param>
[GenerateSerializer, Immutable, Alias("iomsim.PledgeReceipt")]
public sealed record PledgeReceipt([property: Id(0)] decimal AcceptedUsd, [property: Id(1)] decimal ExcessUsd);
