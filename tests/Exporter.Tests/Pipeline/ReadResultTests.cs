using System.Buffers;
using System.Runtime.CompilerServices;
using System.Text;
using Exporter.Diagnostics;
using Exporter.Formats.DublinCore;
using Exporter.Formats.Marc;
using Exporter.Formats.Marc.Crosswalk;
using Exporter.Formats.Marc.Model;
using Exporter.Model;
using Exporter.Pipeline;
using Exporter.Tests.Support;

namespace Exporter.Tests.Pipeline;

/// <summary>The typed path to the record as read: <see cref="ReadResult.TryGetSource{TRecord}"/> and <see cref="RecordSource.TryGetFramed{T}"/>.</summary>
public class ReadResultTests
{
    private static readonly MarcRecord Marc = new(new Leader("00000cam a2200000 i 4500"), [new ControlField("001", "n1"), new DataField("245", '1', '0', new Subfield('a', "Title"))]);

    private static RecordSource Source(long index = 0) => new(index, 0, ReadOnlyMemory<byte>.Empty);

    [Fact]
    public void The_source_record_comes_back_typed_and_only_as_its_own_type()
    {
        var result = ReadResult.ReadNative(Source(), Marc, new MarcCrosswalk(), [], "n1");
        Assert.True(result.TryGetSource<MarcRecord>(out var marc));
        Assert.Same(Marc, marc);
        Assert.False(result.TryGetSource<DublinCoreRecord>(out var dc));
        Assert.Null(dc);
        Assert.False(result.TryGetSource<CatalogRecord>(out _));
        Assert.True(result.HasSourceRecord);
        Assert.Equal(typeof(MarcRecord), result.SourceRecordType);
        Assert.Equal("Title", result.GetCatalog(NullDiagnostics.Instance).Title);
    }

    [Fact]
    public void Hub_records_and_rejections_have_no_source_record()
    {
        var hub = ReadResult.Read(Source(), new CatalogRecord { Title = "T" }, []);
        var rejected = ReadResult.Rejected(Source(), []);
        foreach (var result in new[] { hub, rejected })
        {
            Assert.False(result.TryGetSource<MarcRecord>(out _));
            Assert.False(result.HasSourceRecord);
            Assert.Null(result.SourceRecordType);
        }

        Assert.Throws<InvalidOperationException>(() => hub.MarkRawCanonical());
    }

    [Fact]
    public void A_canonical_record_is_built_once_on_first_typed_request_and_shared()
    {
        var built = 0;
        var result = ReadResult.ReadCanonical(Source(), () =>
        {
            built++;
            return Marc with { };
        }, new MarcCrosswalk(), "n1");
        Assert.True(result.RawIsCanonical);
        Assert.False(result.TryGetSource<DublinCoreRecord>(out _));
        Assert.Equal(0, built); // asking for another type does not parse it
        Assert.True(result.TryGetSource<MarcRecord>(out var first));
        Assert.True(result.TryGetSource<MarcRecord>(out var second));
        Assert.Equal("Title", result.GetCatalog(NullDiagnostics.Instance).Title);
        Assert.Same(first, second);
        Assert.Equal(1, built);
    }

    [Fact]
    public void Framed_content_is_typed_and_survives_with()
    {
        var source = Source(3).WithFramed(Marc) with { Line = 7 };
        Assert.True(source.TryGetFramed<MarcRecord>(out var framed));
        Assert.Same(Marc, framed);
        Assert.False(source.TryGetFramed<DublinCoreRecord>(out _));
        Assert.False(Source().TryGetFramed<MarcRecord>(out _));
        Assert.Equal(7, source.Line);
    }

    [Fact]
    public void A_derived_value_is_made_once_per_key_and_its_diagnostics_reach_every_asker()
    {
        var result = ReadResult.Read(Source(), new CatalogRecord { Title = "T" }, []);
        var made = 0;
        Func<DeriveKey, IDiagnostics, string> make = (key, diagnostics) =>
        {
            made++;
            diagnostics.Report(new Diagnostic("T0001", Severity.Warning, "made for " + key.Name));
            diagnostics.Report(new Diagnostic("T0002", Severity.Warning, "second"));
            return key.Name + made;
        };
        var first = new DiagnosticBag();
        var second = new DiagnosticBag();
        var other = new DiagnosticBag();
        var a = result.Derive(new DeriveKey("a"), make, first);
        var b = result.Derive(new DeriveKey("a"), make, second);
        var c = result.Derive(new DeriveKey("c"), make, other);

        Assert.Same(a, b);
        Assert.Equal("a1", a);
        Assert.Equal("c2", c);
        Assert.Equal(2, made);
        Assert.Equal(["T0001", "T0002"], first.Items.Select(d => d.Code));
        Assert.Equal(first.Items, second.Items);
        Assert.Equal("made for c", other.Items[0].Message);

        result.ForgetDerived();
        Assert.Equal("a3", result.Derive(new DeriveKey("a"), make, new DiagnosticBag()));
    }

