namespace IomSim.Web.Api;

/// <summary>
/// One change to a scenario before it runs; <see cref="Kind"/> says which fields apply:
/// <c>relation</c> (state or group, to, weight), <c>position</c> (state, alignment and/or rights), <c>behaviour</c> (state,
/// consensusBreak, attendance and/or abstentionBand), <c>request-vote</c> and <c>withdraw-request</c> (item, state),
/// <c>donor-scale</c> (donor, factor, optional fromYear and toYear), <c>setting</c> (path, value: a sweep path such as
/// <c>parameters.noise</c> or <c>behaviour.*.attendance</c>).
/// </summary>
[GenerateSerializer]
[Immutable]
[Alias("IomSim.Web.Api.ChangeRequest")]
public sealed record ChangeRequest(
    [property: Id(0)] string? Kind,
    [property: Id(1)] string? State = null,
    [property: Id(2)] string? To = null,
    [property: Id(3)] double? Weight = null,
    [property: Id(4)] double? Alignment = null,
    [property: Id(5)] double? Rights = null,
    [property: Id(6)] double? ConsensusBreak = null,
    [property: Id(7)] double? Attendance = null,
    [property: Id(8)] double? AbstentionBand = null,
    [property: Id(9)] string? Item = null,
    [property: Id(10)] string? Donor = null,
    [property: Id(11)] double? Factor = null,
    [property: Id(12)] int? FromYear = null,
    [property: Id(13)] int? ToYear = null,
    [property: Id(14)] string? Group = null,
    [property: Id(15)] string? Path = null,
    [property: Id(16)] double? Value = null);
