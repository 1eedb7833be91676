namespace Exporter.Diagnostics;

/// <summary>A record could not be read: its bytes or text do not follow the format.</summary>
public sealed class RecordFormatException : ExporterException
{
    /// <summary>Creates the exception from its diagnostic.</summary>
    public RecordFormatException(Diagnostic diagnostic)
        : base(diagnostic)
    {
    }

    /// <summary>Creates the exception from its diagnostic and cause.</summary>
    public RecordFormatException(Diagnostic diagnostic, Exception inner)
        : base(diagnostic, inner)
    {
    }
}
