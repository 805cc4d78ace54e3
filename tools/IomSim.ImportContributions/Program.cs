using System.CommandLine;
using IomSim.Domain.Funding;
using IomSim.Estimation.Input;

namespace IomSim.ImportContributions;

/// <summary>
/// The command line: read the CEB reference file and the states, map and sum, write <c>seeds/contributions.csv</c>
/// and print a summary. Exit codes: 0 done, 2 bad input or bad arguments, 1 the output could not be written.
/// </summary>
internal static class Program
{
    private const int BadInput = 2;
    private const int CannotWrite = 1;

    private static int Main(string[] args)
    {
        var referenceOption = new Option<DirectoryInfo>("--reference")
        {
            Description = $"The folder with {CebFile.FileName} (UN CEB revenue by contributor).",
            DefaultValueFactory = _ => new DirectoryInfo("../shared/reference"),
        };
        var statesOption = new Option<FileInfo>("--states")
        {
            Description = "seeds/states.csv: code,iso2,name,un_member_from,source (governments are matched by name).",
            DefaultValueFactory = _ => new FileInfo("seeds/states.csv"),
        };
        var outOption = new Option<FileInfo>("--out")
        {
            Description = "Where to write the contributions (" + ContributionsCsv.Header + ").",
            DefaultValueFactory = _ => new FileInfo("seeds/contributions.csv"),
        };

        var root = new RootCommand(
            "Turns IOM's revenue by contributor and year (UN CEB, 2016-2024) into seeds/contributions.csv: governments by " +
            "ISO alpha-3 code, other contributors by readable ids, amounts exactly as recorded. See docs/seeds.md.");
        root.Options.Add(referenceOption);
        root.Options.Add(statesOption);
        root.Options.Add(outOption);
        root.SetAction(parsed => Run(parsed.GetValue(referenceOption)!, parsed.GetValue(statesOption)!, parsed.GetValue(outOption)!));

        var result = root.Parse(args);
        if (result.Errors.Count > 0)
        {
            foreach (var error in result.Errors)
            {
                Console.Error.WriteLine($"error: {error.Message}");
            }

            Console.Error.WriteLine("Run with --help for the options.");
            return BadInput;
        }

        return result.Invoke();
    }

    private static int Run(DirectoryInfo reference, FileInfo statesFile, FileInfo output)
    {
        IReadOnlyList<CebRow> ceb;
        IReadOnlyList<ImportedContribution> rows;
        try
        {
            ceb = CebFile.ReadFolder(reference.FullName);
            rows = ContributionImport.Import(ceb, StatesByName.ReadFile(statesFile.FullName), DonorAliasTable.Embedded());
        }
        catch (InputFileException exception)
        {
            Console.Error.WriteLine($"error: {exception.Message}");
            return BadInput;
        }

        try
        {
            ContributionsCsv.Write(output.FullName, rows);
        }
        catch (IOException exception)
        {
            Console.Error.WriteLine($"error: cannot write {output.FullName}: {exception.Message}");
            return CannotWrite;
        }
        catch (UnauthorizedAccessException exception)
        {
            Console.Error.WriteLine($"error: cannot write {output.FullName}: {exception.Message}");
            return CannotWrite;
        }

        Console.WriteLine($"read {ceb.Count} CEB rows; wrote {output.FullName}: {rows.Count} rows, years {rows.Min(r => r.Year)}-{rows.Max(r => r.Year)}");
        foreach (var kind in Enum.GetValues<DonorKind>())
        {
            var donors = rows.Where(r => r.Kind == kind).Select(r => r.Donor).Distinct().Count();
            Console.WriteLine($"  {FundingNames.Of(kind),-15} {donors,4} donors");
        }

        var summed = rows.Where(r => r.Name.Contains(" + ", StringComparison.Ordinal)).ToList();
        Console.WriteLine($"rows summed from several CEB rows: {summed.Count} ({string.Join(", ", summed.Select(r => $"{r.Year} {r.Donor}"))})");
        var negative = rows.Count(r => r.AssessedUsd < 0 || r.EarmarkedUsd < 0 || r.UnearmarkedUsd < 0 || r.OtherUsd < 0);
        Console.WriteLine($"rows with a negative amount (kept as recorded): {negative}");
        return 0;
    }
}
