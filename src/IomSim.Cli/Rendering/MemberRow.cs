using System.Collections.Immutable;

namespace IomSim.Cli.Rendering;

/// <summary>One member of a body on a day.</summary>
/// <param name="Code">ISO alpha-3.</param>
/// <param name="Name">UN short name.</param>
/// <param name="Since">When it joined the body: a day, a year, or a range of days where the record is uncertain.</param>
/// <param name="Blocs">The groups it belonged to that day.</param>
/// <param name="Alignment">Its estimated alignment, if the seeds hold a position for it.</param>
/// <param name="Rights">Its estimated rights position, if any.</param>
internal sealed record MemberRow(string Code, string Name, string Since, ImmutableSortedSet<string> Blocs, double? Alignment, double? Rights);
