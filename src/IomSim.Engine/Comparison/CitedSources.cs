namespace IomSim.Engine.Comparison;

/// <summary>
/// The sources a comparison cites, each numbered once, from 1, in the order first cited: what a table's <c>[n]</c>
/// and the list of sources at its foot share, whether the page is text (the CLI) or HTML (the report).
/// </summary>
public sealed class CitedSources
{
    private readonly List<string> _sources = [];

    /// <summary>The sources, in the order of their numbers.</summary>
    public IReadOnlyList<string> InOrder => _sources;

    /// <summary>The number of <paramref name="source"/>, giving it the next one if new.</summary>
    public int Of(string source)
    {
        var index = _sources.IndexOf(source);
        if (index < 0)
        {
            _sources.Add(source);
            index = _sources.Count - 1;
        }

        return index + 1;
    }
}
