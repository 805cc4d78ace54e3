namespace IomSim.Cli;

/// <summary>The program's exit codes.</summary>
internal static class ExitCodes
{
    /// <summary>Done.</summary>
    public const int Success = 0;

    /// <summary>A failure while running: writing output, the results file, or an unexpected error.</summary>
    public const int Failure = 1;

    /// <summary>Invalid input: the command line, a scenario file, or the seed data.</summary>
    public const int InvalidInput = 2;
}
