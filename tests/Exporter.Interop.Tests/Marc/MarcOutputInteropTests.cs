using Exporter.Diagnostics;
using Exporter.Formats.Marc.Iso2709;
using Exporter.Formats.Marc.Model;
using Exporter.Formats.Marc.Xml;
using Exporter.Interop.Tests.Support;
using Xunit.Abstractions;

namespace Exporter.Interop.Tests.Marc;

/// <summary>What we write, read by others: yaz-marcdump and MARC4J read our ISO 2709 back as we wrote it; xmllint validates our MARCXML.</summary>
public class MarcOutputInteropTests(ITestOutputHelper output)
{
    [SkippableFact]
    public void Yaz_and_marc4j_read_our_iso2709_back_as_written()
    {
        var records = MarcCorpusRecords.Permissive().Where(MarcCorpusRecords.IsPortable).ToList();
        var iso = new MemoryStream();
        var written = new List<List<string>?>();
        foreach (var r in records)
        {
            try
            {
                var encoded = Iso2709Writer.Encode(r);
                iso.Write(encoded);
                written.Add(MarcXmlView.Of(Iso2709Parser.Parse(encoded, new Iso2709ReaderOptions { Normalization = UnicodeNormalization.None }).Record!));
            }
            catch (RecordWriteException e)
            {
                output.WriteLine("not writable: " + e.Diagnostic);
            }
        }

        var bytes = iso.ToArray();
        var yaz = MarcPeers.YazBytes(bytes);
        var marc4j = MarcPeers.Marc4jBytes(bytes);
        output.WriteLine($"{written.Count} records written");
        Assert.True(written.Count > 900);
        Assert.False(yaz.Complained, yaz.StdErr);
        Assert.Equal(0, marc4j.ExitCode);
        var yazDiff = MarcXmlView.Diff(written, MarcXmlView.OfXml(yaz.Xml), "ours", "yaz");
        var marc4jDiff = MarcXmlView.Diff(MarcXmlView.AsMarc4jSees(written), MarcXmlView.AsMarc4jSees(MarcXmlView.OfXml(marc4j.Xml)), "ours", "MARC4J");
        Assert.True(yazDiff is null, yazDiff);
        Assert.True(marc4jDiff is null, marc4jDiff);
    }

    [SkippableFact]
    public void Our_marcxml_validates_against_the_schema_with_xmllint()
    {
        var records = MarcCorpusRecords.Permissive();
        var fitting = records.Where(MarcCorpusRecords.FitsSchema).ToList();
        output.WriteLine($"{fitting.Count} of {records.Count} records fit the schema by content");
        Assert.True(fitting.Count > 800);
        var path = Path.Combine(Path.GetTempPath(), "exporter-marcxml-" + Guid.NewGuid().ToString("N") + ".xml");
        try
        {
            using (var file = File.Create(path))
            using (var writer = new MarcXmlWriter(file))
            {
                foreach (var r in fitting) writer.Write(r);
                writer.Complete();
            }

            var xsd = TestEnvironment.TestData("reference", "xsd", "MARC21slim.xsd");
            var result = PeerTool.Run("xmllint", ["--nonet", "--noout", "--schema", xsd, path]);
            Assert.True(result.ExitCode == 0, result.StdErr.Length > 3000 ? result.StdErr[..3000] : result.StdErr);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [SkippableFact]
    public void An_empty_collection_validates()
    {
        var path = Path.Combine(Path.GetTempPath(), "exporter-marcxml-" + Guid.NewGuid().ToString("N") + ".xml");
        try
        {
            using (var file = File.Create(path))
            using (var writer = new MarcXmlWriter(file))
            {
                writer.Complete();
            }

            var xsd = TestEnvironment.TestData("reference", "xsd", "MARC21slim.xsd");
            Assert.Equal(0, PeerTool.Run("xmllint", ["--nonet", "--noout", "--schema", xsd, path]).ExitCode);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
