using Exporter.Formats.Common.Text;
using System.Collections.Immutable;
using System.Globalization;
using Exporter.Diagnostics;
using Exporter.Model;

namespace Exporter.Formats.Rdf.SchemaOrg;

/// <summary>
/// schema.org graph to hub: finds the Edition (the node with <c>exampleOfWork</c>, else the one creative work),
/// reads it and its Work back as <see cref="SchemaOrgGraphBuilder"/> wrote them, and takes what it can from JSON-LD
/// written by others (Google-style single Book nodes, http://schema.org terms).
/// </summary>
internal sealed class SchemaOrgGraphReader(GraphIndex g, IDiagnostics diagnostics)
{
    public CatalogRecord? Read()
    {
        var edition = FindEdition();
        if (edition is null)
        {
            diagnostics.Report(new Diagnostic("SDO0001", Severity.Error, "no schema.org creative work found in the graph"));
            return null;
        }

        var work = g.Objects(edition, "exampleOfWork").FirstOrDefault();
        var (cls, type) = TypeOf(edition);
        return new CatalogRecord
        {
            Title = g.Text(edition, "name") ?? (work is null ? null : g.Text(work, "name")) ?? "",
            Subtitle = g.Text(edition, "alternativeHeadline"),
            Contributors = [.. new ContributorReader(g).Read(edition, work)],
            Publisher = Name(g.Objects(edition, "publisher").FirstOrDefault()),
            Place = Name(g.Objects(edition, "publisher").SelectMany(p => g.Objects(p, "location")).FirstOrDefault() ?? g.Objects(edition, "locationCreated").FirstOrDefault()),
            YearPublished = Year(g.Text(edition, "datePublished")),
            FirstPublished = work is null ? null : Year(g.Text(work, "datePublished")),
            Edition = g.Text(edition, ResourceTypes.IsBook(cls) ? "bookEdition" : "version") ?? g.Text(edition, "bookEdition"),
            Extent = ExtentOf(edition),
            ResourceType = type,
            Identifiers = Identifiers(edition),
            Languages = [.. g.Texts(edition, "inLanguage").Select(LanguageCodes.Marc)],
            TranslatedFrom = work is null ? [] : [.. g.Objects(work, "translationOfWork").SelectMany(o => g.Texts(o, "inLanguage")).Select(LanguageCodes.Marc)],
            Series = [.. g.Ordered(edition, "isPartOf").Select(s => new SeriesStatement(g.Text(s, "name") ?? "", g.Text(s, "position")))],
            Description = g.Text(work ?? edition, "description"),                                 // the blurb is the work's; a lone node's first description
            Abstract = g.Text(edition, "abstract"),
            Reviews = [.. g.Ordered(edition, "review").Select(Review)],
            Contents = Contents(edition),
            Subjects = Subjects(edition),
            Notes = [.. Notes(edition, work)],
            LastModified = g.Text(edition, "dateModified") is { } modified && LastModifiedText.TryParse(modified, out var changed) ? changed : null,
            Rights = [.. g.Objects(edition, "license").Select(o => o switch { Iri i => i.Value, Literal l => l.Lexical, _ => null }).OfType<string>(), .. g.Texts(edition, "copyrightNotice")],
            SourceFields = [.. g.Objects(edition, Vocab.MarcKey, true).OfType<Literal>().Where(l => l.Lexical.Length >= 3).Select(l => new SourceField("marc21", l.Lexical[..3], l.Lexical[3..]))],
        };
    }

    // Notes are the edition's descriptions (row: Notes -> Edition description; a lone node's first is the blurb), and
    // the comments of older output and others' data.
    private IEnumerable<string> Notes(RdfTerm edition, RdfTerm? work)
    {
        var descriptions = work is not null ? g.Texts(edition, "description") : g.Texts(edition, "description").Skip(1);
        return descriptions.Concat(g.Ordered(edition, "comment").Select(c => c is Literal l ? l.Lexical : g.Text(c, "text") ?? ""));
    }

    private RdfTerm? FindEdition()
    {
        var withWork = g.Subjects.FirstOrDefault(s => g.Objects(s, "exampleOfWork").Any());
        if (withWork is not null) return withWork;
        return g.Subjects.FirstOrDefault(s => g.Types(s).Any(t => ResourceTypes.From(t, []) is not null) && !g.Objects(s, "workExample").Any())
            ?? g.Subjects.FirstOrDefault(s => g.Types(s).Any(t => ResourceTypes.From(t, []) is not null));
    }

    private (string Class, ResourceType Type) TypeOf(RdfTerm edition)
    {
        var genres = g.Texts(edition, "genre").ToList();
        foreach (var t in g.Types(edition))
        {
            if (ResourceTypes.From(t, genres) is ResourceType rt) return (t, rt);
        }

        diagnostics.Report(new Diagnostic("SDO0002", Severity.Warning, "the work's type is not one Exporter maps; read as Other"));
        return ("CreativeWork", ResourceType.Other);
    }

    private string? Name(RdfTerm? node) => node switch
    {
        null => null,
        Literal l => l.Lexical,
        _ => g.Text(node, "name"),
    };

