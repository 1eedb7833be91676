using System.Buffers;
using Exporter.Diagnostics;
using Exporter.Formats.Marc;
using Exporter.Formats.Marc.Crosswalk;
using Exporter.Formats.Marc.Model;
using Exporter.Model;
using Exporter.Pipeline;

namespace Exporter.Tests.Formats.Marc;

/// <summary>
/// The MARC record made from a hub record is composed once per record for every MARC target of a run
/// (<see cref="MarcComposition"/>): the targets write what each would have composed alone, and each reports the
/// crosswalk's diagnostics as if it had composed it.
/// </summary>
public class MarcCompositionTests
{
    private static readonly FixedClock Clock = new(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));

    private static readonly CatalogRecord Hub = new()
    {
        Title = "The Title",
        Contributors = [Contributor.Person("Serge, Victor")],
        Identifiers = [new Identifier(IdentifierType.Local, "CX1"), new Identifier(IdentifierType.Isbn, "0394549261")], // wrong check digit
        YearPublished = 1973,
    };

    private static ReadResult Read() => ReadResult.Read(new RecordSource(0, 0, ReadOnlyMemory<byte>.Empty), Hub, []);

    [Fact]
    public void Equal_options_share_one_record_and_every_asker_gets_the_diagnostics()
    {
        var result = Read();
        var first = new DiagnosticBag();
        var second = new DiagnosticBag();
        var a = new MarcComposition(new MarcWriteOptions(), Clock).Of(result, first);
        var b = new MarcComposition(new MarcWriteOptions(), Clock).Of(result, second);

        Assert.Same(a, b);
        Assert.Equal(new MarcCrosswalk(clock: Clock).FromCatalog(Hub, NullDiagnostics.Instance), a);
        Assert.Contains(first.Items, d => d.Code == MarcDiagnosticCodes.IsbnInvalid);
        Assert.Equal(first.Items, second.Items);
    }

    [Fact]
    public void Other_options_compose_their_own_record()
    {
        var result = Read();
        var minimal = new MarcComposition(new MarcWriteOptions(), Clock).Of(result, NullDiagnostics.Instance);
        var isbd = new MarcComposition(new MarcWriteOptions { Punctuation = MarcPunctuation.Isbd }, Clock).Of(result, NullDiagnostics.Instance);
        var later = new MarcComposition(new MarcWriteOptions(), new FixedClock(new DateTimeOffset(2027, 1, 1, 0, 0, 0, TimeSpan.Zero))).Of(result, NullDiagnostics.Instance);

        Assert.NotEqual(minimal, isbd);
        Assert.Equal('c', minimal.Leader.DescriptiveCatalogingForm);
        Assert.NotEqual('c', isbd.Leader.DescriptiveCatalogingForm);
        Assert.NotSame(minimal, later);
        Assert.NotEqual(minimal.ControlValue("008"), later.ControlValue("008"));
    }

    [Fact]
    public void Each_target_writes_and_reports_what_it_would_alone()
    {
        var options = new WriteOptions { Clock = Clock };
        var registry = FormatRegistry.CreateDefault();
        var shared = Read();
        foreach (var name in new[] { "marc21", "marcxml", "mrk", "bibframe" })
        {
            var (aloneBytes, aloneDiagnostics) = Encode(registry.Get(name).CreateEncoder(options), Read());
            var (sharedBytes, sharedDiagnostics) = Encode(registry.Get(name).CreateEncoder(options), shared);
            Assert.Equal(aloneBytes, sharedBytes);
            Assert.Equal(aloneDiagnostics, sharedDiagnostics);
            Assert.Contains(sharedDiagnostics, d => d.Code == MarcDiagnosticCodes.IsbnInvalid);
        }
    }

    [Fact]
    public void A_peeked_record_is_the_one_every_asker_gets_with_the_diagnostics_it_would_have_made()
    {
        var alone = new DiagnosticBag();
        var composedAlone = new MarcComposition(new MarcWriteOptions(), Clock).Of(Read(), alone);

        var result = Read();
        var peeked = new MarcComposition(new MarcWriteOptions(), Clock).Peek(result);
        var first = new DiagnosticBag();
        var second = new DiagnosticBag();
        var a = new MarcComposition(new MarcWriteOptions(), Clock).Of(result, first);
        var b = new MarcComposition(new MarcWriteOptions(), Clock).Of(result, second);

        Assert.Same(peeked, a);
        Assert.Same(peeked, b);
        Assert.Equal(composedAlone, peeked);
        Assert.Single(first.Items, d => d.Code == MarcDiagnosticCodes.IsbnInvalid);
        Assert.Equal(alone.Items, first.Items);
        Assert.Equal(alone.Items, second.Items);
    }

    [Fact]
    public void Peeking_keeps_the_hub_records_diagnostics_for_the_first_asker_before_the_compositions()
    {
        static ReadResult Native() => ReadResult.ReadNative(new RecordSource(0, 0, ReadOnlyMemory<byte>.Empty), "as read", (_, diagnostics) =>
        {
            diagnostics.Report(new Diagnostic("T0003", Severity.Warning, "made the hub record"));
            return Hub;
        }, [], null);
        var alone = new DiagnosticBag();
        new MarcComposition(new MarcWriteOptions(), Clock).Of(Native(), alone);

        var result = Native();
        new MarcComposition(new MarcWriteOptions(), Clock).Peek(result);
        var first = new DiagnosticBag();
        var second = new DiagnosticBag();
        new MarcComposition(new MarcWriteOptions(), Clock).Of(result, first);
        new MarcComposition(new MarcWriteOptions(), Clock).Of(result, second);

        Assert.Equal(["T0003", MarcDiagnosticCodes.IsbnInvalid], alone.Items.Select(d => d.Code).Distinct());
        Assert.Equal(alone.Items, first.Items);
        Assert.Equal(alone.Items.Where(d => d.Code != "T0003"), second.Items);   // the hub record's, once, to its first asker
    }

    private static (byte[] Bytes, IReadOnlyList<Diagnostic> Diagnostics) Encode(IRecordEncoder encoder, ReadResult record)
    {
        var output = new ArrayBufferWriter<byte>();
        var diagnostics = new DiagnosticBag();
        encoder.Encode(record, 0, output, diagnostics);
        return (output.WrittenSpan.ToArray(), diagnostics.Items);
    }
}
