namespace IomSim.Web.Api;

/// <summary>
/// One change to a scenario before it runs; <see cref="Kind"/> says which fields apply:
/// <c>relation</c> (state, to, weight), <c>position</c> (state, alignment and/or rights), <c>behaviour</c> (state,
/// consensusBreak, attendance and/or abstentionBand), <c>request-vote</c> and <c>withdraw-request</c> (item, state),
/// <c>donor-scale</c> (donor, factor, optional fromYear and toYear).
/// </summary>
internal sealed record ChangeRequest(
    string? Kind,
    string? State = null,
    string? To = null,
    double? Weight = null,
    double? Alignment = null,
    double? Rights = null,
    double? ConsensusBreak = null,
    double? Attendance = null,
    double? AbstentionBand = null,
    string? Item = null,
    string? Donor = null,
    double? Factor = null,
    int? FromYear = null,
    int? ToYear = null);
