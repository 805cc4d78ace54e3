using System.Text;

namespace IomSim.Cli.Output;

/// <summary>
/// A writer that passes text on with its control characters escaped (<see cref="TerminalText"/>). Every command's
/// standard output and standard error go through one, set up once in <see cref="CliApplication.Run"/>.
/// </summary>
internal sealed class TerminalWriter : TextWriter
{
    private readonly TextWriter _inner;
    private readonly bool _keepCarriageReturn;

    /// <summary>Wraps <paramref name="inner"/>; <paramref name="keepCarriageReturn"/> lets a progress line redraw itself.</summary>
    public TerminalWriter(TextWriter inner, bool keepCarriageReturn)
        : base(inner.FormatProvider)
    {
        _inner = inner;
        _keepCarriageReturn = keepCarriageReturn;
        NewLine = inner.NewLine;
    }

    /// <summary>Wraps <paramref name="writer"/> unless it is wrapped already.</summary>
    public static TextWriter Of(TextWriter writer, bool keepCarriageReturn) =>
        writer as TerminalWriter ?? new TerminalWriter(writer, keepCarriageReturn || writer.NewLine.Contains('\r', StringComparison.Ordinal));

    /// <inheritdoc />
    public override Encoding Encoding => _inner.Encoding;

    /// <inheritdoc />
    public override void Write(char value)
    {
        if (TerminalText.IsEscaped(value, _keepCarriageReturn))
        {
            _inner.Write(TerminalText.Escape(value.ToString(), _keepCarriageReturn));
        }
        else
        {
            _inner.Write(value);
        }
    }

    /// <inheritdoc />
    public override void Write(string? value)
    {
        if (value is not null)
        {
            _inner.Write(TerminalText.Escape(value, _keepCarriageReturn));
        }
    }

    /// <inheritdoc />
    public override void Write(char[] buffer, int index, int count) => Write(new string(buffer, index, count));

    /// <inheritdoc />
    public override void Write(ReadOnlySpan<char> buffer) => Write(new string(buffer));

    /// <inheritdoc />
    public override void WriteLine(string? value) => _inner.WriteLine(TerminalText.Escape(value ?? string.Empty, _keepCarriageReturn));

    /// <inheritdoc />
    public override void Flush() => _inner.Flush();

    /// <inheritdoc />
    public override Task FlushAsync() => _inner.FlushAsync();

    /// <inheritdoc />
    public override Task WriteAsync(string? value)
    {
        Write(value);
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public override Task WriteLineAsync(string? value)
    {
        WriteLine(value);
        return Task.CompletedTask;
    }
}
