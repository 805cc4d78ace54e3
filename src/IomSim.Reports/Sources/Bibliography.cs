namespace IomSim.Reports.Sources;

/// <summary>
/// The works the seed data cites, as full references. Built from the seed documents themselves
/// (<c>../shared/seeds/</c>: their title pages and footnotes) and the reference folder's list of sources; where a
/// copy does not give its author or address, the entry says so rather than guess.
/// </summary>
public static class Bibliography
{
    /// <summary>Every known reference, in the order the bibliography lists them (by author).</summary>
    public static IReadOnlyList<Reference> All { get; } =
    [
        new("Anonymous (n.d.)", "Anonymous", "The International Organization for Migration (an institutional profile with a list of resources)", "no date; its resources run to November 2022", null, "The copy held names neither its author nor its publisher; it states that António Vitorino was appointed Director General in June 2018.", ["002_914dfb978c23559a"]),
        new("Anonymous (blog, n.d.)", "Anonymous", "The IOM's New Status and its Role under the Global Compact for Safe, Orderly and Regular Migration: Pause for Thought", "after December 2018", null, "A blog post; the copy held names no author.", ["004_133aff203cee8b27"]),
        new("Camera dei deputati (2018)", "Camera dei deputati (Italian Chamber of Deputies), research service", "Note on the Global Compact for Safe, Orderly and Regular Migration and the UN General Assembly vote", "December 2018", "https://temi.camera.it", null, ["temi.camera.it"]),
        new("Geiger, Kokoeva and Zhang (2022)", "Geiger, Martin; Kokoeva, Nadezhda; Zhang, Yadi", "The International Organization for Migration (IOM): “Competent Structure” and “Inevitable Choice” for Russia and China to Affect Global Migration Governance?", "2022", null, "Journal article; cites IOM's Programme and Budget for 2021 and 2022 and the draft report of the Council's 111th session.", ["seed paper", "Geiger", "000_a988b91646a76484"]),
        new("IOM (2020)", "International Organization for Migration", "Programme and Budget for 2021 (C/111/6)", "12 October 2020", "https://governingbodies.iom.int/system/files/en/council/111/C-111-6%20-%20Programme%20and%20Budget%20for%202021.pdf", null, ["C/111/6"]),
        new("IOM (2021)", "International Organization for Migration", "Programme and Budget for 2022 (C/112/6)", "2021", null, "Cited through Geiger, Kokoeva and Zhang (2022).", ["C/112/6"]),
        new("IOM South Africa (2016)", "International Organization for Migration, South Africa office", "News release on the 1st Special Session of the IOM Council, 30 June 2016", "June 2016", null, null, ["IOM South Africa"]),
        new("TASS (2020)", "TASS Russian News Agency", "Report on Russia's admission to IOM at the 111th Council session, quoting Russia's Permanent Representative G. Gatilov", "24 November 2020", null, null, ["TASS 24 Nov 2020", "TASS, 24 Nov 2020"]),
        new("TASS (2021)", "TASS Russian News Agency", "Report on Russia becoming IOM's 174th member", "19 April 2021", null, null, ["19 Apr 2021"]),
        new("UN CEB (2024)", "United Nations System Chief Executives Board for Coordination", "Financial statistics: revenue by entity and by contributor, 2016–2024", "2024", "https://unsceb.org/financial-statistics", "Per-donor figures taken from the CEB tables as republished in github.com/un-fck/open.unfck.org.", ["UN CEB", "CEB"]),
        new("United Nations (2018)", "United Nations, Meetings Coverage and Press Releases", "General Assembly endorses first-ever Global Compact on Migration (press release GA/12113)", "19 December 2018", "https://press.un.org/en/2018/ga12113.doc.htm", null, ["GA/12113"]),
        new("Voeten, Strezhnev and Bailey (2009)", "Voeten, Erik; Strezhnev, Anton; Bailey, Michael", "United Nations General Assembly Voting Data, as packaged in the unvotes dataset (D. Robinson, MIT licence)", "2009, updated to 2020", "https://github.com/dgrtwo/unvotes", null, ["unvotes"]),
        new("Wikipedia (2024)", "Wikipedia contributors", "International Organization for Migration", "copy of 2024", "https://en.wikipedia.org/wiki/International_Organization_for_Migration", "Infobox figures as of the copy held.", ["Wikipedia", "003_82f44fb85d1a9241"]),
    ];

    /// <summary>The references <paramref name="source"/> cites, in bibliography order.</summary>
    public static IReadOnlyList<Reference> CitedBy(string source)
    {
        ArgumentNullException.ThrowIfNull(source);
        return [.. All.Where(r => r.Marks.Any(m => source.Contains(m, StringComparison.Ordinal)))];
    }
}
