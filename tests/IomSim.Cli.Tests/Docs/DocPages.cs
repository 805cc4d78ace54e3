using System.Text;
using System.Text.RegularExpressions;
using IomSim.Testing;

namespace IomSim.Cli.Tests.Docs;

/// <summary>The README and the pages of docs/, and what the tests read from them: command lines, links, output blocks.</summary>
internal static partial class DocPages
{
    // Words the pages use for what the reader fills in; a command line holding one is a pattern, not an example.
    private static readonly string[] s_placeholders = ["N", "S", "P", "D", "DIR", "FILE", "PATH", "URL", "COMMAND", "ID", "NAME", "ARGS", "A,B", "VERSION"];

    // Parts of words that are placeholders too: scenarios/NAME.yaml, scenarios/X.yaml, redis://HOST:PORT,
    // PATH=FROM..TO:STEPS, a shell variable ($C).
    private static readonly string[] s_placeholderParts = ["NAME", "/X.", "HOST", "FROM..TO", "$"];

    /// <summary>README.md and every page of docs/, as paths relative to the repository.</summary>
    public static IEnumerable<string> All() =>
        new[] { "README.md" }.Concat(Directory.EnumerateFiles(RepositoryRoot.Combine("docs"), "*.md")
            .Select(p => Path.GetRelativePath(RepositoryRoot.Path, p).Replace('\\', '/')).Order(StringComparer.Ordinal));

    /// <summary>A page's text, line ends as \n.</summary>
    public static string Text(string page) => File.ReadAllText(RepositoryRoot.Combine(page)).ReplaceLineEndings("\n");

    /// <summary>
    /// Every example command line of <paramref name="page"/>, as arguments to the program: code spans and code-block
    /// lines that start with <c>iomsim </c> (or <c>$ iomsim</c>, or <c>dotnet run --project src/IomSim.Cli --</c>), without
    /// the patterns that hold placeholders or elisions.
    /// </summary>
    public static IEnumerable<string[]> Commands(string page)
    {
        var text = Text(page);
        var candidates = CodeSpan().Matches(text).Select(m => m.Groups[1].Value.Replace('\n', ' '))
            .Concat(text.Split('\n').Select(l => l.Trim()));
        foreach (var candidate in candidates)
        {
            var line = candidate.StartsWith("$ ", StringComparison.Ordinal) ? candidate[2..] : candidate;
            const string Run = "dotnet run --project src/IomSim.Cli -- ";
            line = line.StartsWith(Run, StringComparison.Ordinal) ? "iomsim " + line[Run.Length..] : line;
            if (!line.StartsWith("iomsim ", StringComparison.Ordinal))
            {
                continue;
            }

            var comment = line.IndexOf(" #", StringComparison.Ordinal);
            line = (comment >= 0 ? line[..comment] : line).Trim();

            // A shell's redirection, or a background sign, ends the program's arguments.
            var redirect = line.IndexOf(" > ", StringComparison.Ordinal);
            line = (redirect >= 0 ? line[..redirect] : line).TrimEnd('&').Trim();
            if (line.IndexOfAny(['<', '[', '|', '…', '`']) >= 0 || line.Contains("...", StringComparison.Ordinal) || line.Contains("&&", StringComparison.Ordinal))
            {
                continue;
            }

            var words = Words(line).Skip(1).ToArray();
            if (words.Length > 0 && !words.Any(w => s_placeholders.Contains(w) || s_placeholderParts.Any(p => w.Contains(p, StringComparison.Ordinal))))
            {
                yield return words;
            }
        }
    }

    /// <summary>Every relative link of <paramref name="page"/>: its target file (relative to the page) and anchor (or empty).</summary>
    public static IEnumerable<(string Target, string Anchor)> Links(string page)
    {
        var text = FencedBlock().Replace(Text(page), string.Empty);
        foreach (Match link in Link().Matches(text))
        {
            var target = link.Groups[1].Value;
            if (target.Contains("://", StringComparison.Ordinal) || target.StartsWith("mailto:", StringComparison.Ordinal))
            {
                continue;
            }

            var hash = target.IndexOf('#', StringComparison.Ordinal);
            yield return hash < 0 ? (target, string.Empty) : (target[..hash], target[(hash + 1)..]);
        }
    }

    /// <summary>The anchors GitHub makes for the headings of <paramref name="page"/>: lower case, punctuation dropped, spaces as hyphens.</summary>
    public static HashSet<string> Anchors(string page)
    {
        var text = FencedBlock().Replace(Text(page), string.Empty);
        return [.. text.Split('\n').Where(l => l.StartsWith('#')).Select(l => Slug(l.TrimStart('#').Trim()))];
    }

    /// <summary>The fenced block that follows <paramref name="marker"/> on <paramref name="page"/>, without its fences.</summary>
    public static string BlockAfter(string page, string marker)
    {
        var text = Text(page);
        var at = text.IndexOf(marker, StringComparison.Ordinal);
        Assert.True(at >= 0, $"{page} no longer holds '{marker}'");
        var start = text.IndexOf("```", at, StringComparison.Ordinal);
        start = text.IndexOf('\n', start) + 1;
        return text[start..text.IndexOf("```", start, StringComparison.Ordinal)];
    }

    private static string Slug(string heading)
    {
        var slug = new StringBuilder();
        foreach (var c in heading.ToLowerInvariant())
        {
            if (char.IsLetterOrDigit(c) || c is '-' or '_')
            {
                slug.Append(c);
            }
            else if (c == ' ')
            {
                slug.Append('-');
            }
        }

        return slug.ToString();
    }

    // Words as a shell splits them, for the simple quoting the pages use.
    private static IEnumerable<string> Words(string line)
    {
        var word = new StringBuilder();
        var inWord = false;
        char? quote = null;
        foreach (var c in line)
        {
            if (quote is { } q)
            {
                if (c == q)
                {
                    quote = null;
                }
                else
                {
                    word.Append(c);
                }
            }
            else if (c is '\'' or '"')
            {
                quote = c;
                inWord = true;
            }
            else if (c == ' ')
            {
                if (inWord)
                {
                    yield return word.ToString();
                    word.Clear();
                    inWord = false;
                }
            }
            else
            {
                word.Append(c);
                inWord = true;
            }
        }

        if (inWord)
        {
            yield return word.ToString();
        }
    }

    [GeneratedRegex(@"(?<!`)`([^`]+)`(?!`)")]
    private static partial Regex CodeSpan();

    [GeneratedRegex(@"\]\(([^)\s]+)\)")]
    private static partial Regex Link();

    [GeneratedRegex(@"^```.*?^```", RegexOptions.Multiline | RegexOptions.Singleline)]
    private static partial Regex FencedBlock();
}
