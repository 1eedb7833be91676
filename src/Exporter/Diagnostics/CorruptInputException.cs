namespace Exporter.Diagnostics;

/// <summary>
/// The bytes of an input cannot be read on (a truncated or corrupt gzip file): not one bad record, but the end of
/// what can be read from that input. The converter stops there, with the records read before it counted.
/// </summary>
public sealed class CorruptInputException : ExporterException
{
    /// <summary>Creates the exception from its diagnostic.</summary>
    public CorruptInputException(Diagnostic diagnostic)
        : base(diagnostic)
    {
    }

    /// <summary>Creates the exception from its diagnostic and cause.</summary>
    public CorruptInputException(Diagnostic diagnostic, Exception inner)
        : base(diagnostic, inner)
    {
    }
}
