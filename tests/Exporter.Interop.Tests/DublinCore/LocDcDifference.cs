using Exporter.Formats.Common.Text;
using System.Text;
using Exporter.Formats.Marc.Model;

namespace Exporter.Interop.Tests.DublinCore;

/// <summary>
/// One element where LoC's MARC21slim2OAIDC.xsl and our MARC -> hub -> simple DC disagree, and the documented
/// category (docs/mappings/dublin-core.md, "LoC stylesheet comparison") that explains it, or null.
/// </summary>
internal sealed record LocDcDifference(string File, int Record, string Element, string Side, string Value)
{
    private static readonly string[] LocTypeWords =
    [
        "text", "cartographic", "notated music", "sound recording", "sound recording-musical", "sound recording-nonmusical",
        "still image", "moving image", "three dimensional object", "software, multimedia", "mixed material", "collection", "manuscript",
    ];

    private static readonly string[] LocFormats = ["print", "braille", "microfiche", "microfilm", "electronic", "large print", "regular print"];

    public string? Category { get; init; }

    public override string ToString() => $"{File} #{Record} {Side}-only dc:{Element} '{Value}'" + (Category is null ? " UNEXPLAINED" : $" [{Category}]");

    /// <summary>Letters and digits only, lower case: compares texts modulo ISBD punctuation and spacing.</summary>
    public static string Norm(string s)
    {
        var sb = new StringBuilder(s.Length);
        foreach (var c in UnicodeNormalizer.ToNfc(Uri.UnescapeDataString(s)))
        {
            if (char.IsLetterOrDigit(c)) sb.Append(char.ToLowerInvariant(c));
        }

        return sb.ToString();
    }

