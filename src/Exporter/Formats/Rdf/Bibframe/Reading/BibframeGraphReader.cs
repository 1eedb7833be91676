using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;
using Exporter.Diagnostics;
using Exporter.Formats.Marc.Crosswalk;
using Exporter.Model;
using static Exporter.Formats.Rdf.Bibframe.BibframeTerms;

namespace Exporter.Formats.Rdf.Bibframe.Reading;

/// <summary>
/// One record's BIBFRAME 2 graph (a Work and its Instance) to a hub record, the reverse of the crosswalk as far as the
/// hub can hold it (docs/mappings/bibframe.md, "Reading BIBFRAME"): titles, contributions with roles, subjects and
/// genre/form, languages, identifiers, provision activity, edition, extent, notes, summary, contents, series and the
/// resource type. Reads our graphs and marc2bibframe2's alike; where a graph offers a value in several scripts the one
/// without a language tag (the transcription) is read.
/// </summary>
internal sealed partial class BibframeGraphReader(BibframeGraphIndex g)
{
    private const string LocVocabulary = "http://id.loc.gov/vocabulary/";

    [GeneratedRegex(@"^Originally published:?\s*(-?\d{1,9})\.?$")]
    private static partial Regex OriginallyPublished();

    [GeneratedRegex(@"\d{4}")]
    private static partial Regex Year4();

    public CatalogRecord Read()
    {
        var instance = FindInstance();
        var work = (instance is null ? null : g.Objects(instance, Bf + "instanceOf").FirstOrDefault())
            ?? g.Subjects.FirstOrDefault(s => g.Is(s, Bf + "Work") && (instance is null || g.Objects(s, Bf + "hasInstance").Contains(instance)));
        if (instance is null && work is null)
            throw new RecordFormatException(new Diagnostic(BibframeDiagnosticCodes.NoWorkOrInstance, Severity.Error,
                "the graph has no bf:Instance and no bf:Work: it holds no BIBFRAME record"));
        var i = instance ?? work!;
        var w = work ?? instance!;
        var notes = Notes(i);
        var first = FirstFromNotes(notes);
        if (first is not null) notes.RemoveAt(notes.FindIndex(n => OriginallyPublished().IsMatch(n)));
        var (description, abs) = Summaries(w);
        var (place, publisher, year, stated) = Publication(i);
        return new CatalogRecord
        {
            Title = Title(i) ?? Title(w) ?? "",
            Subtitle = MainTitleNode(i) is { } t ? g.Text(t, Bf + "subtitle") : null,
            Contributors = Contributors(w),
            Publisher = publisher,
            Place = place,
            YearPublished = year,
            DateOfPublication = stated,
            FirstPublished = first,
            Edition = g.Text(i, Bf + "editionStatement"),
            Extent = Extent(i),
            ResourceType = BibframeResourceTypes.Of(g, w, GenreTerms(w)),
            Identifiers = Identifiers(i, w),
            Languages = [.. g.Objects(w, Bf + "language").OfType<Iri>().Where(l => l.Value.StartsWith(BibframeTerms.Languages, StringComparison.Ordinal)).Select(l => l.Value[BibframeTerms.Languages.Length..]).Where(l => l is not ("und" or "zxx")).Distinct()],
            Series = Series(i),
            Description = description,
            Abstract = abs,
            Contents = BibframeContents.Read(g.Objects(w, Bf + "tableOfContents").Select(n => g.Text(n, RdfsLabel.Value)).OfType<string>()),
            Subjects = [.. BibframeSubjects.Read(g, w)],
            Notes = [.. notes],
            Rights = Rights(i),
        };
    }

    /// <summary>Each bf:UsePolicy's label and links, in order (access policies, 506, have no place in the hub).</summary>
    private ImmutableArray<string> Rights(RdfTerm instance) =>
    [
        .. g.Objects(instance, Bf + "usageAndAccessPolicy").Where(p => g.Is(p, Bf + "UsePolicy"))
            .SelectMany(p => new[] { g.Text(p, RdfsLabel.Value) }.Concat(g.Objects(p, Bf + "electronicLocator").OfType<Iri>().Select(l => l.Value)))
            .OfType<string>().Where(v => v.Length > 0),
    ];

    private RdfTerm? FindInstance() =>
        g.Subjects.FirstOrDefault(s => s is Iri && g.Objects(s, Bf + "instanceOf").Any())
        ?? g.Subjects.FirstOrDefault(s => g.Objects(s, Bf + "instanceOf").Any())
        ?? g.Subjects.FirstOrDefault(s => g.Is(s, Bf + "Instance"));

