using System.Collections.Immutable;
using System.Globalization;
using Exporter.Formats.Marc.Model;
using Exporter.Model;

namespace Exporter.Formats.Marc.Crosswalk;

/// <summary>
/// 520 (crosswalks.md 1.4; MARC 21 Bibliographic 520, https://www.loc.gov/marc/bibliographic/bd520.html): the blurb as
/// <c>520 ##</c> (summary), left out when it repeats the abstract (one summary, not two copies of it); the abstract as
/// <c>520 3#</c>; each review as one <c>520 1# $a review $c reviewer</c>, its paragraphs joined by a space (520 $a
/// is not repeatable and MARC has no paragraph mark). Only a text longer than one ISO 2709 field can hold (9,999
/// bytes) is cut, at a paragraph, sentence or word boundary, into fields that share one <c>$8 n.1\x</c> link, which
/// reading joins again.
/// </summary>
internal static class SummaryNotes
{
    public static IEnumerable<DataField> Write(CatalogRecord r, Func<string, int, IEnumerable<string>> split, ref int link)
    {
        var fields = new List<DataField>();
        if (!Repeats(r.Description, r.Abstract)) Single(r.Description, ' ', null, ref link);      // row: blurb -> 520 ## (not when it repeats the abstract)
        Single(r.Abstract, '3', null, ref link);                                                    // row: abstract -> 520 3#
        foreach (var review in r.Reviews)                                                          // row: review -> 520 1# $a (whole) $c reviewer
        {
            if (review.Paragraphs.Length == 0)
            {
                if (review.Reviewer is not null) fields.Add(new DataField("520", '1', ' ', new Subfield('c', review.Reviewer)));
                continue;
            }

            Single(string.Join(" ", review.Paragraphs), '1', review.Reviewer, ref link);
        }

        return fields;

        void Single(string? text, char ind1, string? source, ref int l)
        {
            if (text is null) return;
            var pieces = split(text, 9000).ToList();
            var tag = pieces.Count > 1 ? (++l).ToString(CultureInfo.InvariantCulture) + ".1\\x" : null;
            foreach (var p in pieces)
            {
                var subs = new List<Subfield>();
                if (tag is not null) subs.Add(new Subfield('8', tag));
                subs.Add(new Subfield('a', p));
                if (source is not null) subs.Add(new Subfield('c', source));
                fields.Add(new DataField("520", ind1, ' ', subs.ToImmutableArray()));
            }
        }
    }

    /// <summary>
    /// True when the blurb says what the abstract says: the same words after white space is folded and case and
    /// final punctuation are set aside (CX7118's page prints its abstract twice, once as the blurb).
    /// </summary>
    public static bool Repeats(string? blurb, string? abstractText) =>
        blurb is not null && abstractText is not null && string.Equals(Comparable(blurb), Comparable(abstractText), StringComparison.OrdinalIgnoreCase);

    private static string Comparable(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).TrimEnd('.', ' ', ';', ':', ',', '/');

    /// <summary>
    /// The summaries of 520 fields. <paramref name="clean"/> strips ISBD punctuation, but a summary's final full stop ends
    /// its last sentence: it is part of the text, not ISBD punctuation, so a text that ends in "." keeps it (the ISBD
    /// writer only adds one to a summary that has none). Other trailing marks are cleaned, and so is a reviewer ($c),
    /// which is a name.
    /// </summary>
    public static (string? Description, string? Abstract, ImmutableArray<Review> Reviews) Read(IEnumerable<DataField> fields, Func<string, string> clean)
    {
        string Text(string s) => s.EndsWith('.') ? s : clean(s);
        string? description = null;
        string? abs = null;
        var reviews = new List<(string Link, List<(string Seq, string Text)> Paragraphs, string? Reviewer)>();
        string? lastKey = null;
        foreach (var f in fields)
        {
            var link = f['8'];
            var text = string.Concat(f.Values('a').Concat(f.Values('b')));
            var key = link is null ? null : f.Indicator1 + link;
            var continuation = key is not null && key == lastKey;
            lastKey = key;
            if (f.Indicator1 == '1')
            {
                var (n, m) = SplitLink(link);
                var review = reviews.FindLast(x => x.Link == n && n is not null);
                if (review.Paragraphs is null)
                {
                    review = (n ?? "#" + reviews.Count.ToString(CultureInfo.InvariantCulture), [], f['c'] is string c ? clean(c) : null);
                    reviews.Add(review);
                }

                if (m == "0" || (f['a'] is null && f['b'] is null)) continue;
                if (continuation) review.Paragraphs[^1] = (m ?? "", review.Paragraphs[^1].Text + text);
                else review.Paragraphs.Add((m ?? "", text));
            }
            else if (f.Indicator1 == '3')
            {
                abs = continuation || abs is null ? abs + text : abs + " " + text;
            }
            else if (f.Indicator1 is ' ' or '0' or '2' or '4' or '8')
            {
                description = continuation || description is null ? description + text : description + " " + text;
            }
        }

        var result = reviews.Select(r => new Review([.. r.Paragraphs.Select(p => Text(p.Text))], r.Reviewer)).ToImmutableArray();
        return (description is null ? null : Text(description), abs is null ? null : Text(abs), result);
    }

    private static (string? Link, string? Seq) SplitLink(string? link)
    {
        if (link is null) return (null, null);
        var dot = link.IndexOf('.');
        var end = link.IndexOf('\\');
        if (dot < 0) return (link, null);
        return (link[..dot], end > dot ? link[(dot + 1)..end] : link[(dot + 1)..]);
    }
}
