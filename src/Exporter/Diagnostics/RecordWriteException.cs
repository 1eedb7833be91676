namespace Exporter.Diagnostics;

/// <summary>A record cannot be written in a format (e.g. over the ISO 2709 size limits). Nothing of it was written.</summary>
public sealed class RecordWriteException : ExporterException
{
    /// <summary>Creates the exception from its diagnostic.</summary>
    public RecordWriteException(Diagnostic diagnostic)
        : base(diagnostic)
    {
    }
}
