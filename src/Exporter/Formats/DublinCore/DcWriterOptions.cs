namespace Exporter.Formats.DublinCore;

/// <summary>Options shared by the Dublin Core XML writers.</summary>
public abstract record DcWriterOptions
{
    /// <summary>The document shape; see <see cref="DcContainer"/>.</summary>
    public DcContainer Container { get; init; } = DcContainer.Collection;

    /// <summary>Leave the output stream open when the writer is disposed.</summary>
    public bool LeaveOpen { get; init; }

    /// <summary>Indent with two spaces (values are never re-flowed). Off gives the smallest output.</summary>
    public bool Indent { get; init; } = true;
}
