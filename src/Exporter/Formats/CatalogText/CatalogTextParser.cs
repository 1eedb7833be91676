using Exporter.Diagnostics;
using Exporter.Model;

namespace Exporter.Formats.CatalogText;

/// <summary>
/// Parses one record of catalog text (grammar in docs/formats/catalog-text.md): title block, header block
/// (contributors, then label lines), body paragraphs, "Table of Contents", "Subject Headings".
/// </summary>
internal sealed class CatalogTextParser
{
    private readonly List<TextLine> _lines = [];
    private readonly IDiagnostics _diagnostics;
    private int _pos;

    public CatalogTextParser(string text, int firstLine, IDiagnostics diagnostics)
    {
        _diagnostics = diagnostics;
        var raw = text.Split('\n');
        for (var i = 0; i < raw.Length; i++)
        {
            var line = raw[i].TrimEnd('\r');
            var number = firstLine + i;
            if (CatalogTextSyntax.TrimValue(line.AsSpan()).StartsWith("Insert ", StringComparison.Ordinal) && CatalogTextSyntax.TemplateResidue().IsMatch(CatalogTextSyntax.TrimValue(line)))
            {
                diagnostics.Report(new Diagnostic("TEXT0101", Severity.Warning, $"page-template residue dropped: '{line.Trim()}'") { Line = number });
                continue;
            }

            _lines.Add(TextLine.From(line, number));
        }
    }

    /// <summary>The record, or null when the text has no title (reported as an error).</summary>
    public CatalogRecord? Parse()
    {
        SkipBlank();
        if (_pos >= _lines.Count || (_lines[_pos].IsBlank && !_lines[_pos].Escaped))
        {
            _diagnostics.Report(new Diagnostic("TEXT0003", Severity.Error, "record has no title line") { Line = _lines.Count > 0 ? _lines[0].Number : null });
            return null;
        }

        var first = _lines[_pos];
        if (HeaderParser.TrySplit(first, out _) || first.Is(CatalogTextSyntax.ContentsHeading))
        {
            _diagnostics.Report(new Diagnostic("TEXT0004", Severity.Error, "record must start with its title, found a label or heading instead") { Line = first.Number });
            return null;
        }

        var record = new CatalogRecord { Title = Clean(first.Text) };
        _pos++;
        if (_pos < _lines.Count && !_lines[_pos].IsBlank && !HeaderParser.TrySplit(_lines[_pos], out _))
        {
            record = record with { Subtitle = Clean(_lines[_pos].Text) };
            _pos++;
        }

        SkipBlank();
        record = ParseHeader(record);
        SkipBlank();
        record = new BodyParser(_diagnostics).Apply(record, ReadParagraphs());
        if (_pos < _lines.Count && _lines[_pos].Is(CatalogTextSyntax.ContentsHeading))
        {
            _pos++;
            var block = TakeUntil(CatalogTextSyntax.SubjectsHeading);
            record = record with { Contents = ContentsText.Parse(block, record.Title) };
        }

        if (_pos < _lines.Count && _lines[_pos].Is(CatalogTextSyntax.SubjectsHeading))
        {
            _pos++;
            var subjects = TakeUntil(null).Where(l => !l.IsBlank).Select(SubjectText.Parse).ToList();
            record = record with { Subjects = [.. subjects] };
        }

        for (; _pos < _lines.Count; _pos++)
        {
            if (_lines[_pos].IsBlank) continue;
            _diagnostics.Report(new Diagnostic("TEXT0120", Severity.Warning, $"unexpected line after the record: '{_lines[_pos].Text}' kept as a note") { Line = _lines[_pos].Number });
            record = record with { Notes = record.Notes.Add(_lines[_pos].Text) };
        }

        return record;
    }

    private CatalogRecord ParseHeader(CatalogRecord record)
    {
        var header = new HeaderParser(_diagnostics);
        var contributors = new List<Contributor>();
        var sawLabel = false;
        for (; _pos < _lines.Count && !_lines[_pos].IsBlank; _pos++)
        {
            var line = _lines[_pos];
            if (line.Is(CatalogTextSyntax.ContentsHeading) || line.Is(CatalogTextSyntax.SubjectsHeading)) break;
            if (HeaderParser.TrySplit(line, out var pairs))
            {
                sawLabel = true;
                foreach (var (label, value) in pairs) header.Apply(label, value, line.Number);
                continue;
            }

            if (sawLabel) _diagnostics.Report(new Diagnostic("TEXT0102", Severity.Warning, "contributor line after label lines") { Line = line.Number });
            contributors.Add(ContributorText.Parse(Clean(line.Text)));
        }

        var withHeader = header.Finish();
        return withHeader with { Title = record.Title, Subtitle = record.Subtitle, Contributors = [.. contributors] };
    }

    private List<(string Text, bool Escaped, int Line)> ReadParagraphs()
    {
        var result = new List<(string, bool, int)>();
        while (_pos < _lines.Count)
        {
            var line = _lines[_pos];
            if (line.Is(CatalogTextSyntax.ContentsHeading) || line.Is(CatalogTextSyntax.SubjectsHeading)) break;
            if (line.IsBlank)
            {
                _pos++;
                continue;
            }

            var parts = new List<string>();
            var escaped = line.Escaped;
            var start = line.Number;
            while (_pos < _lines.Count && !_lines[_pos].IsBlank)
            {
                parts.Add(_lines[_pos].Escaped ? _lines[_pos].Text : CatalogTextSyntax.TrimValue(_lines[_pos].Text));
                _pos++;
            }

            result.Add((string.Join(" ", parts), escaped, start));
        }

        return result;
    }

    private List<TextLine> TakeUntil(string? stop)
    {
        var block = new List<TextLine>();
        for (; _pos < _lines.Count; _pos++)
        {
            if (stop is not null && _lines[_pos].Is(stop)) break;
            block.Add(_lines[_pos]);
        }

        return block;
    }

    private void SkipBlank()
    {
        while (_pos < _lines.Count && _lines[_pos].IsBlank) _pos++;
    }

    private static string Clean(string s) => CatalogTextSyntax.TrimValue(s);
}
