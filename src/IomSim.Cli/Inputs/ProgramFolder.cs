namespace IomSim.Cli.Inputs;

/// <summary>
/// The folder the program runs from. The build, <c>dotnet publish</c> and the .NET tool package all place the shipped
/// <c>scenarios/</c>, <c>seeds/</c> and <c>calibration/</c> there, so they are found whatever the working folder.
/// </summary>
internal static class ProgramFolder
{
    /// <summary>The program's folder (where <c>iomsim.dll</c> is), without a trailing separator.</summary>
    public static string Path => System.IO.Path.TrimEndingDirectorySeparator(AppContext.BaseDirectory);
}
