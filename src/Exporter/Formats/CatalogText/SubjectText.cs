using Exporter.Model;

namespace Exporter.Formats.CatalogText;

/// <summary>A subject line: "Heading" (topical, no scheme) or "Heading [scheme]" / "Heading [scheme; kind]".</summary>
internal static class SubjectText
{
    private static readonly string[] KindWords = ["topical", "person", "organization", "meeting", "title", "geographic", "genre", "keyword"];

    public static Subject Parse(TextLine line)
    {
        var text = CatalogTextSyntax.TrimValue(line.Text);
        if (!text.EndsWith(']')) return new Subject(text);   // SubjectSuffix ends with ']'
        var m = CatalogTextSyntax.SubjectSuffix().Match(text);
        if (!m.Success) return new Subject(text);
        var scheme = m.Groups[2].Value.Length == 0 ? null : m.Groups[2].Value;
        var kindIndex = m.Groups[3].Success ? Array.IndexOf(KindWords, m.Groups[3].Value) : 0;
        return new Subject(m.Groups[1].Value, scheme, kindIndex < 0 ? SubjectKind.Topical : (SubjectKind)kindIndex);
    }

    public static string Format(Subject s)
    {
        var needsSuffix = s.Scheme is not null || s.Kind != SubjectKind.Topical || CatalogTextSyntax.SubjectSuffix().IsMatch(s.Heading);
        if (!needsSuffix) return s.Heading;
        var suffix = s.Scheme ?? "";
        if (s.Kind != SubjectKind.Topical) suffix += "; " + KindWords[(int)s.Kind];
        return s.Heading + " [" + suffix + "]";
    }
}