    /// <summary>The category of a LoC-only or ours-only value, given both sides of the element and the MARC record.</summary>
    public static string? Classify(string element, string side, string value, IReadOnlyList<string> loc, IReadOnlyList<string> ours, MarcRecord marc, IReadOnlyList<string> oursAll)
    {
        var n = Norm(value);
        bool Has(string tag) => marc.AllFields.Any(f => f.Tag == tag);
        bool HasRange(int from, int to) => marc.AllFields.Any(f => int.TryParse(f.Tag, out var t) && t >= from && t <= to);
        bool MatchesOther(IReadOnlyList<string> other) => other.Any(o => Norm(o) == n);
        bool PrefixOfOther(IReadOnlyList<string> other) => n.Length > 0 && other.Any(o => Norm(o).StartsWith(n, StringComparison.Ordinal) || n.StartsWith(Norm(o), StringComparison.Ordinal) && Norm(o).Length > 0);
        var local = side == "loc";
        var other = local ? ours : loc;
        if (n.Length > 0 && MatchesOther(other)) return "punctuation";                       // same text modulo ISBD punctuation/spacing
        if (local && n.Length == 0) return "loc-empty-element";                                  // LoC writes empty elements (enhanced 505, blank 008)
        if (!local && element is "title" or "agent" or "publisher" or "subject" or "type" && Has("880") && value.Any(c => c > '\u024F' && char.IsLetter(c)))
        {
            return "original-script";                                                           // our 880 forms; LoC's sheet has no rule for 880
        }

        switch (element)
        {
            case "title" when PrefixOfOther(other): return "title-parts";                      // LoC 245 $a$b$f$g$k vs hub $a + $b
            case "agent" when local && oursAll.Any(o => n.Contains(Norm(o), StringComparison.Ordinal) && Norm(o).Length > 0): return "names-whole-heading";
            case "agent" when !local && loc.Count == 0 && !HasAny(marc, "100", "110", "111", "700", "710", "711", "720"): return "names-other-source";
            case "agent" when !local && loc.Any(l => Norm(l).Contains(n, StringComparison.Ordinal)): return "names-whole-heading";
            case "type" when local && LocTypeWords.Contains(value.Trim()): return "type-words";
            case "type" when local && Has("655"): return "type-655";
            case "type" when !local: return "type-words";
            case "publisher" when local && oursAll.Any(o => Norm(o).Length > 0 && n.Contains(Norm(o), StringComparison.Ordinal)): return "publisher-with-place";
            case "publisher" when local && Has("260") && !oursAll.Any(): return "publisher-with-place";
            case "publisher" when !local && Has("264") && loc.Count == 0: return "loc-ignores-264";
            case "publisher" when !local && loc.Any(l => Norm(l).Contains(n, StringComparison.Ordinal)): return "publisher-with-place";
            case "publisher" when !local && Has("264"): return "loc-ignores-264";                                       // every 264 _1 $b beside LoC's 260
            case "date" when local && ours.Any(o => value.Contains(o, StringComparison.Ordinal)): return "date-as-year";
            case "date" when local && ours.Count == 0: return "date-no-year";
            case "date" when local && ours.Count > 0 && value.Any(char.IsAsciiDigit): return "date-as-year";          // our year from 008/07-10 or $c, LoC's 260 $c as written
            case "date" when !local && loc.Any(l => l.Any(char.IsAsciiDigit)): return "date-as-year";
            case "date" when !local && Has("264"): return "loc-ignores-264";
            case "date" when !local && (Has("008") && loc.Count == 0 || loc.Any(l => l.Contains(value, StringComparison.Ordinal))): return "date-as-year";
            case "format" when local && LocFormats.Contains(value.Trim()): return "format-008-23";
            case "format" when !local && Has("300"): return "loc-drops-300";
            case "identifier" when !local && !value.StartsWith("urn:isbn:", StringComparison.Ordinal): return "identifiers-beyond-020";
            case "identifier" when !local && loc.Any(l => Norm(l).Contains(n.Replace("urnisbn", "", StringComparison.Ordinal), StringComparison.Ordinal)): return "isbn-urn-form";
            case "identifier" when local && value.StartsWith("URN:ISBN:", StringComparison.Ordinal): return "isbn-urn-form";
            case "identifier" when local && value.Contains("://", StringComparison.Ordinal) && Has("856"): return "identifier-856";
            case "language" when !local && Has("041"): return "language-041";
            case "language" when local && value.Trim() is "zxx" or "und" or "mul" or "|||" or "   ": return "language-special-codes";
            case "description" when local && value.Trim().Length == 0 && Has("505"): return "enhanced-505-empty";
            case "description" when local && loc.Count(l => Norm(l) == n) > 1 && (Has("520") || Has("521")): return "loc-duplicates-520";
            case "description" when local && oursAll.Any(o => Norm(o).Contains(n, StringComparison.Ordinal) && n.Length > 0): return "description-labelled";
            case "description" when local && Has("505") && oursAll.Any(o => o.StartsWith("Contents: ", StringComparison.Ordinal)): return "contents-rebuilt";
            case "description" when local && (Has("521") || HasRange(500, 599)): return "note-not-in-hub";
            case "description" when !local && (value.StartsWith("Originally published: ", StringComparison.Ordinal)
                                                 || value.StartsWith("Edition: ", StringComparison.Ordinal)
                                                 || value.StartsWith("Contents: ", StringComparison.Ordinal)
                                                 || value.StartsWith("Abstract: ", StringComparison.Ordinal)
                                                 || loc.Any(l => Norm(l).Contains(n, StringComparison.Ordinal) || n.Contains(Norm(l), StringComparison.Ordinal) && Norm(l).Length > 0)): return "description-labelled";
            case "subject" when PrefixOfOther(other): return "subject-subdivisions";
            case "subject" when !local && (Has("651") || Has("655") || Has("648")): return "subject-651-655";
            case "subject" when local && (Has("080") || Has("653") || Has("630")): return "subject-not-in-hub";
            case "relation" when !local && value.Contains("://", StringComparison.Ordinal) && Has("856"): return "identifier-856";   // 856 ind2 2: a related resource
            case "relation" when !local && (Has("530") || HasRange(760, 787)) && (PrefixOfOther(other) || loc.Count == 0 || other.Any(o => Norm(o).Length > 0 && n.Contains(Norm(o), StringComparison.Ordinal))): return "relation-subfields";
            case "relation" when !local && HasAny(marc, "440", "490", "800", "810", "811", "830"): return "series-as-relation";
            case "rights" when !local && value.Contains("://", StringComparison.Ordinal) && marc.DataFields("540").Any(f => f.Values('u').Any(u => u.Trim() == value.Trim())): return "rights-uri-apart";
            case "rights" or "coverage" when !local && (loc.Count == 0 || PrefixOfOther(other) || other.Any(o => Norm(o).Length > 0 && (n.Contains(Norm(o), StringComparison.Ordinal) || Norm(o).Contains(n, StringComparison.Ordinal)))): return "rights-coverage-subfields";
            case "description" when !local && HasRange(500, 599): return "note-subfields";
            case "relation" or "rights" or "coverage" or "source" when local: return "not-in-hub";
        }

        return null;
    }

    private static bool HasAny(MarcRecord marc, params string[] tags) => marc.AllFields.Any(f => tags.Contains(f.Tag));
}
