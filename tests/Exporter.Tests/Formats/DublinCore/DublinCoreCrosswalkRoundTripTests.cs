using Exporter.Diagnostics;
using Exporter.Formats.DublinCore;
using Exporter.Model;
using Exporter.Pipeline;
using Exporter.Tests.Support;
using FsCheck.Fluent;

namespace Exporter.Tests.Formats.DublinCore;

/// <summary>
/// hub -> dc / dcterms XML (the real encoders) -> DcCatalogReader -> hub keeps exactly what the loss table of
/// docs/mappings/dublin-core.md says, field by field, for every example and for generated records.
/// </summary>
public class DublinCoreCrosswalkRoundTripTests
{
    public static TheoryData<int, DublinCoreProfile> ExampleCases()
    {
        var data = new TheoryData<int, DublinCoreProfile>();
        for (var i = 0; i < RecordFactory.Examples().Count; i++)
        {
            data.Add(i, DublinCoreProfile.Simple);
            data.Add(i, DublinCoreProfile.Qualified);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(ExampleCases))]
    public void Example_keeps_what_the_loss_table_says(int index, DublinCoreProfile profile)
    {
        var record = RecordFactory.Examples()[index];
        Assert.True(DcLossModel.IsUnambiguous(record, profile));
        AssertFields(DcLossModel.Expected(record, profile), RoundTrip([record], profile).Single());
    }

    [Theory]
    [InlineData(DublinCoreProfile.Simple)]
    [InlineData(DublinCoreProfile.Qualified)]
    public void Generated_records_keep_what_the_loss_table_says(DublinCoreProfile profile) =>
        HubGen.Check(HubGen.Record(HubGen.StringDomain.Line).Where(r => DcLossModel.IsUnambiguous(r, profile)), r =>
            AssertFields(DcLossModel.Expected(r, profile), RoundTrip([r], profile).Single()), tests: 150);

    [Theory]
    [InlineData(DublinCoreProfile.Simple)]
    [InlineData(DublinCoreProfile.Qualified)]
    public void Hostile_records_are_written_and_read_without_crashing(DublinCoreProfile profile) =>
        HubGen.Check(HubGen.Record(HubGen.StringDomain.Hostile).Where(r => r.Title.Trim().Length > 0 && r.CatalogNumber is null or { Length: > 0 }), r =>
            Assert.Single(RoundTrip([r], profile)), tests: 100);

    [Fact]
    public void Many_records_come_back_in_order_in_both_containers()
    {
        var records = RecordFactory.Examples();
        Assert.Equal(records.Select(r => r.Title), RoundTrip(records, DublinCoreProfile.Simple).Select(r => r.Title));
        Assert.Equal(records.Select(r => r.Title), RoundTrip(records, DublinCoreProfile.Qualified).Select(r => r.Title));
    }

    internal static List<CatalogRecord> RoundTrip(IEnumerable<CatalogRecord> records, DublinCoreProfile profile)
    {
        IRecordFormat format = profile == DublinCoreProfile.Simple ? new OaiDcFormat() : new QualifiedDcFormat();
        var xml = RecordFactory.Write(format, records, new WriteOptions { Clock = new FixedClock(DcLossModel.WrittenAt) });
        using var reader = format.CreateReader(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(xml)), new ReadOptions());
        var results = reader.ReadResults().ToList();
        Assert.All(results, r => Assert.False(r.IsRejected, string.Join("\n", r.Diagnostics)));
        return [.. results.Select(r => r.GetCatalog(NullDiagnostics.Instance))];
    }

    private static void AssertFields(CatalogRecord expected, CatalogRecord actual)
    {
        Field(nameof(CatalogRecord.Title), expected, actual, r => r.Title);
        Field(nameof(CatalogRecord.Subtitle), expected, actual, r => r.Subtitle);
        Field(nameof(CatalogRecord.Contributors), expected, actual, r => r.Contributors);
        Field(nameof(CatalogRecord.Publisher), expected, actual, r => r.Publisher);
        Field(nameof(CatalogRecord.Place), expected, actual, r => r.Place);
        Field(nameof(CatalogRecord.YearPublished), expected, actual, r => r.YearPublished);
        Field(nameof(CatalogRecord.FirstPublished), expected, actual, r => r.FirstPublished);
        Field(nameof(CatalogRecord.Edition), expected, actual, r => r.Edition);
        Field(nameof(CatalogRecord.Extent), expected, actual, r => r.Extent);
        Field(nameof(CatalogRecord.ResourceType), expected, actual, r => r.ResourceType);
        Field(nameof(CatalogRecord.Identifiers), expected, actual, r => r.Identifiers);
        Field(nameof(CatalogRecord.Languages), expected, actual, r => r.Languages);
        Field(nameof(CatalogRecord.Series), expected, actual, r => r.Series);
        Field(nameof(CatalogRecord.Description), expected, actual, r => r.Description);
        Field(nameof(CatalogRecord.Abstract), expected, actual, r => r.Abstract);
        Field(nameof(CatalogRecord.Reviews), expected, actual, r => r.Reviews);
        Field(nameof(CatalogRecord.Contents), expected, actual, r => r.Contents);
        Field(nameof(CatalogRecord.Subjects), expected, actual, r => r.Subjects);
        Field(nameof(CatalogRecord.Notes), expected, actual, r => r.Notes);
        Field(nameof(CatalogRecord.SourceFields), expected, actual, r => r.SourceFields);
        Field(nameof(CatalogRecord.Rights), expected, actual, r => r.Rights);
        Field(nameof(CatalogRecord.LastModified), expected, actual, r => r.LastModified);
        RecordAssert.Equal(expected, actual);
    }

    private static void Field<T>(string name, CatalogRecord expected, CatalogRecord actual, Func<CatalogRecord, T> get)
    {
        var (e, a) = (get(expected), get(actual));
        var same = e is System.Collections.IEnumerable ee && a is System.Collections.IEnumerable ae && e is not string
            ? ee.Cast<object>().SequenceEqual(ae.Cast<object>())
            : EqualityComparer<T>.Default.Equals(e, a);
        if (same) return;
        RecordAssert.Equal(expected, actual);
        Assert.Fail(name + " differs");
    }
}
