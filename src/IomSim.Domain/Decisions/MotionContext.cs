namespace IomSim.Domain.Decisions;

/// <summary>What, besides its own position, bears on one member's view of one motion.</summary>
/// <param name="RelationToSubject">The member's relation to the motion's subject, −1 (hostile) to +1 (close); 0 when none is documented.</param>
/// <param name="BlocSignal">The mean base utility of the member's blocs for this motion; null when it belongs to none.</param>
/// <param name="DonorPull">Pull towards its donors' view (−1 to +1); 0 unless funding influence is switched on.</param>
public readonly record struct MotionContext(double RelationToSubject, double? BlocSignal, double DonorPull)
{
    /// <summary>No relation, no bloc, no donors.</summary>
    public static MotionContext None => default;
}
