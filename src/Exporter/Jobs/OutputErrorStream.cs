namespace Exporter.Jobs;

/// <summary>
/// Passes writes to an output's stream and turns its I/O errors into ones that name the output the user gave (not a
/// temporary file): "cannot write out.xml: No space left on device", "cannot write standard output: Broken pipe".
/// </summary>
internal sealed class OutputErrorStream(Stream inner, string name, string? temporary) : Stream
{
    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

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

    public override void WriteByte(byte value) => Write([value]);

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

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

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
