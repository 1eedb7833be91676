using System.Text;
using Exporter.Diagnostics;
using Exporter.Formats.Marc;
using Exporter.Formats.Marc.Crosswalk;
using Exporter.Formats.Marc.Iso2709;
using Exporter.Formats.Marc.Model;
using Exporter.Formats.Marc.Xml;
using Exporter.Model;
using Exporter.Pipeline;
using Exporter.Tests.Formats.Marc.Iso2709;
using Exporter.Tests.Support;

namespace Exporter.Tests.Formats.Marc;

/// <summary>The registered MARC formats: names, extensions, sniffing, pass-through, options, rejects.</summary>
public class MarcFormatsTests
{
    private static readonly MarcRecord Native = new(new Leader("00000cam a2200000 i 4500"),
    [
        new ControlField("001", "n1"), new ControlField("005", "19990101000000.0"),
        new ControlField("008", "850101s1985    nyu           000 0 eng d"),
        new DataField("245", '1', '0', new Subfield('a', "Title /"), new Subfield('c', "by someone.")),
        new DataField("949", ' ', ' ', new Subfield('a', "local $ {x}")),
    ]);

    [Theory]
    [InlineData("marc21", "application/marc", ".mrc")]
    [InlineData("marcxml", "application/marcxml+xml", ".marc.xml")]
    [InlineData("mrk", "text/plain", ".mrk")]
    public void Formats_are_registered_with_media_type_and_preferred_extension(string name, string mediaType, string extension)
    {
        var format = MarcFormatRunner.Format(name);
        Assert.Equal((mediaType, extension, true, true), (format.MediaType, format.Extensions[0], format.CanRead, format.CanWrite));
    }

    [Theory]
    [InlineData("x.mrc", "marc21")]
    [InlineData("x.MARC", "marc21")]
    [InlineData("x.iso", "marc21")]
    [InlineData("x.dat", "marc21")]
    [InlineData("x.marc.xml", "marcxml")]
    [InlineData("x.mrk.gz", "mrk")]
    public void Extensions_choose_the_format(string path, string expected) =>
        Assert.Equal(expected, FormatRegistry.CreateDefault().ForPath(path)?.Name);

    [Theory]
    [InlineData("marc21", "marc21")]
    [InlineData("marcxml", "marcxml")]
    [InlineData("mrk", "mrk")]
    public void Each_format_recognises_its_own_output(string written, string expected)
    {
        var bytes = MarcFormatRunner.EncodeResults(written, [Result(Native)]);
        Assert.Equal(expected, FormatRegistry.CreateDefault().Sniff(bytes)?.Name);
    }

    [Theory]
    [InlineData("<record><leader>00000nam a2200000 a 4500</leader></record>", "marcxml")]
    [InlineData("<marc:collection xmlns:marc=\"x\"><marc:record><marc:leader>", "marcxml")]
    [InlineData("\uFEFF=LDR  00000nam\\\\2200000\\a\\4500\n", "mrk")]
    [InlineData("<?xml version=\"1.0\"?><oai_dc:dc xmlns:oai_dc=\"http://www.openarchives.org/OAI/2.0/oai_dc/\"><dc:title>x</dc:title></oai_dc:dc>", null)]
    [InlineData("00123xyz", null)]
    public void Sniffing_tells_marc_from_other_content(string head, string? expected) =>
        Assert.Equal(expected, new IRecordFormat[] { new Marc21Format(), new MarcXmlFormat(), new MrkFormat() }
            .Where(f => f.Sniff(Encoding.UTF8.GetBytes(head)) > 0).Select(f => f.Name).SingleOrDefault());

    [Theory]
    [InlineData("marc21")]
    [InlineData("marcxml")]
    [InlineData("mrk")]
    public void A_marc_record_passes_through_untouched(string format)
    {
        var bytes = MarcFormatRunner.EncodeResults(format, [Result(Native)], MarcFormatRunner.Write(new MarcWriteOptions { OrganizationCode = "XxExp", Punctuation = MarcPunctuation.Isbd }));
        var back = Assert.Single(MarcFormatRunner.Read(format, bytes)).Marc()!;
        Assert.Equal(Native.AllFields.Select(f => f.ToString()), back.AllFields.Select(f => f.ToString()));
        Assert.Equal("19990101000000.0", back.ControlValue("005"));
        Assert.Equal(Native.Leader.Value[5..9], back.Leader.Value[5..9]);
    }

