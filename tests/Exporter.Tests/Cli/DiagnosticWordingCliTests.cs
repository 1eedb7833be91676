using Exporter.Tests.Support;

namespace Exporter.Tests.Cli;

/// <summary>Errors on stderr name CLI options and limits, never the library's option records.</summary>
public class DiagnosticWordingCliTests
{
    private static readonly string DeepJson = "{\"title\":\"a\"}\n{\"title\":" + new string('[', 300) + new string(']', 300) + "}\n";

    private static readonly string DeepDc = "<collection xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:oai_dc=\"http://www.openarchives.org/OAI/2.0/oai_dc/\"><oai_dc:dc><dc:title>"
        + string.Concat(Enumerable.Repeat("<x>", 200)) + string.Concat(Enumerable.Repeat("</x>", 200)) + "</dc:title></oai_dc:dc></collection>\n";

    private const string RemoteContext = "{\"@context\":\"https://example.org/ctx.jsonld\",\"@id\":\"http://x/1\",\"http://schema.org/name\":\"a\"}";

    private const string RelativeIri = "<rel> <http://schema.org/name> \"a\" .\n";

    public static TheoryData<string, string, string, string, string?> Cases => new()
    {
        { "deep.jsonl", DeepJson, "fail", "nested deeper than 128 levels (nesting depth limit)", null },
        // MARCXML under convert's default (repairing) reading skips a foreign element's subtree with a warning, so its
        // nesting limit is met only under --strict reading of a record (MarcXmlReaderTests cover the limit itself).
        { "deep.dc.xml", DeepDc, "fail", "nest deeper than 128 levels inside one record (nesting depth limit)", null },
        // One JSON-LD document cannot be read past its error: the run stops whatever --on-error says, so no hint to skip.
        { "remote.jsonld", RemoteContext, "fail", "is not fetched (no network access); embed it inline;", "--on-error skip to go on)" },
        { "remote.jsonld", RemoteContext, "skip", "is not fetched (no network access); embed it inline;", "--on-error skip to go on)" },
        { "rel.ttl", RelativeIri, "fail", "relative IRI <rel> and no base IRI: add @base", null },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Errors_are_worded_for_the_command_line(string name, string content, string onError, string expected, string? absent)
    {
        using var dir = new TempDir();
        File.WriteAllText(dir.File(name), content);

        var r = ExporterCli.Run("convert", dir.File(name), "--to", "json", "-o", dir.File("out.jsonl"), "--on-error", onError);

        Assert.Equal(onError == "fail" || name.EndsWith(".jsonld", StringComparison.Ordinal) ? 3 : 1, r.ExitCode);
        Assert.Contains(expected, r.StdErr, StringComparison.Ordinal);
        Assert.DoesNotContain("Options.", r.StdErr, StringComparison.Ordinal);
        Assert.DoesNotContain("OnInvalidRecord", r.StdErr, StringComparison.Ordinal);
        Assert.DoesNotContain("OnRejected", r.StdErr, StringComparison.Ordinal);
        if (absent is not null) Assert.DoesNotContain(absent, r.StdErr, StringComparison.Ordinal);
    }
}
