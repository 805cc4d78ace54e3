namespace IomSim.Engine.Funding;

/// <summary>A scenario asks for funding the seeds cannot give (a year without data, an unknown donor or group).</summary>
public sealed class FundingSetupException : Exception
{
    /// <summary>Creates the error.</summary>
    public FundingSetupException()
    {
    }

    /// <summary>Creates the error with what was wrong.</summary>
    public FundingSetupException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the error with what was wrong and its cause.</summary>
    public FundingSetupException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
