using Exporter.Formats.Marc.Model;

namespace Exporter.Formats.Marc;

/// <summary>A record framed but not parsed yet, so that its parse can run on a worker thread.</summary>
internal interface IPendingMarcRecord
{
    /// <summary>0-based index of the record in its input.</summary>
    long Index { get; }

    /// <summary>1-based line where the record starts.</summary>
    int Line { get; }

    /// <summary>Parses the record: a record or a rejection, never null.</summary>
    MarcReadResult Parse();
}
