namespace IomSim.Files;

/// <summary>
/// Control characters in text read from files: C0 (U+0000–U+001F) other than tab, line feed and carriage return; DEL
/// (U+007F); and C1 (U+0080–U+009F). They have no place in a scenario or a seed file, and printed they can drive the
/// terminal (ESC starts its escape sequences, BEL rings).
/// </summary>
public static class ControlCharacters
{
    /// <summary>Whether <paramref name="c"/> is a control character other than tab, line feed and carriage return.</summary>
    public static bool IsRefused(char c) => c is (< ' ' and not '\t' and not '\n' and not '\r') or (>= '\u007f' and <= '\u009f');

    /// <summary>The first refused control character in <paramref name="text"/> with its 1-based line and column, or null.</summary>
    public static (int Line, int Column, char Character)? Find(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var line = 1;
        var lineStart = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\n')
            {
                line++;
                lineStart = i + 1;
            }
            else if (IsRefused(c))
            {
                return (line, i - lineStart + 1, c);
            }
        }

        return null;
    }

    /// <summary>How a control character is named in messages: <c>U+001B</c>.</summary>
    public static string Name(char c) => $"U+{(int)c:X4}";
}
