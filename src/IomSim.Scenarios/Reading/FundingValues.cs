using System.Text.RegularExpressions;
using IomSim.Domain.Funding;
using IomSim.Scenarios.Yaml;

namespace IomSim.Scenarios.Reading;

/// <summary>The values of <c>funding:</c> that name who gives: donor ids, states that match, seeded groups.</summary>
internal static partial class FundingValues
{
    public const string DonorExpectation =
        "a donor id: a state code such as USA, or 2 to 40 upper-case letters, digits and hyphens such as EU or UN-POOLED-FUNDS";

    /// <summary>
    /// A donor id, checked for form only: the contributors are in the funding seeds, which the engine checks a scenario
    /// against when it plays the year.
    /// </summary>
    public static DonorId Donor(ReadContext context, YamlValue value, string field)
    {
        var text = Values.Text(context, value, field, DonorExpectation);
        return DonorId.TryParse(text, out var donor)
            ? donor
            : throw context.Error(value, $"{field} '{YamlScalar.Shorten(text)}' is not a donor id (expected {DonorExpectation})");
    }

    /// <summary>A donor that must be a state of seeds/states.csv, since only states have a share of the scale of assessment.</summary>
    public static DonorId MatchingState(ReadContext context, YamlValue value, string field)
    {
        var donor = Donor(context, value, field);
        return donor.State is { } state && context.World.States.ContainsKey(state)
            ? donor
            : throw context.Error(value, $"{field} {donor} is not a state listed in seeds/states.csv (expected a state code such as CHN: "
                + "match: assessed-share uses a member's share of the scale of assessment, which only states have)");
    }

    /// <summary>A group of seeds/groups.csv (<c>EU</c>, <c>OECD-DAC</c>).</summary>
    public static string Group(ReadContext context, YamlValue value, string field)
    {
        var known = string.Join(", ", context.World.Groups.Groups);
        var text = Values.Text(context, value, field, $"a group in seeds/groups.csv: {known}");
        if (!GroupSyntax().IsMatch(text))
        {
            throw context.Error(value, $"{field} '{YamlScalar.Shorten(text)}' is not a group id (expected letters, digits and hyphens, "
                + $"a group in seeds/groups.csv: {known})");
        }

        return context.World.Groups.Groups.Contains(text)
            ? text
            : throw context.Error(value, $"unknown group '{text}' (expected one of the groups in seeds/groups.csv: {known})");
    }

    [GeneratedRegex(@"^[A-Za-z0-9][A-Za-z0-9-]{0,99}\z", RegexOptions.CultureInvariant)]
    private static partial Regex GroupSyntax();
}
