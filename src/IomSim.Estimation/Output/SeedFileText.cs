using System.Text;

namespace IomSim.Estimation.Output;

/// <summary>
/// What the tools that write seed files share: CSV fields quoted only when they must be, and a whole-or-nothing write
/// (a temporary file in the same folder, then a rename) in UTF-8 without a byte order mark.
/// </summary>
internal static class SeedFileText
{
    private static readonly UTF8Encoding s_utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>
    /// A CSV field: quoted, with inner quotes doubled, only when it holds a comma, a quote or a line break. Control
    /// characters (the backspaces that the UN's PDF text has at page breaks) become spaces: the seed loader refuses them.
    /// </summary>
    public static string Field(string text)
    {
        text = string.Concat(text.Select(c => c is (< ' ' and not '\r' and not '\n') or (>= '\u007f' and <= '\u009f') ? ' ' : c));
        return text.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? $"\"{text.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : text;
    }

    /// <summary>Writes <paramref name="text"/> to <paramref name="path"/>, so an interrupted run leaves the previous file whole.</summary>
    public static void Write(string path, string text)
    {
        var full = Path.GetFullPath(path);
        var folder = Path.GetDirectoryName(full) ?? ".";
        Directory.CreateDirectory(folder);
        var temporary = Path.Combine(folder, $".{Path.GetFileName(full)}.tmp");
        File.WriteAllText(temporary, text, s_utf8);
        File.Move(temporary, full, overwrite: true);
    }
}
