using System.Buffers;
using System.Text;
using Exporter.Diagnostics;
using Exporter.Formats.Marc.Model;
using Exporter.Model;
using Exporter.Pipeline;
using Exporter.Tests.Support;

namespace Exporter.Tests.Formats.Rdf.Bibframe;

/// <summary>
/// The id a hub record without 001 gets its BIBFRAME IRIs from (<c>BibframeVocabulary.ContentId</c>, minted before
/// encoding to tell repeated records apart) is a hash of the MARC record composed from it: the one composition the
/// record's graph is built on, so the id registered is the id written, and encoding after minting writes and reports
/// what encoding alone does.
/// </summary>
public class BibframeContentIdTests
{
    private static readonly CatalogRecord NoId = new()
    {
        Title = "The Title",
        Contributors = [Contributor.Person("Serge, Victor")],
        Identifiers = [new Identifier(IdentifierType.Isbn, "0394549261")], // wrong check digit: the composition warns
        YearPublished = 1973,
    };

    private static ReadResult Read() => ReadResult.Read(new RecordSource(0, 0, ReadOnlyMemory<byte>.Empty), NoId, []);

    private static IRecordEncoder Encoder(TimeProvider clock) => FormatRegistry.CreateDefault().Get("bibframe").CreateEncoder(new WriteOptions { Clock = clock });

    private static (string Text, IReadOnlyList<Diagnostic> Diagnostics) Encode(IRecordEncoder encoder, ReadResult record)
    {
        var output = new ArrayBufferWriter<byte>();
        var diagnostics = new DiagnosticBag();
        encoder.Encode(record, 0, output, diagnostics);
        return (Encoding.UTF8.GetString(output.WrittenSpan), diagnostics.Items);
    }

    [Fact]
    public void The_id_is_the_one_the_written_iris_carry_even_when_the_clock_moves()
    {
        // the 005 of a record without last-modified date is the clock's: a second composition would hash to another id
        var encoder = Encoder(new TickingClock());
        var record = Read();
        var id = ((IContentIdMinter)encoder).ContentId(record);

        Assert.Matches("^h[0-9a-f]{16}$", id);
        Assert.Contains("/bibframe/" + id + "#Work\"", Encode(encoder, record).Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Minting_first_changes_neither_the_bytes_nor_the_diagnostics()
    {
        var clock = new FixedClock(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));
        var alone = Encode(Encoder(clock), Read());
        var encoder = Encoder(clock);
        var record = Read();
        var id = ((IContentIdMinter)encoder).ContentId(record);
        var minted = Encode(encoder, record);

        Assert.Equal(alone.Text, minted.Text);
        Assert.Equal(alone.Diagnostics, minted.Diagnostics);
        Assert.Single(minted.Diagnostics, d => d.Code == MarcDiagnosticCodes.IsbnInvalid);
        Assert.Contains("/bibframe/" + id + "#Work\"", minted.Text, StringComparison.Ordinal);
    }
}