    [Fact]
    public void A_derived_value_that_throws_is_not_kept()
    {
        var result = ReadResult.Read(Source(), new CatalogRecord { Title = "T" }, []);
        var calls = 0;
        Func<DeriveKey, IDiagnostics, string> make = (_, _) => ++calls == 1 ? throw new InvalidOperationException("once") : "made";
        Assert.Throws<InvalidOperationException>(() => result.Derive(new DeriveKey("a"), make, new DiagnosticBag()));
        Assert.Equal("made", result.Derive(new DeriveKey("a"), make, new DiagnosticBag()));
    }

    [Fact]
    public void A_peeked_hub_record_is_built_once_and_its_diagnostics_reach_the_first_asker_once()
    {
        var built = 0;
        var result = ReadResult.ReadNative(Source(), Marc, (_, diagnostics) =>
        {
            built++;
            diagnostics.Report(new Diagnostic("T0003", Severity.Warning, "made the hub record"));
            return new CatalogRecord { Title = "T" };
        }, [], null);

        var peeked = result.PeekCatalog();
        Assert.Same(peeked, result.PeekCatalog());
        var first = new DiagnosticBag();
        var second = new DiagnosticBag();
        Assert.Same(peeked, result.GetCatalog(first));
        Assert.Same(peeked, result.GetCatalog(second));

        Assert.Equal(1, built);
        Assert.Equal(["T0003"], first.Items.Select(d => d.Code));
        Assert.Empty(second.Items);
    }

    [Fact]
    public void Peeking_after_the_hub_record_was_built_reports_nothing_again()
    {
        var result = ReadResult.ReadNative(Source(), Marc, (_, diagnostics) =>
        {
            diagnostics.Report(new Diagnostic("T0003", Severity.Warning, "made the hub record"));
            return new CatalogRecord { Title = "T" };
        }, [], null);
        var first = new DiagnosticBag();
        var catalog = result.GetCatalog(first);
        var later = new DiagnosticBag();

        Assert.Same(catalog, result.PeekCatalog());
        Assert.Same(catalog, result.GetCatalog(later));
        Assert.Single(first.Items);
        Assert.Empty(later.Items);
    }

    private readonly record struct DeriveKey(string Name);

    [Theory]
    [InlineData(1)]
    [InlineData(4)]
    public void Every_target_of_one_run_gets_the_same_typed_record(int threads)
    {
        var input = File.ReadAllBytes(TestEnvironment.Fixture("Marc", "chabon.mrc"));
        var outputs = Enumerable.Range(0, 3).Select(_ => new MemoryStream()).ToArray();
        var marcxml = new MemoryStream();
        var reader = new Marc21Format().CreateReader(new MemoryStream(input), new ReadOptions());
        var summary = new Converter(new ConversionOptions { Threads = threads, BatchSize = 1 }, new NullObserver()).Run(
            [new ConversionInput("chabon.mrc", reader)],
            [
                new ConversionTarget("a", new SourceProbe(), outputs[0]),
                new ConversionTarget("marcxml", new MarcXmlEncoder(new WriteOptions()), marcxml),
                new ConversionTarget("b", new SourceProbe(), outputs[1]),
                new ConversionTarget("dc", new SourceProbe(wrongType: true), outputs[2]),
            ]);
        Assert.Equal(summary.Read, summary.Written);
        var a = Encoding.UTF8.GetString(outputs[0].ToArray());
        Assert.Equal(a, Encoding.UTF8.GetString(outputs[1].ToArray()));
        Assert.Equal(summary.Read, a.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.DoesNotContain("none", a, StringComparison.Ordinal);
        Assert.All(Encoding.UTF8.GetString(outputs[2].ToArray()).Split('\n', StringSplitOptions.RemoveEmptyEntries), line => Assert.EndsWith("none", line, StringComparison.Ordinal));
        Assert.Contains("<record>", Encoding.UTF8.GetString(marcxml.ToArray()), StringComparison.Ordinal);
    }

    /// <summary>Writes, per record, its 001 and the identity of the MarcRecord it was given (or "none").</summary>
    private sealed class SourceProbe(bool wrongType = false) : IRecordEncoder
    {
        public void WriteHeader(IBufferWriter<byte> output)
        {
        }

        public void Encode(ReadResult record, long ordinal, IBufferWriter<byte> output, IDiagnostics diagnostics)
        {
            var line = wrongType
                ? $"{ordinal} {(record.TryGetSource<DublinCoreRecord>(out _) ? "dc" : "none")}\n"
                : record.TryGetSource<MarcRecord>(out var marc) ? $"{ordinal} {marc.ControlValue("001")} {RuntimeHelpers.GetHashCode(marc)}\n" : $"{ordinal} none\n";
            output.Write(Encoding.UTF8.GetBytes(line));
        }

        public void WriteSeparator(IBufferWriter<byte> output)
        {
        }

        public void WriteFooter(IBufferWriter<byte> output)
        {
        }
    }

    private sealed class NullObserver : IConversionObserver
    {
        public void OnDiagnostic(Diagnostic diagnostic)
        {
        }

        public void OnRejected(RecordSource source, IReadOnlyList<Diagnostic> diagnostics)
        {
        }

        public void OnProgress(long records, long bytes)
        {
        }
    }
}
