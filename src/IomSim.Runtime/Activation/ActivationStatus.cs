namespace IomSim.Runtime.Activation;

/// <summary>The life of an activation: calls are delivered only while it is active.</summary>
internal enum ActivationStatus
{
    /// <summary>Constructing the grain, reading its state, running <c>OnActivateAsync</c>; calls wait.</summary>
    Activating,

    /// <summary>Delivering calls.</summary>
    Active,

    /// <summary>Running <c>OnDeactivateAsync</c>; calls wait, then go to a fresh activation.</summary>
    Deactivating,

    /// <summary>Gone from the directory; a call that still reaches it is re-routed.</summary>
    Retired,
}
