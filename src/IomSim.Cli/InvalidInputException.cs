namespace IomSim.Cli;

/// <summary>Input the program cannot use (a missing file, a bad option value, bad seed data), already phrased as one line for the user.</summary>
internal sealed class InvalidInputException : Exception
{
    public InvalidInputException()
    {
    }

    public InvalidInputException(string message)
        : base(message)
    {
    }

    public InvalidInputException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
