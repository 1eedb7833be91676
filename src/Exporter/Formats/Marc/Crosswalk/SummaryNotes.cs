using System.Collections.Immutable;
using System.Globalization;
using Exporter.Formats.Marc.Model;
using Exporter.Model;

namespace Exporter.Formats.Marc.Crosswalk;

/// <summary>
/// 520 (crosswalks.md 1.4): blurb as <c>520 ##</c>, abstract as <c>520 3#</c>, each review paragraph as
/// <c>520 1# $8 n.m\x $a paragraph $c reviewer</c> (n = review, m = paragraph). A text too long for one field is
/// cut at sentence or word boundaries into fields that share the same <c>$8</c>, which reading joins again.
/// </summary>
internal static class SummaryNotes
{
    public static IEnumerable<DataField> Write(CatalogRecord r, Func<string, int, IEnumerable<string>> split, ref int link)
    {
        var fields = new List<DataField>();
        Single(r.Description, ' ', ref link);
        Single(r.Abstract, '3', ref link);
        for (var n = 0; n < r.Reviews.Length; n++)
        {
            var review = r.Reviews[n];
            var id = ++link;
            for (var m = 0; m < review.Paragraphs.Length; m++)
            {
                var tag = id.ToString(CultureInfo.InvariantCulture) + "." + (m + 1).ToString(CultureInfo.InvariantCulture) + "\\x";
                foreach (var piece in split(review.Paragraphs[m], 9000))
                {
                    var subs = new List<Subfield> { new('8', tag), new('a', piece) };
                    if (review.Reviewer is not null) subs.Add(new Subfield('c', review.Reviewer));
                    fields.Add(new DataField("520", '1', ' ', subs.ToImmutableArray()));
                }
            }

            if (review.Paragraphs.Length == 0)
            {
                var subs = new List<Subfield> { new('8', id.ToString(CultureInfo.InvariantCulture) + ".0\\x") };
                if (review.Reviewer is not null) subs.Add(new Subfield('c', review.Reviewer));
                fields.Add(new DataField("520", '1', ' ', subs.ToImmutableArray()));
            }
        }

        return fields;

        void Single(string? text, char ind1, ref int l)
        {
            if (text is null) return;
            var pieces = split(text, 9000).ToList();
            if (pieces.Count == 1)
            {
                fields.Add(new DataField("520", ind1, ' ', new Subfield('a', text)));
                return;
            }

            var tag = (++l).ToString(CultureInfo.InvariantCulture) + ".1\\x";
            foreach (var p in pieces) fields.Add(new DataField("520", ind1, ' ', new Subfield('8', tag), new Subfield('a', p)));
        }
    }

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
                    review = (n ?? Guid.NewGuid().ToString(), [], f['c'] is string c ? clean(c) : null);
                    reviews.Add(review);
                }

                if (m == "0") continue;
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
