using Exporter.Formats.Marc.Crosswalk;
using Exporter.Model;
using static Exporter.Formats.Rdf.Bibframe.BibframeTerms;

namespace Exporter.Formats.Rdf.Bibframe.Reading;

/// <summary>
/// Subjects of a Work back to hub subjects: each bf:subject (kind from its classes, or from the first component of a
/// madsrdf:ComplexSubject; an untyped bf:Topic blank node is an uncontrolled keyword, 653), then each genre/form
/// heading of the record's own (655; the terms marc2bibframe2 and we derive from 008 are id.loc.gov vocabulary IRIs
/// and are not headings). The scheme comes from bf:source: LCSH, children's subjects, a subjectSchemes or
/// genreFormSchemes code, or a source node's bf:code.
/// </summary>
internal static class BibframeSubjects
{
    private const string SubjectSchemes = "http://id.loc.gov/vocabulary/subjectSchemes/";
    private const string GenreFormSchemes = "http://id.loc.gov/vocabulary/genreFormSchemes/";

    public static IEnumerable<Subject> Read(BibframeGraphIndex g, RdfTerm work)
    {
        foreach (var node in g.Objects(work, Bf + "subject"))
        {
            if (Label(g, node) is not { } label) continue;
            var types = g.Types(node).ToList();
            var keyword = node is BlankNode && types.All(t => t == Bf + "Topic") && !g.Objects(node, Bf + "source").Any();
            var kind = keyword ? SubjectKind.Keyword : Kind(g, node, types);
            yield return new Subject(kind == SubjectKind.Person ? PersonHeading(label) : label, Scheme(g, node), kind);
        }

        foreach (var genre in Genres(g, work))
        {
            if (!ResourceTypeCodes.IsTypeGenre(genre.Heading, genre.Scheme)) yield return genre;
        }
    }

    /// <summary>The Work's own genre/form headings (not the id.loc.gov vocabulary terms of coded data).</summary>
    public static IEnumerable<Subject> Genres(BibframeGraphIndex g, RdfTerm work)
    {
        foreach (var node in g.Objects(work, Bf + "genreForm"))
        {
            if (node is Iri iri && iri.Value.StartsWith("http://id.loc.gov/vocabulary/", StringComparison.Ordinal)) continue;
            if (Label(g, node) is { } label) yield return new Subject(label, Scheme(g, node), SubjectKind.Genre);
        }
    }

    /// <summary>The name part of a person heading (before the first "--") in the hub's form (<see cref="PersonalNameLabel"/>).</summary>
    private static string PersonHeading(string label)
    {
        var dashes = label.IndexOf("--", StringComparison.Ordinal);
        return dashes < 0 ? PersonalNameLabel.Hub(label) : PersonalNameLabel.Hub(label[..dashes]) + label[dashes..];
    }

    private static string? Label(BibframeGraphIndex g, RdfTerm node) =>
        g.Text(node, RdfsLabel.Value) ?? g.Text(node, Mads + "authoritativeLabel");

    private static SubjectKind Kind(BibframeGraphIndex g, RdfTerm node, List<string> types)
    {
        if (types.Contains(Mads + "ComplexSubject") && g.Objects(node, Mads + "componentList").FirstOrDefault() is { } list
            && g.List(list).FirstOrDefault() is { } first)
            types = [.. g.Types(first)];
        if (types.Contains(Bf + "Person") || types.Contains(Bf + "Family") || types.Contains(Mads + "PersonalName") || types.Contains(Mads + "FamilyName")) return SubjectKind.Person;
        if (types.Contains(Bf + "Organization") || types.Contains(Bf + "Jurisdiction") || types.Contains(Mads + "CorporateName")) return SubjectKind.Organization;
        if (types.Contains(Bf + "Meeting") || types.Contains(Mads + "ConferenceName")) return SubjectKind.Meeting;
        if (types.Contains(Bf + "Work") || types.Contains(Mads + "Title") || types.Contains(Mads + "NameTitle")) return SubjectKind.Title;
        if (types.Contains(Bf + "Place") || types.Contains(Mads + "Geographic")) return SubjectKind.Geographic;
        if (types.Contains(Bf + "GenreForm") || types.Contains(Mads + "GenreForm")) return SubjectKind.Genre;
        return SubjectKind.Topical;
    }

    /// <summary>The hub scheme code of a heading's bf:source (LCSH and its genre/form thesaurus read as the MARC crosswalk reads second indicator 0).</summary>
    private static string? Scheme(BibframeGraphIndex g, RdfTerm node)
    {
        foreach (var source in g.Objects(node, Bf + "source"))
        {
            if (source is Iri iri)
            {
                var v = iri.Value.TrimEnd('/');
                if (v is "http://id.loc.gov/authorities/subjects" or "http://id.loc.gov/authorities/genreForms") return "lcsh";
                if (v == "http://id.loc.gov/authorities/childrensSubjects") return "cyac";
                if (v.StartsWith(SubjectSchemes, StringComparison.Ordinal)) return Uri.UnescapeDataString(v[SubjectSchemes.Length..]);
                if (v.StartsWith(GenreFormSchemes, StringComparison.Ordinal)) return Uri.UnescapeDataString(v[GenreFormSchemes.Length..]);
            }

            if (g.Text(source, Bf + "code") is { } code) return code;
        }

        return null;
    }
}
