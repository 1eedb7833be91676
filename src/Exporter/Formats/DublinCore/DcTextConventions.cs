using System.Collections.Immutable;
using System.Globalization;
using Exporter.Model;

namespace Exporter.Formats.DublinCore;

/// <summary>
/// The labelled text conventions this project writes into dc:description, dcterms:tableOfContents and
/// dc:relation (docs/mappings/dublin-core.md, "Conventions"), and their parsers.
/// </summary>
internal static class DcTextConventions
{
    public const string OriginallyPublished = "Originally published: ";
    public const string EditionLabel = "Edition: ";
    public const string AbstractLabel = "Abstract: ";
    public const string ContentsLabel = "Contents: ";
    public const string SectionLabel = "Section: ";
    public const string UntitledSection = "Section:";
    public const string ContentsSeparator = " -- ";
    public const string ReviewedBy = " [Reviewed by ";
    public const string ReviewMark = " [Review]";
    public const string SeriesSeparator = " ; ";

    /// <summary>"Originally published: 1937."</summary>
    public static string FirstPublished(int year) => OriginallyPublished + Year(year) + ".";

    /// <summary>The year of "Originally published: YYYY.", or null.</summary>
    public static int? ParseFirstPublished(string value) =>
        value.StartsWith(OriginallyPublished, StringComparison.Ordinal) && value.EndsWith('.')
        && int.TryParse(value.AsSpan(OriginallyPublished.Length, value.Length - OriginallyPublished.Length - 1), NumberStyles.None, CultureInfo.InvariantCulture, out var y)
            ? y : null;

    /// <summary>A year as W3CDTF wants it (at least four digits).</summary>
    public static string Year(int year) => year.ToString("D4", CultureInfo.InvariantCulture);

    /// <summary>The first run of four digits in a date as written ("1973", "c1973", "1973-05-01", "[1973?]"), or null.</summary>
    public static int? ParseYear(string value)
    {
        for (var i = 0; i + 4 <= value.Length; i++)
        {
            if (!char.IsAsciiDigit(value[i])) continue;
            var j = i;
            while (j < value.Length && char.IsAsciiDigit(value[j])) j++;
            if (j - i >= 4 && int.TryParse(value.AsSpan(i, j - i), NumberStyles.None, CultureInfo.InvariantCulture, out var y) && y > 0) return y;
            i = j;
        }

        return null;
    }

    /// <summary>
    /// The contents as items, as the catalog shows them: a section's heading as it is (no invented label), then
    /// "N. Title" or the unnumbered title. Sections are not marked, so they do not come back on reading.
    /// </summary>
    public static IEnumerable<string> ContentsItems(ImmutableArray<ContentsSection> contents)
    {
        foreach (var section in contents)
        {
            if (section.Heading is not null) yield return section.Heading;
            foreach (var e in section.Entries) yield return e.Number is null ? e.Title : e.Number + ". " + e.Title;
        }
    }

    /// <summary>
    /// Contents from items in order: "Section: H" starts a section; items before the first heading form a
    /// section without heading; "N. Title" (N digits or roman numerals) is numbered.
    /// </summary>
    public static ImmutableArray<ContentsSection> ParseContents(IEnumerable<string> items)
    {
        var sections = ImmutableArray.CreateBuilder<ContentsSection>();
        string? heading = null;
        var started = false;
        var entries = ImmutableArray.CreateBuilder<ContentsEntry>();
        foreach (var item in items)
        {
            if (item.StartsWith(SectionLabel, StringComparison.Ordinal) || item == UntitledSection)
            {
                if (started) sections.Add(new ContentsSection(heading, entries.ToImmutable()));
                entries.Clear();
                heading = item == UntitledSection ? null : item[SectionLabel.Length..];
                started = true;
                continue;
            }

            started = true;
            entries.Add(ParseEntry(item));
        }

        if (started) sections.Add(new ContentsSection(heading, entries.ToImmutable()));
        return sections.ToImmutable();
    }

    /// <summary>"12. Title" -> ("Title", "12"); anything else is an unnumbered title.</summary>
    public static ContentsEntry ParseEntry(string item)
    {
        var dot = item.IndexOf(". ", StringComparison.Ordinal);
        if (dot <= 0) return new ContentsEntry(item);
        var number = item.AsSpan(0, dot);
        var digits = true;
        var roman = true;
        foreach (var c in number)
        {
            digits &= char.IsAsciiDigit(c);
            roman &= "IVXLCDMivxlcdm".Contains(c, StringComparison.Ordinal);
        }

        return digits || roman ? new ContentsEntry(item[(dot + 2)..], number.ToString()) : new ContentsEntry(item);
    }

    /// <summary>A review as one description: paragraphs joined by a blank line, then " [Reviewed by NAME]" or " [Review]".</summary>
    public static string Review(Review review) =>
        review.Body + (review.Reviewer is null ? ReviewMark : ReviewedBy + review.Reviewer + "]");

    /// <summary>The review written by <see cref="Review(Model.Review)"/>, or null when the text is not one.</summary>
    public static Review? ParseReview(string value)
    {
        if (value.EndsWith(ReviewMark, StringComparison.Ordinal)) return new Review(Paragraphs(value[..^ReviewMark.Length]));
        if (!value.EndsWith(']')) return null;
        var at = value.LastIndexOf(ReviewedBy, StringComparison.Ordinal);
        if (at < 0) return null;
        var reviewer = value[(at + ReviewedBy.Length)..^1];
        return new Review(Paragraphs(value[..at]), reviewer);
    }

    /// <summary>"Title ; 12" or "Title".</summary>
    public static string Series(SeriesStatement s) => s.Number is null ? s.Title : s.Title + SeriesSeparator + s.Number;

    /// <summary>Splits "Title ; 12" at the last " ; ".</summary>
    public static SeriesStatement ParseSeries(string value)
    {
        var at = value.LastIndexOf(SeriesSeparator, StringComparison.Ordinal);
        return at <= 0 ? new SeriesStatement(value) : new SeriesStatement(value[..at], value[(at + SeriesSeparator.Length)..]);
    }

    /// <summary>"Title : Subtitle" or "Title".</summary>
    public static string Title(string title, string? subtitle) => subtitle is null ? title : title + " : " + subtitle;

    /// <summary>Splits at the first " : ".</summary>
    public static (string Title, string? Subtitle) ParseTitle(string value)
    {
        var at = value.IndexOf(" : ", StringComparison.Ordinal);
        return at <= 0 ? (value, null) : (value[..at], value[(at + 3)..]);
    }

    private static ImmutableArray<string> Paragraphs(string body) => [.. body.Split("\n\n")];
}
