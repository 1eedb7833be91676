using Exporter.Formats.Common;

namespace Exporter.Jobs;

/// <summary>
/// Passes writes to an output's stream and turns its I/O errors into ones that name the output the user gave (not a
/// temporary file): "cannot write out.xml: No space left on device", "cannot write standard output: Broken pipe".
/// </summary>
internal sealed class OutputErrorStream(Stream inner, string name, string? temporary) : WriteOnlyStream
{
    public override void Write(ReadOnlySpan<byte> buffer)
    {
        try
        {
            inner.Write(buffer);
        }
        catch (IOException ex)
        {
            throw Named(ex);
        }
    }

    public override void Flush()
    {
        try
        {
            inner.Flush();
        }
        catch (IOException ex)
        {
            throw Named(ex);
        }
    }

    /// <summary>The error as one naming the output.</summary>
    public IOException Named(IOException ex) => Named(ex, name, temporary);

    /// <summary>An error on <paramref name="temporary"/> (or the output itself) as one naming the output.</summary>
    public static IOException Named(IOException ex, string name, string? temporary)
    {
        if (ex is OutputException) return ex;
        var reason = ex.Message;
        if (temporary is not null) reason = reason.Replace(" : '" + temporary + "'", "", StringComparison.Ordinal).Replace(temporary, name, StringComparison.Ordinal);
        reason = reason.Replace(" : '" + name + "'", "", StringComparison.Ordinal);
        reason = reason.TrimEnd('.', ' ');
        return new OutputException(name, $"cannot write {Display(name)}: {reason}", ex);
    }

    /// <summary>"standard output" for "-", else the path.</summary>
    public static string Display(string name) => name == "-" ? "standard output" : name;
}
