using Exporter.Formats.Marc.Iso2709;
using Exporter.Formats.Marc.Model;

namespace Exporter.Interop.Tests.Marc;

/// <summary>Compares our default reading of a corpus file (that of <c>exporter convert</c>) with yaz-marcdump and MARC4J.</summary>
internal static class MarcPeerComparison
{
    /// <summary>What happened with one file; <see cref="OurDifference"/> is that of <c>exporter convert</c>'s default reading (permissive).</summary>
    public sealed record Outcome(string File, bool PeersAgree, string? PeerDisagreement, string? OurDifference);

    /// <summary>How <c>exporter convert</c> reads by default: permissive (repairs are warnings), characters as they are.</summary>
    public static readonly Iso2709ReaderOptions ConvertDefault = new() { Strictness = MarcStrictness.Permissive };

    public static Outcome Compare(string file, MarcCorpusFiles.Profile profile)
    {
        var name = MarcCorpusFiles.Name(file);
        var yazView = profile == MarcCorpusFiles.Profile.Mixed ? YazMixed(file) : YazWhole(file, profile == MarcCorpusFiles.Profile.Marc8);
        if (yazView is null) return new Outcome(name, false, "yaz complained", null);
        var marc4j = MarcPeers.Marc4j(file);
        var disagreement = marc4j.Complained ? "MARC4J failed" : MarcXmlView.Diff(MarcXmlView.AsMarc4jSees(yazView), MarcXmlView.AsMarc4jSees(MarcXmlView.OfXml(marc4j.Xml)), "yaz", "MARC4J");
        if (disagreement is not null) return new Outcome(name, false, disagreement, null);
        return new Outcome(name, true, null, MarcXmlView.Diff(Read(file, ConvertDefault), yazView, "ours", "peers"));
    }

    private static List<List<string>?>? YazWhole(string file, bool marc8)
    {
        var yaz = MarcPeers.Yaz(file, marc8);
        return yaz.Complained ? null : MarcXmlView.OfXml(yaz.Xml);
    }

    /// <summary>
    /// yaz converts a whole file one way, so a file mixing UTF-8 and MARC-8 records is split in two by leader/09,
    /// each part read with the right flags, and the records put back in file order.
    /// </summary>
    private static List<List<string>?>? YazMixed(string file)
    {
        var records = MarcCorpusFiles.Segments(File.ReadAllBytes(file));
        var utf8 = records.Where(r => r[9] == (byte)'a').SelectMany(r => r).ToArray();
        var marc8 = records.Where(r => r[9] != (byte)'a').SelectMany(r => r).ToArray();
        var a = MarcPeers.YazBytes(utf8);
        var b = MarcPeers.YazBytes(marc8, marc8: true);
        if (a.Complained || b.Complained) return null;
        var (utf8Views, marc8Views) = (new Queue<List<string>?>(MarcXmlView.OfXml(a.Xml)), new Queue<List<string>?>(MarcXmlView.OfXml(b.Xml)));
        if (utf8Views.Count + marc8Views.Count != records.Count) return null;
        return [.. records.Select(r => r[9] == (byte)'a' ? utf8Views.Dequeue() : marc8Views.Dequeue())];
    }

    private static List<List<string>?> Read(string file, Iso2709ReaderOptions options)
    {
        using var stream = File.OpenRead(file);
        return [.. new Iso2709Reader(stream, options).ReadAll().Select(r => r.Record is null ? null : MarcXmlView.Of(r.Record))];
    }
}
