namespace IomSim.Engine.Calibration;

/// <summary>How well one documented item is reproduced, and its share of the objective.</summary>
/// <param name="Item">The agenda item's id.</param>
/// <param name="TallyError">Mean absolute difference of yes, no and abstain, in votes, averaged over the documented sources; null when none gives a tally.</param>
/// <param name="NamedVotesRight">Share of the named states whose most frequent simulated vote is the recorded one; null when the record names none.</param>
/// <param name="OutcomeMatch">Share of runs with the recorded outcome, by the recorded route (vote or consensus).</param>
/// <param name="Members">Members of the body on the day, which normalises the tally error.</param>
/// <param name="Event">The documented event the item is compared with (its id in seeds/documented-outcomes.yaml).</param>
/// <param name="Date">The event's date.</param>
/// <param name="Objective">Tally error / members + (1 − named votes right) + (1 − outcome match), each term left out when the record lacks it.</param>
public sealed record ItemScore(string Item, string Event, DateOnly Date, double? TallyError, double? NamedVotesRight, double OutcomeMatch, int Members, double Objective);