    private int? Year(string? value)
    {
        if (value is null) return null;
        var neg = value.StartsWith('-');
        var digits = new string(value.Skip(neg ? 1 : 0).TakeWhile(char.IsAsciiDigit).ToArray());
        if (digits.Length is >= 1 and <= 9 && int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var y)) return neg ? -y : y;
        diagnostics.Report(new Diagnostic("SDO0003", Severity.Warning, $"'{value}' is not a year; left out") { Field = "datePublished" });
        return null;
    }

    private Extent? ExtentOf(RdfTerm edition)
    {
        int? pages = null;
        string? text = null;
        if (g.Text(edition, "numberOfPages") is string n && int.TryParse(n, NumberStyles.Integer, CultureInfo.InvariantCulture, out var p)) pages = p;
        foreach (var m in g.Objects(edition, "materialExtent"))
        {
            if (m is Literal l) text = l.Lexical;
            else if (g.Text(m, "value") is string v && int.TryParse(v, NumberStyles.Integer, CultureInfo.InvariantCulture, out var q)) pages ??= q;
        }

        return pages is null && text is null ? null : new Extent(pages, text);
    }

    private ImmutableArray<Identifier> Identifiers(RdfTerm edition)
    {
        var result = new List<Identifier>();
        foreach (var node in g.Ordered(edition, "identifier"))
        {
            if (node is Literal lit)
            {
                result.Add(new Identifier(IdentifierType.Local, lit.Lexical));
                continue;
            }

            var id = g.Text(node, "propertyID");
            var type = id is null ? null : IdentifierIds.From(id);
            if (type is null)
            {
                diagnostics.Report(new Diagnostic("SDO0004", Severity.Warning, $"identifier with propertyID '{id}' is not one Exporter knows; left out") { Field = "identifier" });
                continue;
            }

            result.Add(new Identifier(type.Value, g.Text(node, "value") ?? "", g.Text(node, "description")));
        }

        if (!result.Exists(i => i.Type == IdentifierType.Isbn))
        {
            result.AddRange(g.Texts(edition, "isbn").Select(v => new Identifier(IdentifierType.Isbn, v)));
        }

        if (!result.Exists(i => i.Type == IdentifierType.Url))
        {
            var pages = g.Objects(edition, "mainEntityOfPage").Append(edition).OfType<Iri>().Select(i => i.Value.Split('#')[0]).ToHashSet(StringComparer.Ordinal);
            result.AddRange(g.Objects(edition, "url").Select(o => o is Iri i ? i.Value : ((Literal)o).Lexical).Where(v => !pages.Contains(v)).Select(v => new Identifier(IdentifierType.Url, v)));
        }

        return [.. result];
    }

    private Review Review(RdfTerm node)
    {
        var reviewer = Name(g.Objects(node, "author").FirstOrDefault());
        var parts = g.Ordered(node, "hasPart");
        if (parts.Count > 0) return new Review([.. parts.Select(p => g.Text(p, "text") ?? "")], reviewer);
        var body = g.Text(node, "reviewBody");
        return new Review(body is null ? [] : [.. ReviewBodies.Split(body)], reviewer);
    }

    private ImmutableArray<ContentsSection> Contents(RdfTerm edition)
    {
        var sections = new List<ContentsSection>();
        var loose = new List<ContentsEntry>();
        foreach (var part in g.Ordered(edition, "hasPart"))
        {
            var children = g.Ordered(part, "hasPart");
            var isSection = !g.HasType(part, "Chapter") || children.Count > 0;
            if (!isSection)
            {
                loose.Add(Entry(part));
                continue;
            }

            Flush();
            sections.Add(new ContentsSection(g.Text(part, "name"), [.. children.Select(Entry)]));
        }

        Flush();
        return [.. sections];

        void Flush()
        {
            if (loose.Count == 0) return;
            sections.Add(new ContentsSection(null, [.. loose]));
            loose.Clear();
        }
    }

    private ContentsEntry Entry(RdfTerm node) => new(g.Text(node, "name") ?? "", g.Text(node, "position"));

    private ImmutableArray<Subject> Subjects(RdfTerm edition)
    {
        var result = new List<Subject>();
        foreach (var node in g.Ordered(edition, "about"))
        {
            if (node is Literal l)
            {
                result.Add(new Subject(l.Lexical));
                continue;
            }

            var set = g.Objects(node, "inDefinedTermSet").FirstOrDefault();
            var scheme = set switch
            {
                Iri i when i.Value.StartsWith(Vocab.SubjectSchemes, StringComparison.Ordinal) => Uri.UnescapeDataString(i.Value[Vocab.SubjectSchemes.Length..]),
                Iri i when i.Value.TrimEnd('/') == "http://id.loc.gov/authorities/subjects" => "lcsh",
                Iri i => i.Value,
                Literal lit => lit.Lexical,
                _ => null,
            };
            var kinds = g.Objects(node, "additionalType").Select(o => o is Iri i ? i.Value : ((Literal)o).Lexical);
            result.Add(new Subject(g.Text(node, "name") ?? "", scheme, SubjectKinds.From(kinds)));
        }

        result.AddRange(g.Texts(edition, "keywords").Select(k => new Subject(k, null, SubjectKind.Keyword)));
        return [.. result];
    }
}
