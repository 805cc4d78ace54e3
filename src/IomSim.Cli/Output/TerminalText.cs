using System.Globalization;
using System.Text;

namespace IomSim.Cli.Output;

/// <summary>
/// Control characters in what the program prints, written out as <c>\u001B</c> so that they show instead of acting: a
/// title or key holding ESC or BEL must not drive the terminal (ESC starts escape sequences that can retitle the window,
/// clear the screen or rewrite what was printed). Line feeds and tabs are kept; carriage returns too where the writer
/// needs them (the progress line on standard error). The escapes are JSON's, so escaped JSON strings stay valid.
/// </summary>
internal static class TerminalText
{
    /// <summary>Whether <paramref name="c"/> is written escaped; a carriage return only when <paramref name="keepCarriageReturn"/> is false.</summary>
    public static bool IsEscaped(char c, bool keepCarriageReturn) =>
        c is (< ' ' and not '\n' and not '\t') or (>= '\u007f' and <= '\u009f') && !(c == '\r' && keepCarriageReturn);

    /// <summary><paramref name="text"/> with every control character but line feed and tab written as <c>\uXXXX</c>.</summary>
    public static string Escape(string text, bool keepCarriageReturn = false)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!text.Any(c => IsEscaped(c, keepCarriageReturn)))
        {
            return text;
        }

        var escaped = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            Append(escaped, c, keepCarriageReturn);
        }

        return escaped.ToString();
    }

    /// <summary>Appends <paramref name="c"/>, escaped if it is a control character.</summary>
    public static void Append(StringBuilder to, char c, bool keepCarriageReturn)
    {
        if (IsEscaped(c, keepCarriageReturn))
        {
            to.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
        }
        else
        {
            to.Append(c);
        }
    }
}
