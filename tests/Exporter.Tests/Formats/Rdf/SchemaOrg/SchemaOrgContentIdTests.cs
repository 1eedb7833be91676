using System.Buffers;
using System.Text;
using Exporter.Diagnostics;
using Exporter.Model;
using Exporter.Pipeline;

namespace Exporter.Tests.Formats.Rdf.SchemaOrg;

/// <summary>
/// The id a record without catalog number gets its schema.org IRIs from (<c>SchemaOrgLinkedDataVocabulary.ContentId</c>,
/// minted before encoding) comes from the hub record its graph is built from: for a record read into its own format's
/// model, the hub record is built once, and its crosswalk's diagnostics are reported by the encoder as without minting.
/// </summary>
public class SchemaOrgContentIdTests
{
    private static readonly CatalogRecord NoId = new() { Title = "The Title", Contributors = [Contributor.Person("Serge, Victor")], YearPublished = 1973 };

    private static (ReadResult Record, Func<int> Built) Read()
    {
        var built = 0;
        var record = ReadResult.ReadNative(new RecordSource(0, 0, ReadOnlyMemory<byte>.Empty), "as read", (_, diagnostics) =>
        {
            built++;
            diagnostics.Report(new Diagnostic("T0003", Severity.Warning, "made the hub record"));
            return NoId;
        }, [], null);
        return (record, () => built);
    }

    private static (string Text, IReadOnlyList<Diagnostic> Diagnostics) Encode(IRecordEncoder encoder, ReadResult record)
    {
        var output = new ArrayBufferWriter<byte>();
        var diagnostics = new DiagnosticBag();
        encoder.Encode(record, 0, output, diagnostics);
        return (Encoding.UTF8.GetString(output.WrittenSpan), diagnostics.Items);
    }

    [Theory]
    [InlineData("jsonld")]
    [InlineData("ntriples")]
    public void Minting_builds_the_hub_record_once_and_changes_neither_the_bytes_nor_the_diagnostics(string format)
    {
        var registry = FormatRegistry.CreateDefault();
        var alone = Encode(registry.Get(format).CreateEncoder(new WriteOptions()), Read().Record);
        var encoder = registry.Get(format).CreateEncoder(new WriteOptions());
        var (record, built) = Read();
        var id = ((IContentIdMinter)encoder).ContentId(record);
        var minted = Encode(encoder, record);

        Assert.Equal(1, built());
        Assert.Matches("^h[0-9a-f]{16}$", id);
        Assert.Contains("/record/" + id + "#edition", minted.Text, StringComparison.Ordinal);
        Assert.Equal(alone.Text, minted.Text);
        Assert.Equal(alone.Diagnostics, minted.Diagnostics);
        Assert.Single(minted.Diagnostics, d => d.Code == "T0003");
    }
}
