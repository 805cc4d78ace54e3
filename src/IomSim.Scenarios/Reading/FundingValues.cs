using System.Text.RegularExpressions;
using IomSim.Domain.Funding;
using IomSim.Scenarios.Yaml;

namespace IomSim.Scenarios.Reading;

/// <summary>The values of <c>funding:</c> that name who gives: donor ids, states that match, seeded groups.</summary>
internal static partial class FundingValues
{
    public const string DonorExpectation =
        "a donor id: a state code such as USA, or 2 to 40 upper-case letters, digits and hyphens such as EU or UN-POOLED-FUNDS";

    /// <summary>A donor id of a contributor in the funding seeds (<c>seeds/contributions.csv</c>), so that the error points at the value.</summary>
    public static DonorId Donor(ReadContext context, YamlValue value, string field) => Contributor(context, value, field, Form(context, value, field));

    private static DonorId Form(ReadContext context, YamlValue value, string field)
    {
        var text = Values.Text(context, value, field, DonorExpectation);
        return DonorId.TryParse(text, out var donor)
            ? donor
            : throw context.Error(value, $"{field} {context.Quote(text)} is not a donor id (expected {DonorExpectation})");
    }

    private static DonorId Contributor(ReadContext context, YamlValue value, string field, DonorId donor)
    {
        var donors = context.World.Funding.Donors;
        return donors.ContainsKey(donor)
            ? donor
            : throw context.Error(value, $"{field} {donor} is not a contributor in seeds/contributions.csv (expected a donor that gave IOM money in the "
                + $"recorded years, such as USA or EU){ClosestName.Hint(donor.ToString(), donors.Keys.Select(d => d.ToString()))}");
    }

    /// <summary>A donor that must be a state of seeds/states.csv, since only states have a share of the scale of assessment.</summary>
    public static DonorId MatchingState(ReadContext context, YamlValue value, string field)
    {
        var donor = Form(context, value, field);
        return donor.State is { } state && context.World.States.ContainsKey(state)
            ? Contributor(context, value, field, donor)
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
