using Exporter.Model;
using Exporter.Tests.Formats.Rdf.SchemaOrg;
using Exporter.Tests.Support;

namespace Exporter.Tests.Formats.Rdf.LinkedData;

/// <summary>hub -> jsonld / turtle / ntriples -> hub through the registry, lossless modulo <see cref="SchemaOrgCrosswalkTests.Carried"/>.</summary>
public class LinkedDataRoundTripTests
{
    public static TheoryData<string> Formats() => LinkedDataSupport.Formats();

    public static TheoryData<string, int> FormatsAndExamples()
    {
        var data = new TheoryData<string, int>();
        foreach (var f in LinkedDataSupport.FormatNames)
        {
            for (var i = 0; i < RecordFactory.Examples().Count; i++) data.Add(f, i);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(FormatsAndExamples))]
    public void Every_example_round_trips_alone(string format, int index)
    {
        var record = RecordFactory.Examples()[index];
        var back = Assert.Single(LinkedDataSupport.ReadAll(format, LinkedDataSupport.Write(format, [record])));
        RecordAssert.Equal(SchemaOrgCrosswalkTests.Carried(record), back);
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void Every_example_round_trips_in_one_stream(string format)
    {
        var records = RecordFactory.Examples();
        var back = LinkedDataSupport.ReadAll(format, LinkedDataSupport.Write(format, records));
        Assert.Equal(records.Count, back.Count);
        for (var i = 0; i < records.Count; i++) RecordAssert.Equal(SchemaOrgCrosswalkTests.Carried(records[i]), back[i]);
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void Generated_hostile_records_round_trip(string format) =>
        HubGen.Check(HubGen.Record(HubGen.StringDomain.Hostile), record =>
        {
            var back = Assert.Single(LinkedDataSupport.ReadAll(format, LinkedDataSupport.Write(format, [record])));
            RecordAssert.Equal(SchemaOrgCrosswalkTests.Carried(record), back);
        }, tests: 60);

    [Theory]
    [MemberData(nameof(Formats))]
    public void Generated_hostile_records_round_trip_several_to_a_stream(string format) =>
        HubGen.Check(HubGen.Record(HubGen.StringDomain.Hostile), record =>
        {
            // Three different records in one stream; the catalog numbers keep their IRIs apart.
            CatalogRecord[] records = [Numbered(record, "A"), Numbered(record with { Title = record.Title + "2" }, "B"), Numbered(record, "C")];
            var text = LinkedDataSupport.Write(format, records);
            Assert.DoesNotContain(LinkedDataSupport.Read(format, text).SelectMany(r => r.Diagnostics), d => d.Code.StartsWith("LD", StringComparison.Ordinal));
            var back = LinkedDataSupport.ReadAll(format, text);
            Assert.Equal(3, back.Count);
            for (var i = 0; i < 3; i++) RecordAssert.Equal(SchemaOrgCrosswalkTests.Carried(records[i]), back[i]);
        }, tests: 25);

    [Theory]
    [MemberData(nameof(Formats))]
    public void Difficult_strings_survive(string format)
    {
        string[] hard = ["say \"hi\" \\ \\u0041 \\n", "line one\nline two\r\nthree\ttab", "Война и мир · 红楼梦 · עברית · العربية", "astral 😀 𝔘𝔫𝔦𝔠𝔬𝔡𝔢 𠀀", "'''\"\"\"", "<&> {x} `y` ^z | @en ^^xsd:int", "trailing space ", ""];
        var record = new CatalogRecord
        {
            Title = hard[0],
            Subtitle = hard[1],
            Contributors = [new Contributor(hard[2], [ContributorRoles.Author], AgentKind.Person), new Contributor(hard[3], ["thesis advisor"], AgentKind.Organization)],
            Publisher = hard[4],
            Place = hard[5],
            Description = hard[6],
            Abstract = hard[7],
            Notes = [.. hard],
            Subjects = [.. hard.Select(h => new Subject(h, "lcsh", SubjectKind.Topical))],
            Identifiers = [new Identifier(IdentifierType.Local, "CX \"1\" \\ 😀")],
        };
        var back = Assert.Single(LinkedDataSupport.ReadAll(format, LinkedDataSupport.Write(format, [record])));
        RecordAssert.Equal(SchemaOrgCrosswalkTests.Carried(record), back);
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void Source_fields_of_other_formats_are_left_out_with_a_warning(string format)
    {
        var record = new CatalogRecord { Title = "T", SourceFields = [new SourceField("marc21", "246", "3 $aOther title"), new SourceField("dc", "rights", "CC0")] };
        var bag = new Exporter.Diagnostics.DiagnosticBag();
        var encoder = LinkedDataSupport.Registry.Get(format).CreateEncoder(new Exporter.Pipeline.WriteOptions());
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        encoder.Encode(Exporter.Pipeline.ReadResult.Read(new Exporter.Pipeline.RecordSource(0, 0, default), record, []), 0, buffer, bag);
        Assert.Contains(bag.Items, d => d.Code == "SDO0101");
        var back = Assert.Single(LinkedDataSupport.ReadAll(format, LinkedDataSupport.Write(format, [record])));
        Assert.Equal(new SourceField("marc21", "246", "3 $aOther title"), Assert.Single(back.SourceFields));
    }

    private static CatalogRecord Numbered(CatalogRecord r, string number) =>
        r with { Identifiers = [new Identifier(IdentifierType.Local, number), .. r.Identifiers.Where(i => i.Type != IdentifierType.Local)] };
}
