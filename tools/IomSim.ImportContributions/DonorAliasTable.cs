using System.Reflection;
using IomSim.Domain.Funding;
using IomSim.Estimation.Input;

namespace IomSim.ImportContributions;

/// <summary>
/// The alias table (<c>donor-aliases.csv</c>, built into the tool): <c>category,ceb_name,donor,kind,note,source</c>.
/// It names the government rows whose CEB name is not the name in <c>seeds/states.csv</c>, and gives every
/// non-government category (or one name within it; <c>*</c> = any name) a readable donor id.
/// </summary>
internal sealed class DonorAliasTable
{
    /// <summary>The table's name (the embedded resource and the file in the tool folder).</summary>
    public const string FileName = "donor-aliases.csv";

    /// <summary>How errors and sources name the table.</summary>
    public const string Display = "tools/IomSim.ImportContributions/" + FileName;

    private const string AnyName = "*";

    private static readonly string[] s_columns = ["category", "ceb_name", "donor", "kind", "note", "source"];

    private readonly IReadOnlyList<DonorAlias> _aliases;

    private DonorAliasTable(IReadOnlyList<DonorAlias> aliases) => _aliases = aliases;

    /// <summary>The table built into the tool.</summary>
    public static DonorAliasTable Embedded()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(FileName)
            ?? throw new InputFileException(Display, 0, null, "the alias table is not embedded in the tool (check the csproj).");
        using var reader = new StreamReader(stream, System.Text.Encoding.UTF8);
        return Read(reader);
    }

    /// <summary>Reads a table from CSV text.</summary>
    public static DonorAliasTable Read(TextReader text)
    {
        var aliases = new List<DonorAlias>();
        foreach (var row in CsvTable.Read(text, Display, s_columns))
        {
            var donorText = row.Required("donor");
            if (!DonorId.TryParse(donorText, out var donor))
            {
                throw row.Error("donor", $"'{donorText}' is not a donor id (upper-case letters, digits and hyphens).");
            }

            var kindText = row.Required("kind");
            if (!FundingNames.TryParseKind(kindText, out var kind))
            {
                throw row.Error("kind", $"'{kindText}' is not a donor kind (expected one of: {string.Join(", ", FundingNames.KindNames)}).");
            }

            // A 3-letter id is read as a state everywhere, so only states may have one.
            if ((donor.State is not null) != (kind == DonorKind.State))
            {
                throw row.Error("donor", $"'{donorText}' with kind '{kindText}': a state's id is its three-letter code, and any other donor needs a longer id.");
            }

            var name = row.Required("ceb_name");
            var alias = new DonorAlias(row.Line, row.Required("category"), name == AnyName ? null : name, donor, kind, Optional(row["note"]), row.Required("source"));
            if (aliases.Any(a => a.Category == alias.Category && a.CebName == alias.CebName))
            {
                throw row.Error("ceb_name", $"'{alias.Category}' / '{name}' is mapped twice.");
            }

            aliases.Add(alias);
        }

        return new DonorAliasTable(aliases);
    }

    /// <summary>The rule for a CEB row: the one naming it exactly, else the category's rule for any name.</summary>
    public DonorAlias? Find(string category, string name) =>
        _aliases.FirstOrDefault(a => a.Category == category && a.CebName == name)
        ?? _aliases.FirstOrDefault(a => a.Category == category && a.CebName is null);

    private static string? Optional(string text) => text.Length == 0 ? null : text;
}
