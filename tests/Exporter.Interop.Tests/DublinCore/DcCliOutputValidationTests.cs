using System.Diagnostics;
using Exporter.Interop.Tests.Support;

namespace Exporter.Interop.Tests.DublinCore;

/// <summary>
/// The real CLI: <c>exporter convert examples/CX7118.txt examples/catalog.txt --to dc,dcterms --out-dir X</c>; every
/// output validates with xmllint --nonet against the offline XSDs (OAI-PMH + oai_dc; the project's dcterms collection
/// schema importing DCMI's qualifieddc.xsd).
/// </summary>
public sealed class DcCliOutputValidationTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("dc-cli-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [SkippableFact]
    public void Example_outputs_validate_against_the_schemas()
    {
        var xsd = Path.Combine(_dir, "xsd");
        Directory.CreateDirectory(xsd);
        foreach (var f in Directory.GetFiles(TestEnvironment.TestData("reference", "xsd"), "*.xsd")) File.Copy(f, Path.Combine(xsd, Path.GetFileName(f)));
        File.Copy(Path.Combine(TestEnvironment.RepoRoot, "schemas", "dcterms-collection.xsd"), Path.Combine(xsd, "dcterms-collection.xsd"));
        var outDir = Path.Combine(_dir, "out");
        var cli = RunCli("convert", "examples/CX7118.txt", "examples/catalog.txt", "--to", "dc,dcterms", "--out-dir", outDir);
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
    }

    private static PeerTool.Result RunCli(params string[] args) =>
        PeerTool.Run("dotnet", [Path.Combine(AppContext.BaseDirectory, "exporter.dll"), .. args]);
}
