using System.CommandLine;
using System.CommandLine.Invocation;

namespace IomSim.Cli;

/// <summary>
/// "Did you mean …?" for a mistyped command, option or scenario id, by System.CommandLine's own typo correction
/// (<see cref="ParseErrorAction.ShowTypoCorrections"/>: the nearest names by edit distance, at most 3 edits away).
/// The library writes its suggestions as lines of text to the invocation's output, with help and colours; the
/// program says them on its one error line instead, so they are captured here and handed back as names.
/// </summary>
internal static class Typos
{
    /// <summary>
    /// The names the parser suggests for each unmatched word of <paramref name="parsed"/>, by word (a word with no near
    /// name is left out).
    /// </summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> Suggest(ParseResult parsed)
    {
        var byWord = new Dictionary<string, Correction>(StringComparer.Ordinal);
        if (parsed.Action is not ParseErrorAction action || parsed.UnmatchedTokens.Count == 0)
        {
            return new Dictionary<string, IReadOnlyList<string>>();
        }

        action.ShowHelp = false;
        action.ShowTypoCorrections = true;
        using var output = new StringWriter();
        using var errors = new StringWriter();
        parsed.Invoke(new InvocationConfiguration { Output = output, Error = errors });

        // The library writes, per word, "'WORD' was not matched. Did you mean one of the following?" and then one name
        // a line; names never start with a quote or hold a space.
        // Only a word of the same kind is suggested: an option for an option, a command for a command (the library
        // would offer '-h' for a stray 'x').
        Correction? current = null;
        foreach (var line in output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (line.StartsWith('\''))
            {
                var word = parsed.UnmatchedTokens.FirstOrDefault(t => line.StartsWith($"'{t}'", StringComparison.Ordinal));
                current = word is null || byWord.ContainsKey(word) ? null : new Correction(word);
                if (current is not null)
                {
                    byWord[current.Word] = current;
                }
            }
            else if (current is not null && !line.Contains(' ', StringComparison.Ordinal) && !current.Contains(line)
                && line.StartsWith('-') == current.Word.StartsWith('-'))
            {
                current.Add(line);
            }
        }

        return byWord.Values.Where(c => c.Count > 0).ToDictionary(c => c.Word, IReadOnlyList<string> (c) => c, StringComparer.Ordinal);
    }

    /// <summary>The names among <paramref name="known"/> nearest to <paramref name="word"/>, by the same rule as for commands.</summary>
    public static IReadOnlyList<string> Suggest(string word, IEnumerable<string> known)
    {
        // A throwaway command line whose commands are the known names: the parser's own correction then chooses among them.
        var names = new RootCommand();
        foreach (var name in known.Where(n => n.Length > 0 && !n.Any(char.IsWhiteSpace)))
        {
            names.Subcommands.Add(new Command(name));
        }

        return names.Subcommands.Count == 0 || word.StartsWith('-') ? []
            : Suggest(names.Parse([word])).GetValueOrDefault(word) ?? [];
    }

    /// <summary>" (did you mean `run`?)"-style ending for an error line, or empty.</summary>
    public static string Ending(IReadOnlyList<string> suggestions) =>
        suggestions.Count == 0 ? string.Empty : $"; did you mean {string.Join(" or ", suggestions.Select(s => $"`{s}`"))}?";

    // The names suggested for one word.
    private sealed class Correction(string word) : List<string>
    {
        public string Word { get; } = word;
    }
}