    /// <summary>The title node of class bf:Title only (not a variant, parallel or abbreviated title).</summary>
    private RdfTerm? MainTitleNode(RdfTerm node) =>
        g.Objects(node, Bf + "title").FirstOrDefault(t => g.Types(t).All(c => c == Bf + "Title") && g.Is(t, Bf + "Title"))
        ?? g.Objects(node, Bf + "title").FirstOrDefault(t => g.Text(t, Bf + "mainTitle") is not null);

    /// <summary>Main title, part number and part name joined as the hub joins 245 $a $n $p.</summary>
    private string? Title(RdfTerm node)
    {
        if (MainTitleNode(node) is not { } t || g.Text(t, Bf + "mainTitle") is not { } main) return null;
        return string.Join(" ", new[] { main }.Concat(g.Texts(t, Bf + "partNumber")).Concat(g.Texts(t, Bf + "partName")));
    }

    private ImmutableArray<Contributor> Contributors(RdfTerm work)
    {
        var list = new List<Contributor>();
        foreach (var c in g.Objects(work, Bf + "contribution"))
        {
            if (g.Objects(c, Bf + "agent").FirstOrDefault() is not { } agent) continue;
            var name = g.Text(agent, RdfsLabel.Value) ?? g.Text(agent, Mads + "authoritativeLabel");
            if (name is null) continue;
            var kind = g.Is(agent, Bf + "Family") ? AgentKind.Family
                : g.Is(agent, Bf + "Organization") || g.Is(agent, Bf + "Jurisdiction") || g.Is(agent, Bf + "Meeting") ? AgentKind.Organization
                : AgentKind.Person;
            var roles = g.Objects(c, Bf + "role").Select(Role).OfType<string>().Distinct().ToImmutableArray();
            list.Add(new Contributor(kind == AgentKind.Person ? PersonalNameLabel.Hub(name) : name, roles, kind));
        }

        return [.. list];
    }

    /// <summary>A role as a hub relator term: the term of its relator code, else its label, else the code.</summary>
    private string? Role(RdfTerm role)
    {
        var label = g.Text(role, RdfsLabel.Value);
        var code = role is Iri iri && iri.Value.StartsWith(Relators, StringComparison.Ordinal) ? iri.Value[Relators.Length..] : g.Text(role, Bf + "code");
        if (code is not null && ContributorRoles.TermFor(code.Trim().TrimEnd('.').ToLowerInvariant()) is { } term) return term;
        if (label is not null) return ContributorRoles.Normalize(label);
        return code?.Trim().TrimEnd('.');
    }

    private List<string> Notes(RdfTerm instance) =>
        [.. g.Objects(instance, Bf + "note").Where(n => !g.Objects(n, Bf + "noteType").Any()).Select(n => g.Text(n, RdfsLabel.Value)).OfType<string>()];

    /// <summary>"Originally published: 1937." (the hub's first publication, as the MARC crosswalk writes it).</summary>
    private static int? FirstFromNotes(List<string> notes)
    {
        foreach (var n in notes)
        {
            if (OriginallyPublished().Match(n) is { Success: true } m && int.TryParse(m.Groups[1].Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var y)) return y;
        }

        return null;
    }

    /// <summary>BIBFRAME has one kind of summary: the first is the description, the second the abstract, the rest are not read.</summary>
    private (string? Description, string? Abstract) Summaries(RdfTerm work)
    {
        var texts = g.Objects(work, Bf + "summary").Select(n => g.Text(n, RdfsLabel.Value)).OfType<string>().ToList();
        return (texts.ElementAtOrDefault(0), texts.ElementAtOrDefault(1));
    }

    /// <summary>The first bf:Publication (else the first activity): its simple place, agent and date, the year from the date or its EDTF.</summary>
    private (string? Place, string? Publisher, int? Year, string? Stated) Publication(RdfTerm instance)
    {
        var activities = g.Objects(instance, Bf + "provisionActivity").ToList();
        var p = activities.FirstOrDefault(a => g.Is(a, Bf + "Publication") && g.Text(a, Bflc + "simpleDate") is not null)
            ?? activities.FirstOrDefault(a => g.Is(a, Bf + "Publication")) ?? activities.FirstOrDefault();
        if (p is null) return (null, null, null, null);
        var place = PublicationPlaceholders.Value(g.Text(p, Bflc + "simplePlace") ?? Label(g.Objects(p, Bf + "place").FirstOrDefault(x => x is not Iri i || !i.Value.StartsWith(LocVocabulary, StringComparison.Ordinal))));
        var agent = PublicationPlaceholders.Value(g.Text(p, Bflc + "simpleAgent") ?? Label(g.Objects(p, Bf + "agent").FirstOrDefault()));
        var date = PublicationPlaceholders.Value(g.Text(p, Bflc + "simpleDate"));
        int? year = date is not null && int.TryParse(date, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var y) ? y : null;
        year ??= activities.Select(a => g.Text(a, Bf + "date")).Select(d => d is null ? null : Year4().Match(d)).Where(m => m is { Success: true }).Select(m => (int?)int.Parse(m!.Value, CultureInfo.InvariantCulture)).FirstOrDefault();
        var stated = date is not null && date != year?.ToString(CultureInfo.InvariantCulture) ? date : null;
        return (place, agent, year, stated);
    }

