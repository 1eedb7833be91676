using System.Buffers;
using System.Globalization;
using Exporter.Formats.Common.Text;
using System.Text;
using Exporter.Diagnostics;
using Exporter.Formats.Common;
using Exporter.Model;

namespace Exporter.Formats.CatalogText;

/// <summary>
/// Writes one record in the catalog-page layout as UTF-8 into an <see cref="IBufferWriter{T}"/>, escaping any line
/// that would read back as something else, so that writer output always reads back to the same record (for the
/// fields the layout carries). The envelope is <see cref="Separator"/> between records, nothing before or after.
/// Keeps its text buffer and encoder between records, so an instance is used by one thread at a time (one per
/// worker encoder).
/// </summary>
internal sealed class CatalogTextRecordFormatter
{
    /// <summary>The line between two records: a form feed.</summary>
    public const string Separator = "\f\n";

    private const string LabelGap = ":\u00a0 ";
    private static readonly UTF8Encoding Utf8 = new(false, false);

    private readonly Encoder _utf8 = Utf8.GetEncoder();
    private StringBuilder _text = new(4096);

    /// <summary>Writes <paramref name="record"/>; a value the layout cannot carry as it is is reported to <paramref name="diagnostics"/>.</summary>
    public void Write(CatalogRecord record, IBufferWriter<byte> output, IDiagnostics diagnostics)
    {
        ArgumentNullException.ThrowIfNull(record);
        _text.Clear();
        Append(record, _text, diagnostics);
        StringBuilderUtf8.Write(_text, output, Utf8, _utf8);
        if (_text.Capacity > 1 << 20) _text = new StringBuilder(4096);
    }

    /// <summary>The text of one record.</summary>
    public static string Format(CatalogRecord r, IDiagnostics diagnostics)
    {
        var sb = new StringBuilder();
        Append(r, sb, diagnostics);
        return sb.ToString();
    }

    private static void Append(CatalogRecord r, StringBuilder text, IDiagnostics diagnostics)
    {
        var w = new LineSink(text, diagnostics);
        w.Line(EscapeHeaderLine(r.Title));
        if (r.Subtitle is not null) w.Line(EscapeHeaderLine(r.Subtitle));
        w.Line("");
        foreach (var c in r.Contributors) w.Line(EscapeHeaderLine(ContributorText.Format(c)));
        WriteLabels(w, r);
        w.Line("");
        if (r.Description is not null)
        {
            w.Line(r.Abstract is null ? CatalogTextSyntax.DescriptionLabel + LabelGap + r.Description : EscapeParagraph(r.Description));
            w.Line("");
        }

        if (r.Abstract is not null)
        {
            w.Line(CatalogTextSyntax.AbstractLabel + LabelGap + r.Abstract);
            w.Line("");
        }

        foreach (var review in r.Reviews)
        {
            foreach (var p in review.Paragraphs)
            {
                w.Line(EscapeParagraph(p));
                w.Line("");
            }

            w.Line(review.Reviewer is null ? CatalogTextSyntax.AnonymousReviewMarker : "[Reviewed by " + review.Reviewer + "]");
            w.Line("");
        }

        if (!r.Contents.IsDefaultOrEmpty)
        {
            w.Line(CatalogTextSyntax.ContentsHeading);
            w.Line("");
            foreach (var line in ContentsText.Format(r.Contents, r.Title)) w.Line(line);
            w.Line("");
        }

        w.Line("");
        w.Line(CatalogTextSyntax.SubjectsHeading);
        w.Line("");
        foreach (var s in r.Subjects) w.Line(EscapeSubject(SubjectText.Format(s)));
    }

    private static void WriteLabels(LineSink w, CatalogRecord r)
    {
        Label(w, "Statement of Responsibility", r.StatementOfResponsibility);
        Label(w, "Publisher", r.Publisher);
        Label(w, "Place Published", r.Place);
        var published = r.DateOfPublication ?? (r.YearPublished is int y ? Year(y) : null);
        if (published is not null && r.FirstPublished is int f)
        {
            w.Line("Year Published" + LabelGap + published + " \u00a0 First Published" + LabelGap + Year(f));
        }
        else
        {
            Label(w, "Year Published", published);
            Label(w, "First Published", r.FirstPublished is int f1 ? Year(f1) : null);
        }

        Label(w, "Edition", r.Edition);
        WriteExtent(w, r.Extent);
        Label(w, "Resource Type", r.ResourceType.ToString());
        foreach (var id in r.Identifiers) Label(w, IdentifierLabel(id.Type), Qualify(id));
        if (!r.Languages.IsDefaultOrEmpty) Label(w, "Language", string.Join("; ", r.Languages));
        if (!r.TranslatedFrom.IsDefaultOrEmpty) Label(w, "Translated From", string.Join("; ", r.TranslatedFrom));
        Label(w, "Language Note", r.LanguageNote);
        foreach (var s in r.Series)
        {
            Label(w, "Series", s.Number is null ? s.Title : s.Title + " ; " + s.Number);
            Label(w, "Series Heading", s.HeadingNumber is null ? s.Heading : s.Heading + " ; " + s.HeadingNumber);
        }

        foreach (var n in r.Notes) Label(w, "Note", n);
        foreach (var rights in r.Rights) Label(w, "Rights", rights);
        if (r.LastModified is { } changed) Label(w, "Last Modified", LastModifiedText.Format(changed));
    }

