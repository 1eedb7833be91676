using Exporter.Formats.Common.Text;
using System.Collections.Immutable;
using Exporter.Diagnostics;
using Exporter.Formats.DublinCore;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Exporter.Tests.Formats.DublinCore;

/// <summary>DublinCoreRecord -> XML -> DublinCoreRecord is the identity where the format carries everything.</summary>
public class DublinCoreRoundTripTests
{
    private static readonly string[] Languages = ["en", "fr-CA", "de", "zh-Hant-TW"];
    private static readonly IReadOnlyList<string> TermNames = ["title", "abstract", "tableOfContents", "issued", "extent", "isPartOf", "audience", "created"];

    // Writer-valid values: any XML 1.0 character (incl. tab, CR, LF, astral, markup characters), NFC.
    private static readonly Gen<string> Text =
        Gen.Frequency(
                (6, Gen.Choose(0x20, 0x7E)),
                (1, Gen.Elements(0x09, 0x0A, 0x0D, '<', '&', '>', '"', '\'')),
                (2, Gen.Choose(0xA0, 0xD7FF)),
                (1, Gen.Choose(0xE000, 0xFFFD)),
                (1, Gen.Choose(0x10000, 0x10FFFF)))
            .Select(char.ConvertFromUtf32)
            .ListOf()
            .Select(parts => UnicodeNormalizer.ToNfc(string.Concat(parts)));

    private static readonly Gen<DcStatement> Statement =
        from ns in Gen.Elements(DcNamespace.Elements, DcNamespace.Terms)
        from name in Gen.Elements<string>(ns == DcNamespace.Elements ? DcTerms.Elements : TermNames)
        from value in Text
        from lang in Gen.Elements(Languages).OrNull()
        select new DcStatement(ns, name, value) { Language = lang };

    private static readonly Gen<DcStatement> SchemeStatement = Gen.Elements(
        DcStatement.Term("issued", "1973") with { Scheme = "W3CDTF" },
        DcStatement.Term("modified", "2001-02-03T04:05:06.5+01:00") with { Scheme = "W3CDTF" },
        DcStatement.Term("type", "StillImage") with { Scheme = "DCMIType" },
        DcStatement.Term("identifier", "urn:isbn:9780873482475") with { Scheme = "URI" },
        DcStatement.Element("subject", "Soviet Union -- History") with { Scheme = "LCSH" },
        DcStatement.Element("language", "eng") with { Scheme = "ISO639-2" });

    private static readonly Gen<DublinCoreRecord> Record =
        from statements in Gen.Frequency((5, Statement), (1, SchemeStatement)).ListOf()
        from id in Gen.Choose(1, 1_000_000)
        select new DublinCoreRecord([.. statements])
        {
            Header = new OaiHeader("oai:example.org:" + id) { Datestamp = "2024-01-01", SetSpecs = ["s" + (id % 3)] },
        };

    [Property(MaxTest = 150)]
    public Property Qualified_dc_collection_round_trips_exactly() =>
        Prop.ForAll(Record.ListOf().ToArbitrary(), records =>
        {
            var diags = new DiagnosticBag();
            var back = DcSamples.Read(DcSamples.WriteQdc(records, new QualifiedDcWriterOptions(), diags));
            var expected = records.Select(r => r with { Header = null });
            return diags.Items.Count == 0 && back.SequenceEqual(expected);
        });

    [Property(MaxTest = 150)]
    public Property Oai_dc_list_records_round_trips_the_simple_dc_view() =>
        Prop.ForAll(Record.ListOf().ToArbitrary(), records =>
        {
            var diags = new DiagnosticBag();
            var back = DcSamples.Read(DcSamples.WriteOaiDc(records, DcSamples.OaiOptions(), diags));
            var expected = records.Select(SimpleView).ToList();
            var dropped = records.Sum(r => r.Statements.Count(s => s.Name == "audience"));
            return diags.Items.Count == dropped && back.SequenceEqual(expected);
        });

    [Fact]
    public void Very_long_values_round_trip()
    {
        var big = string.Concat(Enumerable.Repeat("Ab\u00e9\U0001F600<&>", 200_000));
        var record = new DublinCoreRecord([DcStatement.Term("abstract", big)]);
        var back = DcSamples.Read(DcSamples.WriteQdc([record], new QualifiedDcWriterOptions { Container = DcContainer.SingleRecord }));
        Assert.Equal(record, Assert.Single(back));
    }

    [Fact]
    public void Illegal_control_characters_come_back_replaced()
    {
        var diags = new DiagnosticBag();
        var record = new DublinCoreRecord([DcStatement.Element("title", "a\u0000b\u001Fc\uFFFEd")]);
        var back = DcSamples.Read(DcSamples.WriteOaiDc([record], DcSamples.OaiOptions(DcContainer.SingleRecord), diags));
        Assert.Equal("a\uFFFDb\uFFFDc\uFFFDd", Assert.Single(back).Statements[0].Value);
        Assert.Equal(DcDiagnosticCodes.IllegalCharacter, Assert.Single(diags.Items).Code);
    }

    private static DublinCoreRecord SimpleView(DublinCoreRecord r) => new(
        [
            .. r.Statements
                .Where(s => s.Name != "audience")
                .Select(s => new DcStatement(DcNamespace.Elements, DcTerms.SimpleElementOf(s.Namespace, s.Name)!, s.Value) { Language = s.Language }),
        ])
    { Header = r.Header };
}
