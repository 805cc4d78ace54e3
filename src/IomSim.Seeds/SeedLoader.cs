using System.Collections.Immutable;
using IomSim.Domain.Funding;
using IomSim.Domain.World;
using IomSim.Files;
using IomSim.Seeds.Csv;
using IomSim.Seeds.Files;

namespace IomSim.Seeds;

/// <summary>Loads the seeds folder into a <see cref="World"/>.</summary>
public static class SeedLoader
{
    /// <summary>
    /// Reads every seed file in <paramref name="seedsDirectory"/>, the funding files included (<see cref="World.Funding"/>).
    /// <c>positions.csv</c> is optional: without it the world has no positions and <see cref="World.HasPositions"/> is false;
    /// so are <c>vote-habits.csv</c>, <c>vote-choice.csv</c> and <c>roll-call-items.csv</c> (without them, every state has the average habit and no motion can be placed from roll calls).
    /// </summary>
    /// <exception cref="SeedDataException">A file is missing or holds bad data; the error names file, line and field.</exception>
    public static World Load(string seedsDirectory)
    {
        ArgumentException.ThrowIfNullOrEmpty(seedsDirectory);
        var states = StatesReader.Read(Table(seedsDirectory, SeedFiles.States, StatesReader.Columns));
        var codes = states.Keys.ToImmutableHashSet();
        var membership = MembershipReader.Read(Table(seedsDirectory, SeedFiles.Membership, MembershipReader.Columns), codes);
        var nonMembers = NonMembersReader.Read(Table(seedsDirectory, SeedFiles.NonMembers2016, NonMembersReader.Columns), codes);
        var groups = GroupsReader.Read(Table(seedsDirectory, SeedFiles.Groups, GroupsReader.Columns), codes);
        var relations = RelationsReader.Read(Table(seedsDirectory, SeedFiles.Relations, RelationsReader.Columns), codes);
        var behaviour = BehaviourReader.Read(Table(seedsDirectory, SeedFiles.Behaviour, BehaviourReader.Columns), codes, groups.Groups);

        using var yaml = Open(seedsDirectory, SeedFiles.DocumentedOutcomes);
        var (outcomes, milestones) = OutcomesReader.Read(yaml, SeedFiles.Display(SeedFiles.DocumentedOutcomes), states);

        var funding = LoadFunding(seedsDirectory, codes);

        var positionsPath = Path.Combine(seedsDirectory, SeedFiles.Positions);
        var hasPositions = File.Exists(positionsPath);
        var positions = hasPositions
            ? PositionsReader.Read(Table(seedsDirectory, SeedFiles.Positions, PositionsReader.Columns), codes)
            : ImmutableSortedDictionary<StateCode, StatePosition>.Empty;
        var idealPoints = hasPositions
            ? IdealPointsReader.Read(Table(seedsDirectory, SeedFiles.Positions, PositionsReader.Columns), codes)
            : ImmutableSortedDictionary<StateCode, IomSim.Domain.Decisions.StateIdealPoints>.Empty;
        var (habits, meanHabits) = File.Exists(Path.Combine(seedsDirectory, SeedFiles.VoteHabits))
            ? VoteHabitsReader.Read(Table(seedsDirectory, SeedFiles.VoteHabits, VoteHabitsReader.Columns), codes)
            : (ImmutableSortedDictionary<StateCode, IomSim.Domain.Decisions.StateVoteHabits>.Empty, null);
        var choices = File.Exists(Path.Combine(seedsDirectory, SeedFiles.VoteChoice))
            ? VoteChoiceReader.Read(Table(seedsDirectory, SeedFiles.VoteChoice, VoteChoiceReader.Columns))
            : IomSim.Domain.Decisions.VoteChoiceParameters.HabitOnly;
        var rollCalls = File.Exists(Path.Combine(seedsDirectory, SeedFiles.RollCallItems))
            ? new RollCallCatalog(RollCallItemsReader.Read(Table(seedsDirectory, SeedFiles.RollCallItems, RollCallItemsReader.Columns)))
            : RollCallCatalog.Empty;

        return new World
        {
            States = states,
            Membership = membership,
            NonMembers2016 = nonMembers,
            Groups = groups,
            Relations = relations,
            Behaviour = behaviour,
            Outcomes = outcomes,
            Milestones = milestones,
            Positions = positions,
            HasPositions = hasPositions,
            Funding = funding,
            IdealPoints = idealPoints,
            VoteHabits = habits,
            MeanVoteHabits = meanHabits,
            VoteChoice = choices,
            RollCalls = rollCalls,
        };
    }

    /// <summary>
    /// The funding files: budget years, contributions (which also name the donors), the donors' priorities, the appeal
    /// plan (checked against the budget years) and the documented figures.
    /// </summary>
    private static FundingWorld LoadFunding(string directory, ImmutableHashSet<StateCode> codes)
    {
        var years = FundingYearsReader.Read(Table(directory, SeedFiles.FundingYears, FundingYearsReader.Columns));
        var (contributions, contributors) = ContributionsReader.Read(Table(directory, SeedFiles.Contributions, ContributionsReader.Columns), codes);
        var donors = DonorPrioritiesReader.Read(Table(directory, SeedFiles.DonorPriorities, DonorPrioritiesReader.Columns), codes, contributors);
        var plan = AppealPlanReader.Read(Table(directory, SeedFiles.AppealPlan, AppealPlanReader.Columns), codes, years.Keys);
        using var yaml = Open(directory, SeedFiles.DocumentedFunding);
        var documented = DocumentedFundingReader.Read(yaml, SeedFiles.Display(SeedFiles.DocumentedFunding), codes);
        return new FundingWorld(years, contributions, donors, plan, documented);
    }

    private static SeedTable Table(string directory, string fileName, IReadOnlyList<string> columns)
    {
        using var reader = Open(directory, fileName);
        return SeedTable.Read(reader, SeedFiles.Display(fileName), columns);
    }

    /// <summary>
    /// The file's text, read whole: a regular file within <see cref="SeedFiles.MaxFileBytes"/> (a FIFO or a device is
    /// refused before anything is read), without control characters (a NUL or an ESC in a name would be stored and printed).
    /// </summary>
    private static StringReader Open(string directory, string fileName)
    {
        var path = Path.Combine(directory, fileName);
        var shown = SeedFiles.Display(fileName);
        byte[] bytes;
        try
        {
            bytes = RegularFile.ReadAllBytes(path, SeedFiles.MaxFileBytes);
        }
        catch (InputFileException e)
        {
            throw new SeedDataException(shown, 0, "(file)", e.Kind switch
            {
                InputFileProblem.Missing => $"the file is missing (expected it at {path})",
                InputFileProblem.TooLarge => $"{e.Problem} (expected a seed file of at most {SeedFiles.MaxFileBytes / (1024 * 1024)} MB)",
                _ => $"{e.Problem} (expected a seed file)",
            });
        }

        var text = System.Text.Encoding.UTF8.GetString(bytes).TrimStart('\uFEFF');
        if (ControlCharacters.Find(text) is var (line, column, character))
        {
            throw new SeedDataException(shown, line, "(text)", $"a control character ({ControlCharacters.Name(character)}) at column {column} "
                + "(expected text without control characters; only tabs and line ends are allowed)");
        }

        return new StringReader(text);
    }
}