    private static void WriteExtent(LineSink w, Extent? extent)
    {
        if (extent is null) return;
        if (extent.Text is null)
        {
            Label(w, "Pages", extent.Pages is int p ? p.ToString(CultureInfo.InvariantCulture) + "pp" : null);
            return;
        }

        var simple = CatalogTextSyntax.PagesOnly().IsMatch(extent.Text);
        var derived = CatalogTextSyntax.PagesInText().Match(extent.Text);
        int? derivedPages = derived.Success ? int.Parse(derived.Groups[1].Value, CultureInfo.InvariantCulture) : null;
        if (!simple && derivedPages == extent.Pages)
        {
            Label(w, "Pages", extent.Text);
            return;
        }

        Label(w, "Pages", extent.Pages is int pages ? pages.ToString(CultureInfo.InvariantCulture) + "pp" : null);
        Label(w, "Extent", extent.Text);
    }

    private static string IdentifierLabel(IdentifierType type) => type switch
    {
        IdentifierType.Local => "Cx Number",
        IdentifierType.Isbn => "ISBN",
        IdentifierType.Issn => "ISSN",
        IdentifierType.Lccn => "LCCN",
        IdentifierType.Oclc => "OCLC",
        IdentifierType.Doi => "DOI",
        _ => "URL",
    };

    private static string Qualify(Identifier id) =>
        id.Qualifier is not null && id.Type is IdentifierType.Isbn or IdentifierType.Issn ? id.Value + " (" + id.Qualifier + ")" : id.Value;

    private static string Year(int year) => year.ToString("0000", CultureInfo.InvariantCulture);

    private static void Label(LineSink w, string label, string? value)
    {
        if (value is null) return;
        w.Line(label + LabelGap + value);
    }

    private static string EscapeHeaderLine(string text)
    {
        var line = new TextLine(text, false, 0);
        var risky = text.Length == 0 || text.StartsWith('\\') || text != CatalogTextSyntax.TrimValue(text)
            || HeaderParser.TrySplit(line, out _) || Structural(text);
        return risky ? "\\" + text : text;
    }

    private static string EscapeParagraph(string text)
    {
        var risky = text.Length == 0 || text.StartsWith('\\') || text != CatalogTextSyntax.TrimValue(text) || Structural(text)
            || text.StartsWith(CatalogTextSyntax.AbstractLabel + ":", StringComparison.Ordinal)
            || text.StartsWith(CatalogTextSyntax.DescriptionLabel + ":", StringComparison.Ordinal)
            || CatalogTextSyntax.ReviewedBy().IsMatch(text) || text == CatalogTextSyntax.AnonymousReviewMarker;
        return risky ? "\\" + text : text;
    }

    private static string EscapeSubject(string text) =>
        text.Length == 0 || text.StartsWith('\\') || CatalogTextSyntax.TemplateResidue().IsMatch(text) ? "\\" + text : text;

    private static bool Structural(string text) =>
        text == CatalogTextSyntax.ContentsHeading || text == CatalogTextSyntax.SubjectsHeading
        || CatalogTextSyntax.TemplateResidue().IsMatch(text) || text == "\f";

    /// <summary>Collects lines; replaces line breaks inside a value (the layout cannot carry them) with a warning.</summary>
    private sealed class LineSink(StringBuilder sb, IDiagnostics diagnostics)
    {
        private bool _warned;

        public void Line(string text)
        {
            if (text.AsSpan().IndexOfAny('\n', '\r') >= 0)
            {
                if (!_warned) diagnostics.Report(new Diagnostic("TEXT0201", Severity.Warning, "line breaks inside a value were replaced by spaces (catalog text cannot carry them)"));
                _warned = true;
                text = text.Replace("\r\n", " ", StringComparison.Ordinal).Replace('\n', ' ').Replace('\r', ' ');
            }

            sb.Append(text).Append('\n');
        }
    }
}
