using System.Collections.Immutable;
using Exporter.Formats.DublinCore;
using Exporter.Model;

namespace Exporter.Tests.Formats.DublinCore;

/// <summary>
/// The round-trip loss table of docs/mappings/dublin-core.md as code: what hub -> DC -> hub must give back, field by
/// field. Written from the table, not from the crosswalk: each rule quotes its row.
/// </summary>
public static class DcLossModel
{
    private static readonly string[] Labels = ["Abstract: ", "Edition: ", "Contents: ", "Originally published: "];

    /// <summary>The record the round trip must return.</summary>
    public static CatalogRecord Expected(CatalogRecord r, DublinCoreProfile profile)
    {
        var simple = profile == DublinCoreProfile.Simple;
        var combined = r.Subtitle is null ? r.Title : r.Title + " : " + r.Subtitle;                 // title: "Title : Subtitle", split at the first " : "
        var cut = combined.IndexOf(" : ", StringComparison.Ordinal);
        var moveNote = r.Description is null && r.Notes.Length > 0;                                 // notes: with no blurb, the first note becomes the blurb
        return new CatalogRecord
        {
            Title = cut > 0 ? combined[..cut] : combined,
            Subtitle = cut > 0 ? combined[(cut + 3)..] : null,
            Contributors = [.. r.Contributors.Select(c => new Contributor(c.Name, [c.IsAuthor ? "author" : "contributor"]))], // roles -> author/contributor, kind -> person
            Publisher = r.Publisher,
            Place = null,                                                                          // place: lost
            YearPublished = r.YearPublished,
            FirstPublished = r.FirstPublished,
            Edition = r.Edition,
            Extent = ExpectedExtent(r.Extent),
            ResourceType = r.ResourceType,
            Identifiers = [.. r.Identifiers.Select(i => i with { Qualifier = null }).DistinctBy(DcForm)], // identifiers: ISBN qualifier lost; written once each
            Languages = r.Languages,
            Series = [.. (simple ? r.Series.Where(s => !LooksLikeUri(s.Title)) : r.Series)            // series: simple DC drops a relation that is a URI;
                .Select(s => s with { Heading = null, HeadingNumber = null })],                       // the heading it is traced under is lost
            Description = r.Description ?? (moveNote ? r.Notes[0] : null),
            Abstract = r.Abstract == r.Description ? null : r.Abstract,                             // abstract: the blurb is not repeated as abstract
            Reviews = [],                                                                          // reviews: only with --include-reviews
            Contents = Flattened(r.Contents),                                                      // contents: headings become items, sections lost
            Subjects = [.. r.Subjects.Where(s => s.Kind == SubjectKind.Genre).DistinctBy(s => s.Heading).Select(s => new Subject(s.Heading, Scheme(s, simple), SubjectKind.Genre)), // genre: dc:type, comes back as genre
                        .. r.Subjects.Where(s => s.Kind != SubjectKind.Genre).DistinctBy(s => s.Heading.TrimEnd('.', ' ').ToUpperInvariant()).Select(s => new Subject(s.Heading, Scheme(s, simple)))], // kind lost; scheme only LCSH/MeSH in dcterms; one heading once
            Notes = moveNote ? r.Notes.RemoveAt(0) : r.Notes,
            SourceFields = [],                                                                     // source fields: lost
            Rights = [.. r.Rights.Distinct(StringComparer.Ordinal)],                               // rights: kept, each once
            LastModified = simple ? new DateTimeOffset((r.LastModified ?? WrittenAt).UtcDateTime.Date, TimeSpan.Zero) : null,       // last modified: simple, the datestamp's day (none: the clock's); qualified lost
        };
    }

    /// <summary>The clock of the round trips (here and FormatContractTests): the datestamp of records without a last change.</summary>
    public static readonly DateTimeOffset WrittenAt = new(2025, 1, 1, 12, 0, 0, TimeSpan.Zero);

    /// <summary>
    /// True when no free text collides with a convention (the loss table's "misread" conditions): a blurb, note or
    /// abstract starting with a label, contents items that look like a heading or a number, " -- " in simple contents.
    /// </summary>
    public static bool IsUnambiguous(CatalogRecord r, DublinCoreProfile profile)
    {
        IEnumerable<string> free = [.. r.Notes, .. r.Description is null ? [] : new[] { r.Description }, .. r.Abstract is null ? [] : new[] { r.Abstract }];
        if (free.Any(t => Labels.Any(l => t.StartsWith(l, StringComparison.Ordinal)) || t.EndsWith(']'))) return false;
        foreach (var s in r.Contents)
        {
            if (s.Heading is { } h && ((profile == DublinCoreProfile.Simple && BreaksJoin(h)) || LooksNumbered(h) || h.StartsWith("Section:", StringComparison.Ordinal))) return false;
            foreach (var e in s.Entries)
            {
                if (e.Title.StartsWith("Section:", StringComparison.Ordinal)) return false;
                if (e.Number is null && LooksNumbered(e.Title)) return false;
                if (profile == DublinCoreProfile.Simple && BreaksJoin(e.Title)) return false;
            }
        }

        // A genre heading that names a resource type ("Text", "collection") is read back as the type.
        return !r.Subjects.Any(s => s.Kind == SubjectKind.Genre && DcResourceTypes.IsTypeWord(s.Heading.Trim()));
    }

    private static bool LooksNumbered(string title) =>
        title.Contains(". ", StringComparison.Ordinal) && title[..title.IndexOf(". ", StringComparison.Ordinal)].All(c => char.IsAsciiDigit(c) || "IVXLCDMivxlcdm".Contains(c));

    private static string? Scheme(Subject s, bool simple) => simple ? null : s.Scheme is "lcsh" or "mesh" ? s.Scheme : null;

    // The identifier as DC writes it: a local number as it is, a web address as it is, a standard number as its URI.
    private static string DcForm(Identifier id) => id.Type switch
    {
        IdentifierType.Local or IdentifierType.Url => id.Type + " " + id.Value,
        _ => DcIdentifiers.UriOf(id) ?? id.Value,
    };

    private static ImmutableArray<ContentsSection> Flattened(ImmutableArray<ContentsSection> contents)
    {
        var entries = contents.SelectMany(s => (s.Heading is null ? [] : new[] { new ContentsEntry(s.Heading) }).Concat(s.Entries)).ToImmutableArray();
        return entries.IsEmpty ? [] : [new ContentsSection(null, entries)];
    }

    private static Extent? ExpectedExtent(Extent? e)
    {
        if (e is null || e.Display.Length == 0) return null;                                          // extent: written as its display text
        if (e.Text is null) return new Extent(e.Pages);
        if (System.Text.RegularExpressions.Regex.Match(e.Text, @"^(\d{1,9}) pages?$") is { Success: true } m) return new Extent(int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture));
        return new Extent(Exporter.Formats.Marc.Crosswalk.ExtentText.PagesIn(e.Text), e.Text);          // pages kept only as the text states them
    }

    // Simple DC joins contents items with " -- ": an item holding it, or starting/ending with "--", splits wrongly.
    private static bool BreaksJoin(string item) =>
        item.Contains(" -- ", StringComparison.Ordinal) || item.StartsWith("-- ", StringComparison.Ordinal) || item.EndsWith(" --", StringComparison.Ordinal) || item == "--";

    private static bool LooksLikeUri(string s) =>
        s.StartsWith("urn:", StringComparison.OrdinalIgnoreCase) || s.StartsWith("info:", StringComparison.OrdinalIgnoreCase) || s.Contains("://", StringComparison.Ordinal);
}
