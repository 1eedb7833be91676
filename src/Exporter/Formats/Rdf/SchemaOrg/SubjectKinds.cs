using Exporter.Model;

namespace Exporter.Formats.Rdf.SchemaOrg;

/// <summary>
/// A subject's kind as the DefinedTerm's <c>additionalType</c>: LoC MADS/RDF classes (madsrdf:PersonalName,
/// madsrdf:Geographic...), the word "keyword" for uncontrolled terms; topical terms carry none.
/// </summary>
internal static class SubjectKinds
{
    private static readonly (SubjectKind Kind, string Type)[] Table =
    [
        (SubjectKind.Person, Vocab.Mads + "PersonalName"), (SubjectKind.Organization, Vocab.Mads + "CorporateName"),
        (SubjectKind.Meeting, Vocab.Mads + "ConferenceName"), (SubjectKind.Title, Vocab.Mads + "Title"),
        (SubjectKind.Geographic, Vocab.Mads + "Geographic"), (SubjectKind.Genre, Vocab.Mads + "GenreForm"),
        (SubjectKind.Keyword, "keyword"),
    ];

    public static string? TypeFor(SubjectKind kind) => Array.Find(Table, t => t.Kind == kind).Type;

    public static bool IsIri(string type) => type.StartsWith(Vocab.Mads, StringComparison.Ordinal);

    public static SubjectKind From(IEnumerable<string> types)
    {
        foreach (var t in types)
        {
            foreach (var (kind, type) in Table)
            {
                if (type == t) return kind;
            }
        }

        return SubjectKind.Topical;
    }
}
