namespace Exporter.Diagnostics;

/// <summary>Base of every exception the library throws on purpose; carries the diagnostic that explains it.</summary>
public class ExporterException : Exception
{
    /// <summary>Creates the exception from its diagnostic.</summary>
    public ExporterException(Diagnostic diagnostic)
        : base(diagnostic.ToString()) => Diagnostic = diagnostic;

    /// <summary>Creates the exception from its diagnostic and cause.</summary>
    public ExporterException(Diagnostic diagnostic, Exception inner)
        : base(diagnostic.ToString(), inner) => Diagnostic = diagnostic;

    /// <summary>What went wrong, where.</summary>
    public Diagnostic Diagnostic { get; }
}
