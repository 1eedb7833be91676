using System.Text.RegularExpressions;
using Exporter.Diagnostics;
using Exporter.Formats.Marc.Iso2709;
using Exporter.Formats.Rdf;
using Exporter.Formats.Rdf.Bibframe;
using Exporter.Pipeline;
using Exporter.Tests.Support;

namespace Exporter.Tests.Formats.Rdf.Bibframe;

/// <summary>
/// Every BIBFRAME, BFLC and MADS/RDF term our crosswalk writes is one marc2bibframe2 v2.10.0 emits: the term list is
/// built from its stylesheets (qualified names, names built with concat($bf, ...), class names chosen as text in
/// xsl:when, and the classes of conf/codeMaps.xml), plus the few BIBFRAME 2 terms it builds in ways a pattern cannot
/// see or no longer emits, each listed with its source.
/// </summary>
public sealed partial class BibframeVocabularyTests
{
    private static readonly string[] Supplement =
    [
        "bf:Print", "bf:Microform", "bf:Tactile",                            // BIBFRAME 2 Instance subclasses (id.loc.gov/ontologies/bibframe); v2.10 no longer types Instances (ConvSpec-LDR.xsl)
        "bf:publicationStatement", "bf:productionStatement", "bf:distributionStatement", "bf:manufactureStatement", // ConvSpec-Process8-ProvAct.xsl: concat('bf:', lower(activity), 'Statement')
        "bf:shelfMark", "bf:ShelfMark", "bf:sublocation", "bf:Sublocation", "bf:Barcode",                        // BIBFRAME 2 Item terms (id.loc.gov/ontologies/bibframe); v2.10 makes no items from 852/876-878 (--items)
    ];

    private static readonly Dictionary<string, string> Namespaces = new(StringComparer.Ordinal)
    {
        ["bf"] = "http://id.loc.gov/ontologies/bibframe/", ["bflc"] = "http://id.loc.gov/ontologies/bflc/", ["madsrdf"] = "http://www.loc.gov/mads/rdf/v1#",
    };

    [GeneratedRegex(@"\b(bf|bflc|madsrdf):([A-Za-z][A-Za-z0-9]*)")]  // digits too: bf:Gtin14Number
    private static partial Regex QualifiedName();

    [GeneratedRegex(@"concat\(\$(bf|bflc|madsrdf), *'([A-Za-z]+)'\)")]
    private static partial Regex ConcatName();

    [GeneratedRegex(@"\$(bf|bflc)""/>([A-Za-z]+)")]
    private static partial Regex ValueOfName();

    [GeneratedRegex(@">([A-Z][A-Za-z]+)</xsl:(when|otherwise|with-param)>")]
    private static partial Regex ChosenClass();

    [GeneratedRegex(@"class=""([A-Za-z]+)""")]
    private static partial Regex CodeMapClass();

    private static HashSet<string> Terms()
    {
        var folder = TestEnvironment.TestData("reference", "marc2bibframe2", "xsl");
        var terms = new HashSet<string>(Supplement, StringComparer.Ordinal);
        foreach (var file in Directory.GetFiles(folder, "*.xsl"))
        {
            var text = File.ReadAllText(file);
            foreach (Match m in QualifiedName().Matches(text)) terms.Add(m.Groups[1].Value + ":" + m.Groups[2].Value);
            foreach (Match m in ConcatName().Matches(text)) terms.Add(m.Groups[1].Value + ":" + m.Groups[2].Value);
            foreach (Match m in ValueOfName().Matches(text)) terms.Add(m.Groups[1].Value + ":" + m.Groups[2].Value);
            foreach (Match m in ChosenClass().Matches(text))
            {
                terms.Add("bf:" + m.Groups[1].Value);
                terms.Add("madsrdf:" + m.Groups[1].Value);
            }
        }

        foreach (Match m in CodeMapClass().Matches(File.ReadAllText(Path.Combine(folder, "conf", "codeMaps.xml")))) terms.Add("bf:" + m.Groups[1].Value);
        return terms;
    }

    [Theory]
    [InlineData("folio-srm/CornellFOLIOExemplars_Bibs.mrc")]
    [InlineData("catmandu-marc/bu_bibs.mrc")]
    [InlineData("marc4j/getty_test_1.mrc")]
    [InlineData("marc4j/pride-and-prejudice-fixed.mrc")]   // 852, 876, 949, 952, 999: items
    public void Every_term_we_write_is_one_marc2bibframe2_emits(string file)
    {
        var terms = Terms();
        var builder = new BibframeGraphBuilder(new BibframeOptions { Clock = new FixedClock(DateTimeOffset.UnixEpoch), Items = true, IncludeLocal = true });
        using var stream = File.OpenRead(TestEnvironment.TestData(["corpus", "marc", .. file.Split('/')]));
        var reader = new Iso2709Reader(stream, new Iso2709ReaderOptions { Strictness = Exporter.Formats.Marc.Model.MarcStrictness.Permissive });
        var used = new SortedSet<string>(StringComparer.Ordinal);
        var records = 0;
        foreach (var read in reader.ReadAll())
        {
            if (read.Record is not { } record) continue;
            records++;
            foreach (var t in builder.Build(record, NullDiagnostics.Instance).Triples)
            {
                Collect(t.Predicate, used);
                if (t.Predicate.Value == RdfNames.Type && t.Object is Iri type) Collect(type, used);
            }
        }

        Assert.True(records > 0);
        Assert.Contains("bf:Work", used);
        var unknown = used.Where(u => !terms.Contains(u)).ToList();
        Assert.True(unknown.Count == 0, "not emitted by marc2bibframe2: " + string.Join(", ", unknown));
    }

    private static void Collect(Iri iri, SortedSet<string> used)
    {
        foreach (var (prefix, ns) in Namespaces)
        {
            if (iri.Value.StartsWith(ns, StringComparison.Ordinal)) used.Add(prefix + ":" + iri.Value[ns.Length..]);
        }
    }
}
