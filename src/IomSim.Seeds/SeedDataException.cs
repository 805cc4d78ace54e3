namespace IomSim.Seeds;

/// <summary>Bad seed data: names the file (relative to the repository, e.g. <c>seeds/groups.csv</c>), the line and the field.</summary>
public sealed class SeedDataException : Exception
{
    /// <summary>Creates the error.</summary>
    /// <param name="file">The file, relative to the repository root.</param>
    /// <param name="line">The 1-based line (the header is line 1 in a CSV file).</param>
    /// <param name="field">The column or YAML path at fault.</param>
    /// <param name="problem">What is wrong and what was expected.</param>
    /// <param name="inner">The underlying error, if any.</param>
    public SeedDataException(string file, int line, string field, string problem, Exception? inner = null)
        : base($"{file} line {line}, field '{field}': {problem}", inner)
    {
        File = file;
        Line = line;
        Field = field;
        Problem = problem;
    }

    /// <summary>Creates an error without location (prefer the full constructor).</summary>
    public SeedDataException()
        : this("seeds", 0, string.Empty, "bad seed data")
    {
    }

    /// <summary>Creates an error without location (prefer the full constructor).</summary>
    public SeedDataException(string message)
        : this("seeds", 0, string.Empty, message)
    {
    }

    /// <summary>Creates an error without location (prefer the full constructor).</summary>
    public SeedDataException(string message, Exception inner)
        : this("seeds", 0, string.Empty, message, inner)
    {
    }

    /// <summary>The file, relative to the repository root (e.g. <c>seeds/iom-membership.csv</c>).</summary>
    public string File { get; }

    /// <summary>The 1-based line.</summary>
    public int Line { get; }

    /// <summary>The column or YAML path at fault.</summary>
    public string Field { get; }

    /// <summary>What is wrong and what was expected, without the location.</summary>
    public string Problem { get; }
}
