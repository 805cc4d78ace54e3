using IomSim.Domain.World;

namespace IomSim.Domain.Funding;

/// <summary>
/// Who gives money: a state (its ISO alpha-3 code, <c>USA</c>) or an organisation or group of contributors, written
/// with a hyphen or longer so it can never be read as a state (<c>EU</c> is the exception: two letters).
/// </summary>
public readonly record struct DonorId : IComparable<DonorId>
{
    private DonorId(string value) => Value = value;

    /// <summary>The identifier.</summary>
    public string Value { get; }

    /// <summary>The state, when the donor is one.</summary>
    public StateCode? State => StateCode.TryParse(Value, out var code) && code.Value == Value ? code : null;

    /// <summary>A state as a donor.</summary>
    public static DonorId Of(StateCode state) => new(state.Value);

    /// <summary>Reads a donor id: a state code in upper case, or 2 to 40 characters of upper-case letters, digits and hyphens.</summary>
    public static bool TryParse(string? text, out DonorId donor)
    {
        donor = default;
        if (text is null || text.Length is < 2 or > 40 || !text.All(c => char.IsAsciiLetterUpper(c) || char.IsAsciiDigit(c) || c == '-'))
        {
            return false;
        }

        donor = new DonorId(text);
        return true;
    }

    /// <summary>Reads a donor id.</summary>
    /// <exception cref="FormatException">Not a donor id.</exception>
    public static DonorId Parse(string text) =>
        TryParse(text, out var donor) ? donor : throw new FormatException($"'{text}' is not a donor id (a state code such as USA, or upper-case letters, digits and hyphens such as EU or UN-POOLED-FUNDS).");

    /// <inheritdoc />
    public int CompareTo(DonorId other) => string.CompareOrdinal(Value, other.Value);

    /// <summary>Orders ids ordinally.</summary>
    public static bool operator <(DonorId left, DonorId right) => left.CompareTo(right) < 0;

    /// <summary>Orders ids ordinally.</summary>
    public static bool operator <=(DonorId left, DonorId right) => left.CompareTo(right) <= 0;

    /// <summary>Orders ids ordinally.</summary>
    public static bool operator >(DonorId left, DonorId right) => left.CompareTo(right) > 0;

    /// <summary>Orders ids ordinally.</summary>
    public static bool operator >=(DonorId left, DonorId right) => left.CompareTo(right) >= 0;

    /// <inheritdoc />
    public override string ToString() => Value ?? string.Empty;
}