    [Fact]
    public void A_hub_record_is_crosswalked_with_the_write_options_and_the_clock()
    {
        var hub = new CatalogRecord { Title = "A title", Identifiers = [new Identifier(IdentifierType.Local, "L1")] };
        var result = ReadResult.Read(new RecordSource(0, 0, ReadOnlyMemory<byte>.Empty), hub, []);
        var bytes = MarcFormatRunner.EncodeResults("mrk", [result], MarcFormatRunner.Write(new MarcWriteOptions { OrganizationCode = "XxExp", Punctuation = MarcPunctuation.Isbd }));
        var text = Encoding.UTF8.GetString(bytes);
        Assert.Contains("=003  XxExp\n", text, StringComparison.Ordinal);
        Assert.Contains("=005  20250101120000.0\n", text, StringComparison.Ordinal);
        Assert.Contains("$aA title.", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Marcxml_encoder_output_equals_the_streaming_writer()
    {
        var ms = new MemoryStream();
        using (var w = new MarcXmlWriter(ms))
        {
            w.Write(Native);
            w.Write(Native);
            w.Complete();
        }

        Assert.Equal(ms.ToArray(), MarcFormatRunner.EncodeResults("marcxml", [Result(Native), Result(Native)]));
        Assert.Equal(Encoding.UTF8.GetBytes(MarcXmlWriter.CollectionStart + MarcXmlWriter.CollectionEnd), MarcFormatRunner.EncodeResults("marcxml", []));
    }

    [Fact]
    public void Iso2709_reader_maps_strictness_and_keeps_the_raw_bytes_of_rejects()
    {
        var broken = Iso2709DefectCases.Repairable["base_address_wrong"].Bytes();
        var good = Iso2709Writer.Encode(Native);
        var input = good.Concat(broken).Concat(good).ToArray();
        var strict = MarcFormatRunner.Read("marc21", input);
        Assert.Equal([false, true, false], strict.Select(r => r.IsRejected));
        Assert.Equal(broken, strict[1].Source.Raw.ToArray());
        Assert.Equal(good.Length, strict[1].Source.ByteOffset);
        Assert.Contains(strict[1].Diagnostics, d => d.Code == MarcDiagnosticCodes.BadBaseAddress && d.Severity == Severity.Error);
        var permissive = MarcFormatRunner.Read("marc21", input, new ReadOptions { Strictness = Strictness.Permissive });
        Assert.All(permissive, r => Assert.False(r.IsRejected));
        Assert.Equal("n1", strict[2].RecordId);
    }

    [Fact]
    public void Mrk_reader_keeps_the_text_of_a_rejected_record()
    {
        var text = "=LDR  00000nam\\\\2200000\\a\\4500\n=001  a\n=24  broken\n\n=LDR  00000nam\\\\2200000\\a\\4500\n=001  b\n";
        var results = MarcFormatRunner.Read("mrk", Encoding.UTF8.GetBytes(text), new ReadOptions { SourceName = "in.mrk" });
        Assert.Equal([true, false], results.Select(r => r.IsRejected));
        Assert.Contains("=24  broken", Encoding.UTF8.GetString(results[0].Source.Raw.Span), StringComparison.Ordinal);
        Assert.Equal(5, results[1].Source.Line);
        Assert.All(results[0].Diagnostics, d => Assert.Equal("in.mrk", d.Source));
    }

    [Fact]
    public void Marcxml_reader_frames_record_bytes_and_parses_them_on_the_worker()
    {
        var bytes = MarcFormatRunner.EncodeResults("marcxml", [Result(Native)]);
        using var reader = new MarcXmlFormat().CreateReader(new MemoryStream(bytes), new ReadOptions());
        var source = Assert.Single(reader.Frame());
        Assert.True(source.TryGetFramed<Exporter.Formats.Marc.IPendingMarcRecord>(out var framed));
        Assert.IsType<Exporter.Formats.Marc.Xml.MarcXmlFramedRecord>(framed);
        Assert.Equal(3, source.Line);
        Assert.StartsWith("<record", System.Text.Encoding.UTF8.GetString(source.Raw.Span), StringComparison.Ordinal);
        Assert.Equal(source.Raw.ToArray(), bytes.AsSpan((int)source.ByteOffset, source.Raw.Length).ToArray());
        Assert.Equal("n1", reader.Parse(source).RecordId);
    }

    [Fact]
    public void Read_options_carry_the_encoding_and_organization_code()
    {
        var marc8 = Iso2709Writer.Encode(Native with { AllFields = [.. Native.AllFields, new DataField("500", ' ', ' ', new Subfield('a', "Café"))] },
            new Iso2709WriterOptions { Encoding = Iso2709OutputEncoding.Marc8 });
        var forcedUtf8 = new ReadOptions { Formats = FormatOptionBag.Empty.With(new MarcReadOptions { Encoding = Iso2709Encoding.Utf8 }) };
        Assert.Equal("Café", Note(Assert.Single(MarcFormatRunner.Read("marc21", marc8))));
        Assert.NotEqual("Café", Note(Assert.Single(MarcFormatRunner.Read("marc21", marc8, forcedUtf8))));

        var withOrg = Native with { AllFields = [.. Native.AllFields, new DataField("035", ' ', ' ', new Subfield('a', "(XxExp)L9"))] };
        var bytes = Iso2709Writer.Encode(withOrg);
        var org = new ReadOptions { Formats = FormatOptionBag.Empty.With(new MarcReadOptions { OrganizationCode = "XxExp" }) };
        Assert.Contains(new Identifier(IdentifierType.Local, "L9"), MarcFormatRunner.ReadHub("marc21", bytes, org).Single().Identifiers);
        Assert.DoesNotContain(new Identifier(IdentifierType.Local, "L9"), MarcFormatRunner.ReadHub("marc21", bytes).Single().Identifiers);
    }

    [Fact]
    public void Iso2709_encoder_names_a_record_it_cannot_write()
    {
        var big = Native with { AllFields = [.. Native.AllFields, .. Enumerable.Range(0, 15).Select(_ => new DataField("500", ' ', ' ', new Subfield('a', new string('x', 8000))))] };
        var result = ReadResult.ReadNative(new RecordSource(7, 0, ReadOnlyMemory<byte>.Empty), big, (_, _) => throw new InvalidOperationException(), [], "n1");
        var e = Assert.Throws<RecordWriteException>(() => MarcFormatRunner.EncodeResults("marc21", [result]));
        Assert.Equal((MarcDiagnosticCodes.RecordTooLong, 7L, "n1"), (e.Diagnostic.Code, e.Diagnostic.RecordIndex, e.Diagnostic.RecordId));
        Assert.NotEmpty(MarcFormatRunner.EncodeResults("marcxml", [result]));
    }

    private static string? Note(ReadResult r) => r.IsRejected ? null : ((DataField)r.Marc()!["500"]!)['a'];

    private static ReadResult Result(MarcRecord record) =>
        ReadResult.ReadNative(new RecordSource(0, 0, ReadOnlyMemory<byte>.Empty), record, new MarcCrosswalk(), [], record.ControlValue("001"));
}
