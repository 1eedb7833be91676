using Exporter.Diagnostics;

namespace Exporter.Formats.Rdf;

/// <summary>
/// A Turtle or N-Triples document does not follow its grammar. The <see cref="ExporterException.Diagnostic"/>
/// carries a stable code (<c>RDF0xxx</c>), the 1-based line and column, and a message.
/// </summary>
public sealed class RdfParseException : ExporterException
{
    /// <summary>Creates the exception from its diagnostic.</summary>
    public RdfParseException(Diagnostic diagnostic)
        : base(diagnostic)
    {
    }

    /// <summary>1-based line of the problem.</summary>
    public int Line => Diagnostic.Line ?? 0;

    /// <summary>1-based column (UTF-16 code units) of the problem.</summary>
    public int Column => Diagnostic.Column ?? 0;
}
