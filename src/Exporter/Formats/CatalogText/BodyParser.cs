using Exporter.Diagnostics;
using Exporter.Model;

namespace Exporter.Formats.CatalogText;

/// <summary>
/// The paragraphs between the header and the Table of Contents: the blurb (unlabelled, before "Abstract:", or
/// labelled "Description:"), the abstract ("Abstract:"), and reviews (paragraphs closed by "[Reviewed by NAME]" or
/// "[Review]").
/// </summary>
internal sealed class BodyParser(IDiagnostics diagnostics)
{
    private readonly List<string> _pending = [];
    private readonly List<Review> _reviews = [];
    private string? _description;
    private string? _abstract;
    private int _pendingLine;

    public CatalogRecord Apply(CatalogRecord record, IReadOnlyList<(string Text, bool Escaped, int Line)> paragraphs)
    {
        foreach (var (text, escaped, line) in paragraphs)
        {
            if (!escaped && Labelled(text, CatalogTextSyntax.AbstractLabel) is string abs)
            {
                FlushBlurb();
                if (_abstract is not null) Warn("TEXT0110", "a second Abstract paragraph was appended to the first", line);
                _abstract = _abstract is null ? abs : _abstract + " " + abs;
            }
            else if (!escaped && Labelled(text, CatalogTextSyntax.DescriptionLabel) is string desc)
            {
                FlushBlurb();
                _description = _description is null ? desc : _description + " " + desc;
            }
            else if (!escaped && ReviewMarker(text) is { } m)
            {
                if (_pending.Count == 0) Warn("TEXT0111", "review marker without review text: ignored", line);
                else _reviews.Add(new Review([.. _pending], m.Success ? m.Groups[1].Value : null));
                _pending.Clear();
            }
            else
            {
                if (_pending.Count == 0) _pendingLine = line;
                _pending.Add(text);
            }
        }

        if (_pending.Count > 0)
        {
            if (_abstract is null && _description is null && _reviews.Count == 0 && _pending.Count == 1)
            {
                _description = _pending[0];
            }
            else
            {
                Warn("TEXT0112", "paragraphs without a [Reviewed by ...] line: read as a review with no reviewer", _pendingLine);
                _reviews.Add(new Review([.. _pending]));
            }
        }

        return record with { Description = _description, Abstract = _abstract, Reviews = [.. _reviews] };
    }

    private void FlushBlurb()
    {
        if (_pending.Count == 0) return;
        if (_description is null && _reviews.Count == 0)
        {
            if (_pending.Count > 1) Warn("TEXT0113", "several blurb paragraphs were joined into one description", _pendingLine);
            _description = string.Join(" ", _pending);
        }
        else
        {
            Warn("TEXT0112", "paragraphs without a [Reviewed by ...] line: read as a review with no reviewer", _pendingLine);
            _reviews.Add(new Review([.. _pending]));
        }

        _pending.Clear();
    }

    /// <summary>The match of "[Reviewed by NAME]" (failed for "[Review]"), or null when the paragraph is no review marker.</summary>
    private static System.Text.RegularExpressions.Match? ReviewMarker(string text)
    {
        if (!text.StartsWith('[')) return null;   // both markers start with '['
        var m = CatalogTextSyntax.ReviewedBy().Match(text);
        return m.Success || text == CatalogTextSyntax.AnonymousReviewMarker ? m : null;
    }

    private static string? Labelled(string text, string label)
    {
        if (!text.StartsWith(label, StringComparison.Ordinal) || text.Length == label.Length || text[label.Length] != ':') return null;
        var rest = text[(label.Length + 1)..];
        if (rest.Length > 0 && rest[0] != ' ' && rest[0] != CatalogTextSyntax.Nbsp) return null;
        return CatalogTextSyntax.TrimValue(rest);
    }

    private void Warn(string code, string message, int line) =>
        diagnostics.Report(new Diagnostic(code, Severity.Warning, message) { Line = line });
}