    private string? Label(RdfTerm? node) => node is null ? null : g.Text(node, RdfsLabel.Value);

    /// <summary>The extent's label, with its note ($b) and the dimensions ($c) as an ISBD statement; a plain page count as pages.</summary>
    private Extent? Extent(RdfTerm instance)
    {
        if (g.Objects(instance, Bf + "extent").FirstOrDefault() is not { } node || Label(node) is not { } label) return null;
        var text = label;
        foreach (var note in g.Objects(node, Bf + "note").Select(Label).OfType<string>()) text += " : " + note;
        foreach (var dimensions in g.Texts(instance, Bf + "dimensions")) text += " ; " + dimensions;
        if (ExtentText.SimplePages(text) is int pages) return new Extent(pages);
        return new Extent(ExtentText.PagesIn(text), text);
    }

    /// <summary>The labels and sources of the Work's own genre/form headings (655), for the resource type.</summary>
    private List<(string Term, string? Source)> GenreTerms(RdfTerm work) =>
        [.. BibframeSubjects.Genres(g, work).Select(s => (s.Heading, s.Scheme))];

    private ImmutableArray<SeriesStatement> Series(RdfTerm instance)
    {
        var numbers = g.Texts(instance, Bf + "seriesEnumeration").ToList();
        return [.. g.Texts(instance, Bf + "seriesStatement").Select((s, n) => new SeriesStatement(s, numbers.ElementAtOrDefault(n)))];
    }

    /// <summary>
    /// The Instance's identifiers: the 001 (the bf:Local of the Work's admin metadata) first, then in graph order ISBN
    /// (hyphens removed, qualifier kept), ISSN, LCCN, DOI, OCLC number and other local numbers as "(assigner)value";
    /// cancelled or invalid numbers are left out.
    /// </summary>
    private ImmutableArray<Identifier> Identifiers(RdfTerm instance, RdfTerm work)
    {
        var control = g.Objects(work, Bf + "adminMetadata").SelectMany(a => g.Objects(a, Bf + "identifiedBy")).Where(n => g.Is(n, Bf + "Local"))
            .Select(n => g.Text(n, RdfValue.Value)).FirstOrDefault(v => v is not null);
        var ids = new List<Identifier>();
        if (control is not null) ids.Add(new Identifier(IdentifierType.Local, control));
        var skippedControl = false;
        foreach (var node in g.Objects(instance, Bf + "identifiedBy"))
        {
            if (g.Text(node, RdfValue.Value) is not { } value || g.Objects(node, Bf + "status").Any()) continue;
            if (!skippedControl && value == control && g.Is(node, Bf + "Local"))
            {
                skippedControl = true;
                continue;
            }

            var id = g.Types(node).Select(t => t.StartsWith(Bf, StringComparison.Ordinal) ? t[Bf.Length..] : t).FirstOrDefault(t => t != "Identifier") switch
            {
                "Isbn" => new Identifier(IdentifierType.Isbn, value.Replace("-", "", StringComparison.Ordinal), g.Text(node, Bf + "qualifier")),
                "Issn" => new Identifier(IdentifierType.Issn, value),
                "Lccn" => new Identifier(IdentifierType.Lccn, value),
                "Doi" => new Identifier(IdentifierType.Doi, value),
                "OclcNumber" => new Identifier(IdentifierType.Oclc, value),
                "Local" => Local(node, value),
                _ => null,
            };
            if (id is not null) ids.Add(id);
        }

        return [.. ids];
    }

    private Identifier Local(RdfTerm node, string value) =>
        g.Objects(node, Bf + "assigner").Select(a => g.Text(a, Bf + "code")).FirstOrDefault(c => c is not null) is { } code
            ? new Identifier(IdentifierType.Local, "(" + code + ")" + value)
            : new Identifier(IdentifierType.Local, value);
}
