using System.Text;
using Exporter.Diagnostics;
using Exporter.Formats.DublinCore;
using Exporter.Interop.Tests.Support;

namespace Exporter.Interop.Tests.DublinCore;

/// <summary>Our DC outputs validate with xmllint --nonet against the offline XSDs in ../shared/reference/xsd.</summary>
public sealed class DublinCoreSchemaValidationTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("dc-xsd-").FullName;

    public static TheoryData<int> Seeds => [1, 2, 3, 4, 5];

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [SkippableFact]
    public void Single_oai_dc_record_validates_against_oai_dc_xsd() =>
        Validate("oai_dc.xsd", WriteOaiDc([Sample()], DcContainer.SingleRecord));

    [SkippableFact]
    public void Empty_single_oai_dc_validates() => Validate("oai_dc.xsd", WriteOaiDc([], DcContainer.SingleRecord));

    [SkippableFact]
    public void List_records_response_validates_against_oai_pmh_with_oai_dc() =>
        Validate("oai-pmh-with-oai_dc.xsd", WriteOaiDc([Sample(), Sample() with { Header = new OaiHeader("oai:example.org:2") }], DcContainer.Collection));

    [SkippableFact]
    public void Empty_list_records_response_validates() =>
        Validate("oai-pmh-with-oai_dc.xsd", WriteOaiDc([], DcContainer.Collection));

    [SkippableFact]
    public void Single_qualified_dc_record_validates_against_qualifieddc_xsd() =>
        Validate("qualifieddc.xsd", WriteQdc([Sample()], DcContainer.SingleRecord));

    [SkippableFact]
    public void Qualified_dc_collection_validates_against_the_project_schema() =>
        Validate("dcterms-collection.xsd", WriteQdc([Sample(), Sample(), new DublinCoreRecord([])], DcContainer.Collection));

    [SkippableFact]
    public void Project_collection_schema_rejects_what_it_should()
    {
        var xml = WriteQdc([Sample()], DcContainer.Collection).Replace("<qualifieddc>", "<simpledc>").Replace("</qualifieddc>", "</simpledc>");
        var result = RunXmllint("dcterms-collection.xsd", xml);
        Assert.NotEqual(0, result.ExitCode);
    }

    [SkippableTheory]
    [InlineData("sample.oai_dc.xml", "oai_dc.xsd")]
    [InlineData("sample.listrecords.xml", "oai-pmh-with-oai_dc.xsd")]
    [InlineData("sample.qdc.xml", "qualifieddc.xsd")]
    [InlineData("sample.qdc-collection.xml", "dcterms-collection.xsd")]
    public void Golden_files_validate(string file, string schema) =>
        Validate(schema, File.ReadAllText(Path.Combine(TestEnvironment.RepoRoot, "tests", "Exporter.Tests", "Fixtures", "DublinCore", file)));

    [SkippableTheory]
    [MemberData(nameof(Seeds))]
    public void Random_records_validate_in_every_container(int seed)
    {
        var records = RandomDcRecords.Make(seed, 60);
        var diags = new DiagnosticBag();
        Validate("oai-pmh-with-oai_dc.xsd", WriteOaiDc(records, DcContainer.Collection, diags));
        Validate("oai_dc.xsd", WriteOaiDc(records.Take(1), DcContainer.SingleRecord, diags));
        Validate("dcterms-collection.xsd", WriteQdc(records, DcContainer.Collection, diags));
        Validate("qualifieddc.xsd", WriteQdc(records.Take(1), DcContainer.SingleRecord, diags));
        Assert.Contains(diags.Items, d => d.Code == DcDiagnosticCodes.SchemeDropped);
        Assert.Contains(diags.Items, d => d.Code == DcDiagnosticCodes.IllegalCharacter);
    }

    [SkippableFact]
    public void Scheme_value_checks_agree_with_libxml2_on_dcterms_xsd()
    {
        // Each (scheme, value) pair written by hand with its xsi:type, so a failure names the pair on which
        // DcSchemes.IsValidValue and xmllint disagree.
        string[] values =
        [
            "1973", "1973-02-29", "1972-02-29", "-0001", "0000", "10000", "01000", "1973-05-07T24:00:00", "1973-05-07T24:00:00.000",
            "2001-01-01T00:00:00-14:00", "2001-01-01T00:00:00-14:01", "1973-01-01Z", "1973-05-07T10:11:12.000", " 1973 ", "1973-5",
            "Text", "text", " Text", "http://x/a b", "a%2", "a%20", "#a", "#a#b", "x:y:z", "1x:y", "http://[::1]/x", "http://[::1/x",
            "a b", "\u00e9", "a{b}", "en-GB", "en--GB", "abcdefghi", "",
        ];
        var failures = new List<string>();
        foreach (var scheme in (string[])["W3CDTF", "DCMIType", "URI", "RFC4646", "RFC1766", "LCSH"])
        {
            foreach (var value in values)
            {
                var xml = "<qualifieddc xmlns:dcterms=\"http://purl.org/dc/terms/\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">" +
                          $"<dcterms:date xsi:type=\"dcterms:{scheme}\">{System.Security.SecurityElement.Escape(value)}</dcterms:date></qualifieddc>";
                var libxml = RunXmllint("qualifieddc.xsd", xml).ExitCode == 0;
                if (libxml != DcSchemes.IsValidValue(scheme, value)) failures.Add($"dcterms:{scheme} '{value}': xmllint={libxml}");
            }
        }

        Assert.Empty(failures);
    }

    private static DublinCoreRecord Sample() => new(
    [
        DcStatement.Term("title", "From Lenin to Stalin") with { Language = "en" },
        DcStatement.Element("creator", "Serge, Victor"),
        DcStatement.Term("issued", "1973") with { Scheme = DcSchemes.W3cdtf },
        DcStatement.Term("extent", "160 pages"),
        DcStatement.Term("type", "Text") with { Scheme = DcSchemes.DcmiType },
        DcStatement.Term("language", "eng") with { Scheme = DcSchemes.Iso639Part2 },
        DcStatement.Term("identifier", "urn:isbn:9780873482475") with { Scheme = DcSchemes.Uri },
        DcStatement.Term("subject", "Soviet Union -- Politics and government -- 1917-1936") with { Scheme = DcSchemes.Lcsh },
        DcStatement.Term("abstract", "<&> \"quoted\" \U0001F600"),
        DcStatement.Term("tableOfContents", "1. One"),
        DcStatement.Term("isPartOf", "Series"),
        DcStatement.Term("audience", "General"),
    ])
    {
        Header = new OaiHeader("oai:catalog.example.org:CX7118") { Datestamp = "2026-11-01", SetSpecs = ["books"] },
    };

    private static string WriteOaiDc(IEnumerable<DublinCoreRecord> records, DcContainer container, IDiagnostics? diags = null) =>
        Write(records, ms => new OaiDcWriter(ms, new OaiDcWriterOptions { Container = container, LeaveOpen = true }, diags));

    private static string WriteQdc(IEnumerable<DublinCoreRecord> records, DcContainer container, IDiagnostics? diags = null) =>
        Write(records, ms => new QualifiedDcWriter(ms, new QualifiedDcWriterOptions { Container = container, LeaveOpen = true }, diags));

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

    private void Validate(string schema, string xml)
    {
        var result = RunXmllint(schema, xml);
        Assert.True(result.ExitCode == 0, $"{schema}: {result.StdErr}");
    }

    private PeerTool.Result RunXmllint(string schema, string xml)
    {
        var xsdDir = SchemaFolder();
        var file = Path.Combine(_dir, "doc.xml");
        File.WriteAllText(file, xml, new UTF8Encoding(false));
        return PeerTool.Run("xmllint", ["--nonet", "--noout", "--schema", Path.Combine(xsdDir, schema), file]);
    }

    // The shared XSDs plus the project's dcterms-collection.xsd in one folder, so its relative import resolves offline.
    private string SchemaFolder()
    {
        var target = Path.Combine(_dir, "xsd");
        if (Directory.Exists(target)) return target;
        Directory.CreateDirectory(target);
        foreach (var f in Directory.GetFiles(TestEnvironment.TestData("reference", "xsd"), "*.xsd"))
        {
            File.Copy(f, Path.Combine(target, Path.GetFileName(f)));
        }

        File.Copy(Path.Combine(TestEnvironment.RepoRoot, "schemas", "dcterms-collection.xsd"), Path.Combine(target, "dcterms-collection.xsd"));
        return target;
    }
}
