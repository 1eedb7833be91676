using Exporter.Tests.Support;

namespace Exporter.Tests.Cli;

/// <summary>Errors on stderr name CLI options and limits, never the library's option records.</summary>
public class DiagnosticWordingCliTests
{
    private static readonly string DeepJson = "{\"title\":\"a\"}\n{\"title\":" + new string('[', 300) + new string(']', 300) + "}\n";

    private static readonly string DeepMarcXml = "<collection xmlns=\"http://www.loc.gov/MARC21/slim\"><record><datafield tag=\"245\" ind1=\"0\" ind2=\"0\">"
        + string.Concat(Enumerable.Repeat("<x>", 200)) + string.Concat(Enumerable.Repeat("</x>", 200)) + "</datafield></record></collection>\n";

    private static readonly string DeepDc = "<collection xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:oai_dc=\"http://www.openarchives.org/OAI/2.0/oai_dc/\"><oai_dc:dc><dc:title>"
        + string.Concat(Enumerable.Repeat("<x>", 200)) + string.Concat(Enumerable.Repeat("</x>", 200)) + "</dc:title></oai_dc:dc></collection>\n";

    private const string RemoteContext = "{\"@context\":\"https://example.org/ctx.jsonld\",\"@id\":\"http://x/1\",\"http://schema.org/name\":\"a\"}";

    private const string RelativeIri = "<rel> <http://schema.org/name> \"a\" .\n";

    public static TheoryData<string, string, string, string, string?> Cases => new()
    {
        { "deep.jsonl", DeepJson, "fail", "nested deeper than 128 levels (nesting depth limit)", null },
        { "deep.marc.xml", DeepMarcXml, "skip", "nest deeper than 128 levels inside one record (nesting depth limit)", null },
        { "deep.dc.xml", DeepDc, "fail", "nest deeper than 64 levels inside one record (nesting depth limit)", null },
        { "remote.jsonld", RemoteContext, "fail", "is not fetched (no network access); embed it inline (use --on-error skip to go on)", null },
        { "remote.jsonld", RemoteContext, "skip", "is not fetched (no network access); embed it inline", "--on-error skip to go on)" },
        { "rel.ttl", RelativeIri, "fail", "relative IRI <rel> and no base IRI: add @base", null },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Errors_are_worded_for_the_command_line(string name, string content, string onError, string expected, string? absent)
    {
        using var dir = new TempDir();
        File.WriteAllText(dir.File(name), content);

        var r = ExporterCli.Run("convert", dir.File(name), "--to", "json", "-o", dir.File("out.jsonl"), "--on-error", onError);

        Assert.Equal(onError == "fail" ? 3 : 1, r.ExitCode);
        Assert.Contains(expected, r.StdErr, StringComparison.Ordinal);
        Assert.DoesNotContain("Options.", r.StdErr, StringComparison.Ordinal);
        Assert.DoesNotContain("OnInvalidRecord", r.StdErr, StringComparison.Ordinal);
        Assert.DoesNotContain("OnRejected", r.StdErr, StringComparison.Ordinal);
        if (absent is not null) Assert.DoesNotContain(absent, r.StdErr, StringComparison.Ordinal);
    }
}
