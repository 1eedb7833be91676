using Exporter.Diagnostics;
using Exporter.Formats.CatalogText;
using Exporter.Formats.Marc.Iso2709;
using Exporter.Formats.Marc.Xml;
using Exporter.Formats.Rdf;
using Exporter.Formats.Rdf.Turtle;
using Exporter.Pipeline;

namespace Exporter.Fuzz;

/// <summary>
/// The readers under coverage-guided fuzzing, each read to its end. What a reader documents as its failure (a rejected
/// record with a diagnostic, <see cref="ExporterException"/> with a code, <see cref="RdfParseException"/> with a line) is
/// not a finding; anything else that escapes is, and AFL++ keeps the input as a crash.
/// </summary>
internal static class FuzzReaders
{
    private static readonly Dictionary<string, Action<Stream>> Readers = new(StringComparer.Ordinal)
    {
        ["iso2709"] = input => Catch(() =>
        {
            foreach (var r in new Iso2709Reader(input, new Iso2709ReaderOptions { MaxRecordBytes = 1 << 16 }).ReadAll()) Check(r.Diagnostics, r.IsRejected);
        }),
        ["marcxml"] = input => Catch(() =>
        {
            using var reader = new MarcXmlReader(input, new MarcXmlReaderOptions());
            foreach (var r in reader.ReadAll()) Check(r.Diagnostics, r.IsRejected);
        }),
        ["text"] = input => Catch(() =>
        {
            using var reader = new CatalogTextFormat().CreateReader(input, new ReadOptions { MaxRecordBytes = 1 << 16 });
            foreach (var r in reader.ReadResults()) Check(r.Diagnostics, r.IsRejected);
        }),
        ["turtle"] = input => Catch(() =>
        {
            using var text = new StreamReader(input);
            foreach (var _ in new TurtleReader(text).ReadTriples())
            {
            }
        }),
    };

    /// <summary>The target names.</summary>
    public static IEnumerable<string> Names => Readers.Keys;

    /// <summary>The reader called <paramref name="name"/>, or null.</summary>
    public static Action<Stream>? Get(string name) => Readers.GetValueOrDefault(name);

    private static void Catch(Action read)
    {
        try
        {
            read();
        }
        catch (RdfParseException ex) when (ex.Line > 0)
        {
            // documented: a syntax error with its line
        }
        catch (ExporterException ex) when (!string.IsNullOrEmpty(ex.Diagnostic.Code))
        {
            // documented: a stop with its diagnostic
        }
    }

    /// <summary>A diagnostic without a code or message, or a rejection without an error, is a finding.</summary>
    private static void Check(IEnumerable<Diagnostic> diagnostics, bool rejected)
    {
        var errors = 0;
        foreach (var d in diagnostics)
        {
            if (string.IsNullOrEmpty(d.Code) || string.IsNullOrEmpty(d.Message)) throw new InvalidOperationException("a diagnostic without code or message");
            if (d.Severity == Severity.Error) errors++;
        }

        if (rejected && errors == 0) throw new InvalidOperationException("a record rejected without an error");
    }
}
