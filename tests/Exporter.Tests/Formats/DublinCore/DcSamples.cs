using System.Text;
using Exporter.Diagnostics;
using Exporter.Formats.DublinCore;

namespace Exporter.Tests.Formats.DublinCore;

/// <summary>Sample records and write/read helpers shared by the DC tests.</summary>
internal static class DcSamples
{
    public static readonly DateTimeOffset Now = new(2026, 11, 28, 6, 30, 15, TimeSpan.Zero);

    /// <summary>The crosswalks.md 2.4 sample, qualified.</summary>
    public static DublinCoreRecord Sample(string? identifier = "oai:catalog.example.org:CX7118") => new(
    [
        DcStatement.Term("title", "From Lenin to Stalin"),
        DcStatement.Term("creator", "Serge, Victor"),
        DcStatement.Term("publisher", "Monad Press"),
        DcStatement.Term("issued", "1973") with { Scheme = DcSchemes.W3cdtf },
        DcStatement.Term("extent", "160 pages"),
        DcStatement.Term("type", "Text") with { Scheme = DcSchemes.DcmiType },
        DcStatement.Term("language", "eng") with { Scheme = DcSchemes.Iso639Part2 },
        DcStatement.Term("identifier", "https://catalog.example.org/record/CX7118") with { Scheme = DcSchemes.Uri },
        DcStatement.Element("identifier", "CX7118"),
        DcStatement.Term("description", "A fascinating, first-hand account of the Stalinist takeover in Russia.") with { Language = "en" },
        DcStatement.Term("abstract", "An abstract."),
        DcStatement.Term("tableOfContents", "A note about the author"),
        DcStatement.Term("tableOfContents", "1. Chapter one"),
        DcStatement.Term("isPartOf", "Pathfinder series"),
        DcStatement.Term("created", "1937"),
    ])
    {
        Header = identifier is null ? null : new OaiHeader(identifier) { Datestamp = "2026-11-01" },
    };

    public static OaiDcWriterOptions OaiOptions(DcContainer container = DcContainer.Collection) =>
        new() { Container = container, Clock = new FixedClock(Now) };

    public static string WriteOaiDc(IEnumerable<DublinCoreRecord> records, OaiDcWriterOptions options, IDiagnostics? diagnostics = null) =>
        Write(records, ms => new OaiDcWriter(ms, options with { LeaveOpen = true }, diagnostics));

    public static string WriteQdc(IEnumerable<DublinCoreRecord> records, QualifiedDcWriterOptions options, IDiagnostics? diagnostics = null) =>
        Write(records, ms => new QualifiedDcWriter(ms, options with { LeaveOpen = true }, diagnostics));

    private static string Write(IEnumerable<DublinCoreRecord> records, Func<Stream, DcXmlWriterBase> create)
    {
        using var ms = new MemoryStream();
        using (var w = create(ms))
        {
            foreach (var r in records) w.Write(r);
            w.Complete();
        }

        return Encoding.UTF8.GetString(ms.ToArray());
    }

    public static List<DublinCoreRecord> Read(string xml, IDiagnostics? diagnostics = null, DublinCoreReaderOptions? options = null)
    {
        using var reader = new DublinCoreReader(new MemoryStream(Encoding.UTF8.GetBytes(xml)), options, diagnostics);
        return [.. reader.ReadAll()];
    }

    public sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
