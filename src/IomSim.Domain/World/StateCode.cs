namespace IomSim.Domain.World;

/// <summary>A state's identity: its ISO 3166-1 alpha-3 code (<c>RUS</c>, <c>UKR</c>), upper case.</summary>
public readonly record struct StateCode : IComparable<StateCode>
{
    private StateCode(string value) => Value = value;

    /// <summary>The three-letter code.</summary>
    public string Value { get; }

    /// <summary>Reads a code, or returns false when it is not three ASCII letters.</summary>
    public static bool TryParse(string? text, out StateCode code)
    {
        code = default;
        if (text is not { Length: 3 } || !text.All(char.IsAsciiLetter))
        {
            return false;
        }

        code = new StateCode(text.ToUpperInvariant());
        return true;
    }

    /// <summary>Reads a code.</summary>
    /// <exception cref="FormatException">Not three ASCII letters.</exception>
    public static StateCode Parse(string text) =>
        TryParse(text, out var code) ? code : throw new FormatException($"'{text}' is not a state code (three letters, ISO 3166-1 alpha-3).");

    /// <summary>Orders codes alphabetically.</summary>
    public static bool operator <(StateCode left, StateCode right) => left.CompareTo(right) < 0;

    /// <summary>Orders codes alphabetically.</summary>
    public static bool operator <=(StateCode left, StateCode right) => left.CompareTo(right) <= 0;

    /// <summary>Orders codes alphabetically.</summary>
    public static bool operator >(StateCode left, StateCode right) => left.CompareTo(right) > 0;

    /// <summary>Orders codes alphabetically.</summary>
    public static bool operator >=(StateCode left, StateCode right) => left.CompareTo(right) >= 0;

    /// <inheritdoc />
    public int CompareTo(StateCode other) => string.CompareOrdinal(Value, other.Value);

    /// <summary>The code.</summary>
    public override string ToString() => Value ?? string.Empty;
}
