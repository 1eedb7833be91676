using System.Text;
using Exporter.Formats.Marc.Model;
using static Exporter.Formats.Rdf.Bibframe.BibframeTerms;

namespace Exporter.Formats.Rdf.Bibframe;

/// <summary>
/// Subjects of the Work from 600-651 and 653 (ConvSpec-600-662): a node <c>#{Kind}{tag}-{position}</c> of the
/// BIBFRAME class and its MADS/RDF class (Topic, Geographic, Temporal, names), or a madsrdf:ComplexSubject with an
/// rdf:List of components when the heading has subdivisions ($v form, $x general, $y chronological, $z geographic);
/// the label joins the parts with "--". The thesaurus (second indicator, $2) becomes bf:source.
/// </summary>
internal static class Subjects
{
    public static void Map(BibframeGraphContext c)
    {
        foreach (var f in c.Fields("600", "610", "611", "630", "648", "650", "651"))
        {
            var (bfClass, madsClass, main) = Heading(f);
            if (main is null) continue;
            var subdivisions = Subdivisions(f);
            var label = Label(main, subdivisions);
            var node = c.FieldNode(bfClass == "Place" ? "Place" : bfClass == "Temporal" ? "Temporal" : bfClass == "Agent" ? "Agent" : "Topic", f);
            c.Add(c.Work, B("subject"), node);                                                      // row: 6XX -> bf:subject
            if (subdivisions.Count > 0)
            {
                c.Add(node, RdfType, B("Topic"));
                c.Add(node, RdfType, M("ComplexSubject"));                                            // row: $v $x $y $z -> ComplexSubject
            }
            else
            {
                c.Add(node, RdfType, B(bfClass));
                if (bfClass == "Agent") c.Add(node, RdfType, B(AgentNames.Class(f)));
                c.Add(node, RdfType, M(madsClass));
            }

            c.Text(node, RdfsLabel, label);
            c.Text(node, M("authoritativeLabel"), label);
            if (subdivisions.Count > 0) Components(c, node, madsClass, main, subdivisions);
            Source(c, node, f);
        }

        foreach (var f in c.Fields("653"))                                                          // row: 653 $a -> uncontrolled Topic
        {
            foreach (var a in f.Values('a'))
            {
                if (BibframeText.Chop(a) is not { } term) continue;
                var node = c.Node(c.Work, B("subject"), B("Topic"));
                c.Text(node, RdfsLabel, term);
            }
        }
    }

    /// <summary>The subdivisions ($v form, $x general, $y chronological, $z geographic) that have text, chopped, in field order.</summary>
    private static List<(char Code, string Label)> Subdivisions(DataField f)
    {
        var subdivisions = new List<(char Code, string Label)>();
        foreach (var s in f.Subfields)
        {
            if (s.Code is 'v' or 'x' or 'y' or 'z' && BibframeText.Chop(s.Value) is { } label) subdivisions.Add((s.Code, label));
        }

        return subdivisions;
    }

    /// <summary>The heading's label: the main part and each subdivision, joined by "--".</summary>
    private static string Label(string main, List<(char Code, string Label)> subdivisions)
    {
        if (subdivisions.Count == 0) return main;
        var length = main.Length;
        foreach (var s in subdivisions) length += 2 + s.Label.Length;
        var sb = new StringBuilder(main, length);
        foreach (var s in subdivisions) sb.Append("--").Append(s.Label);
        return sb.ToString();
    }

    /// <summary>BIBFRAME class, MADS/RDF class and main label of a heading field.</summary>
    private static (string BfClass, string MadsClass, string? Main) Heading(DataField f) => f.Tag switch
    {
        "600" => ("Agent", f.Indicator1 == '3' ? "FamilyName" : "PersonalName", NameWithTitle(f)),
        "610" => ("Agent", "CorporateName", NameWithTitle(f)),
        "611" => ("Agent", "ConferenceName", NameWithTitle(f)),
        "630" => ("Work", "Title", Join(f, "adfgklmnoprst")),
        "648" => ("Temporal", "Temporal", Join(f, "a")),
        "651" => ("Place", "Geographic", Join(f, "ag")),
        _ => ("Topic", "Topic", Join(f, "abcdg")),
    };

    private static string? NameWithTitle(DataField f)
    {
        var name = AgentNames.Label(f);
        var title = f['t'] is null ? null : Join(f, "tfklmnoprs", fromTitle: true);
        return title is null ? name : name + ". " + title;
    }

    private static string? Join(DataField f, string codes, bool fromTitle = false)
    {
        var parts = new SpaceJoiner();
        var started = !fromTitle;
        foreach (var s in f.Subfields)
        {
            if (s.Code == 't') started = true;
            if (started && codes.Contains(s.Code, StringComparison.Ordinal)) parts.Add(s.Value);
        }

        return BibframeText.Chop(parts.ToString());
    }

    private static void Components(BibframeGraphContext c, Iri node, string madsClass, string main, List<(char Code, string Label)> subdivisions)
    {
        var parts = new List<(string Class, string Label)> { (madsClass, main) };
        foreach (var s in subdivisions)
        {
            var cls = s.Code switch { 'v' => "GenreForm", 'y' => "Temporal", 'z' => "Geographic", _ => "Topic" };
            parts.Add((cls, s.Label));
        }

        RdfTerm list = RdfNames.NilIri;
        var cells = new List<BlankNode>();
        for (var i = 0; i < parts.Count; i++) cells.Add(c.Blank());
        c.Add(node, M("componentList"), cells[0]);
        for (var i = 0; i < parts.Count; i++)
        {
            var component = c.Blank();
            c.Add(cells[i], RdfNames.FirstIri, component);
            c.Add(component, RdfType, M(parts[i].Class));
            c.Text(component, M("authoritativeLabel"), parts[i].Label);
            c.Add(cells[i], RdfNames.RestIri, i + 1 < cells.Count ? cells[i + 1] : list);
        }
    }

    private static void Source(BibframeGraphContext c, Iri node, DataField f)
    {
        var scheme = f.Indicator2 switch
        {
            '0' => "http://id.loc.gov/authorities/subjects",
            '1' => "http://id.loc.gov/authorities/childrensSubjects",
            '2' => "http://id.loc.gov/vocabulary/subjectSchemes/mesh",
            '3' => "http://id.loc.gov/vocabulary/subjectSchemes/nal",
            '5' => "http://id.loc.gov/vocabulary/subjectSchemes/cash",
            '6' => "http://id.loc.gov/vocabulary/subjectSchemes/rvm",
            '7' when f['2'] is { } code && code.Trim().Length > 0 => "http://id.loc.gov/vocabulary/subjectSchemes/" + RecordIdentity.Segment(code.Trim()),
            _ => null,
        };
        if (scheme is null) return;
        if (f.Indicator2 is '0' or '1') c.Add(node, M("isMemberOfMADSScheme"), new Iri(scheme));
        c.Add(node, B("source"), new Iri(scheme));
    }
}
