using Exporter.Formats.Marc.Iso2709;
using Exporter.Formats.Marc.Model;

namespace Exporter.Interop.Tests.Marc;

/// <summary>Compares our default reading of a corpus file with yaz-marcdump and MARC4J.</summary>
internal static class MarcPeerComparison
{
    /// <summary>What happened with one file.</summary>
    public sealed record Outcome(string File, bool PeersAgree, string? PeerDisagreement, string? OurDifference, string? PermissiveDifference);

    public static Outcome Compare(string file, bool marc8)
    {
        var name = MarcCorpusFiles.Name(file);
        var yaz = MarcPeers.Yaz(file, marc8);
        if (yaz.Complained) return new Outcome(name, false, "yaz complained", null, null);
        var marc4j = MarcPeers.Marc4j(file);
        var yazView = MarcXmlView.OfXml(yaz.Xml);
        var disagreement = marc4j.Complained ? "MARC4J failed" : MarcXmlView.Diff(MarcXmlView.AsMarc4jSees(yazView), MarcXmlView.AsMarc4jSees(MarcXmlView.OfXml(marc4j.Xml)), "yaz", "MARC4J");
        if (disagreement is not null) return new Outcome(name, false, disagreement, null, null);
        var ours = Read(file, Iso2709ReaderOptions.Default);
        var permissive = Read(file, new Iso2709ReaderOptions { Strictness = MarcStrictness.Permissive });
        return new Outcome(name, true, null, MarcXmlView.Diff(ours, yazView, "ours", "peers"), MarcXmlView.Diff(permissive, yazView, "ours (permissive)", "peers"));
    }

    private static List<List<string>?> Read(string file, Iso2709ReaderOptions options)
    {
        using var stream = File.OpenRead(file);
        return [.. new Iso2709Reader(stream, options).ReadAll().Select(r => r.Record is null ? null : MarcXmlView.Of(r.Record))];
    }
}
