using System.Diagnostics;
using Exporter.Interop.Tests.Support;

namespace Exporter.Interop.Tests.DublinCore;

/// <summary>
/// The real CLI: the README main command's Dublin Core (<c>exporter convert examples/CX7118.txt examples/catalog.txt
/// --to dc,dcterms --rights http://rightsstatements.org/vocab/CNE/1.0/ --language eng --out-dir X</c>); every output validates with xmllint --nonet against the offline XSDs (OAI-PMH + oai_dc; the project's dcterms collection
/// schema importing DCMI's qualifieddc.xsd).
/// </summary>
public sealed class DcCliOutputValidationTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("dc-cli-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [SkippableFact]
    public void Example_outputs_validate_against_the_schemas()
    {
        var xsd = Schemas();
        var outDir = Path.Combine(_dir, "out");
        var cli = RunCli("convert", "examples/CX7118.txt", "examples/catalog.txt", "--to", "dc,dcterms", "--rights", "http://rightsstatements.org/vocab/CNE/1.0/", "--language", "eng", "--out-dir", outDir);
        Assert.True(cli.ExitCode == 0, cli.StdErr);

        string[] expected = ["CX7118.dc.xml", "CX7118.dcterms.xml", "catalog.dc.xml", "catalog.dcterms.xml"];
        Assert.Equal(expected, Directory.GetFiles(outDir).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        foreach (var file in expected)
        {
            var schema = file.EndsWith(".dc.xml", StringComparison.Ordinal) ? "oai-pmh-with-oai_dc.xsd" : "dcterms-collection.xsd";
            var result = PeerTool.Run("xmllint", ["--nonet", "--noout", "--schema", Path.Combine(xsd, schema), Path.Combine(outDir, file)]);
            Assert.True(result.ExitCode == 0, $"{file}: {result.StdErr}");
        }

        var catalog = File.ReadAllText(Path.Combine(outDir, "catalog.dc.xml"));
        Assert.Equal(11, catalog.Split("<record>").Length - 1);
        Assert.Contains("<identifier>oai:catalog.example.org:CX1001</identifier>", catalog, StringComparison.Ordinal);

        // The harvester rules on the examples: every record states rights (its own, else --rights) and a language, and
        // its datestamp is its Last Modified day (CX7118.txt, a copy of a real page, has none: the day of the clock).
        foreach (var file in new[] { "CX7118.dc.xml", "catalog.dc.xml" })
        {
            var records = File.ReadAllText(Path.Combine(outDir, file)).Split("<record>")[1..];
            Assert.All(records, r => Assert.Contains("<dc:rights>", r, StringComparison.Ordinal));
            Assert.All(records, r => Assert.Contains("<dc:language>", r, StringComparison.Ordinal));
        }

        var first = catalog.Split("<record>")[1];
        Assert.Contains("<datestamp>2023-11-14</datestamp>", first, StringComparison.Ordinal);
        Assert.Contains("<dc:rights>http://rightsstatements.org/vocab/InC/1.0/</dc:rights>", first, StringComparison.Ordinal);
        Assert.DoesNotContain("CNE", first, StringComparison.Ordinal);                                       // the record's own rights, not the default
        Assert.Contains("<dc:rights>In copyright.</dc:rights>", catalog, StringComparison.Ordinal);
        Assert.Contains("<dc:rights>http://rightsstatements.org/vocab/CNE/1.0/</dc:rights>", File.ReadAllText(Path.Combine(outDir, "CX7118.dc.xml")), StringComparison.Ordinal);
    }

    /// <summary>
    /// Issue 14's last items on real MARC and a catalog page: 880 original scripts with xml:lang, local notes with
    /// --include-local, the datestamp from the page's Last Modified label, DC1010 once for the whole run; both profiles
    /// stay valid.
    /// </summary>
    [SkippableFact]
    public void Original_scripts_local_notes_and_datestamps_validate_against_the_schemas()
    {
        var xsd = Schemas();
        var page = Path.Combine(_dir, "page.txt");
        File.WriteAllText(page, "A Title\n\nDoe, Jane\nPublisher:\u00a0 Monad Press\nCx Number:\u00a0 CX1\nRights:\u00a0 https://creativecommons.org/licenses/by/4.0/\nRights:\u00a0 Text \u00a9 Jane Doe.\nLast Modified:\u00a0 2024-03-01T12:30:05Z\n\nA blurb.\n\nSubject Headings\n\n");
        var outDir = Path.Combine(_dir, "out");
        var cli = RunCli("convert", TestEnvironment.TestData("corpus", "marc", "yaz", "marc9.xml"), page, "--to", "dc,dcterms", "--out-dir", outDir, "--include-local");
        Assert.True(cli.ExitCode == 0, cli.StdErr);
        Assert.Single(cli.StdErr.Split('\n'), l => l.Contains("DC1010", StringComparison.Ordinal));                 // once per run, not per output
        string[] files = ["marc9.dc.xml", "marc9.dcterms.xml", "page.dc.xml", "page.dcterms.xml"];
        foreach (var file in files)
        {
            var schema = file.EndsWith(".dc.xml", StringComparison.Ordinal) ? "oai-pmh-with-oai_dc.xsd" : "dcterms-collection.xsd";
            var result = PeerTool.Run("xmllint", ["--nonet", "--noout", "--schema", Path.Combine(xsd, schema), Path.Combine(outDir, file)]);
            Assert.True(result.ExitCode == 0, $"{file}: {result.StdErr}");
        }

        var marc = File.ReadAllText(Path.Combine(outDir, "marc9.dc.xml"));
        Assert.Contains("<dc:title xml:lang=\"ar-Arab\">قضاء الأسرة : مجلة متخصصة</dc:title>", marc, StringComparison.Ordinal);
        Assert.Contains("<dc:publisher xml:lang=\"ar-Arab\">جمعية نشر المعلومة القانونية والقضائية</dc:publisher>", marc, StringComparison.Ordinal);
        Assert.Contains("xml:lang=\"ar-Arab\"", File.ReadAllText(Path.Combine(outDir, "marc9.dcterms.xml")), StringComparison.Ordinal);
        Assert.Contains("<datestamp>2024-03-01</datestamp>", File.ReadAllText(Path.Combine(outDir, "page.dc.xml")), StringComparison.Ordinal);
        var terms = File.ReadAllText(Path.Combine(outDir, "page.dcterms.xml"));
        Assert.Contains("<dcterms:license xsi:type=\"dcterms:URI\">https://creativecommons.org/licenses/by/4.0/</dcterms:license>", terms, StringComparison.Ordinal);
        Assert.Contains("<dcterms:rights>Text \u00a9 Jane Doe.</dcterms:rights>", terms, StringComparison.Ordinal);
    }

    private string Schemas()
    {
        var xsd = Path.Combine(_dir, "xsd");
        Directory.CreateDirectory(xsd);
        foreach (var f in Directory.GetFiles(TestEnvironment.TestData("reference", "xsd"), "*.xsd")) File.Copy(f, Path.Combine(xsd, Path.GetFileName(f)));
        File.Copy(Path.Combine(TestEnvironment.RepoRoot, "schemas", "dcterms-collection.xsd"), Path.Combine(xsd, "dcterms-collection.xsd"));
        return xsd;
    }

    private static PeerTool.Result RunCli(params string[] args) =>
        PeerTool.Run("dotnet", [Path.Combine(AppContext.BaseDirectory, "exporter.dll"), .. args]);
}
