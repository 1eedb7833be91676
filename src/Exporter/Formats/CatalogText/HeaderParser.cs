using System.Collections.Immutable;
using System.Globalization;
using Exporter.Diagnostics;
using Exporter.Formats.Common.Text;
using Exporter.Model;

namespace Exporter.Formats.CatalogText;

/// <summary>Reads the label lines of the header block ("Publisher:\u00a0 Monad Press") into a record.</summary>
internal sealed class HeaderParser(IDiagnostics diagnostics)
{
    private readonly List<Identifier> _ids = [];
    private readonly List<string> _languages = [];
    private readonly List<string> _translatedFrom = [];
    private readonly List<SeriesStatement> _series = [];
    private readonly List<string> _notes = [];
    private readonly List<string> _rights = [];
    private int? _pages;
    private string? _extentText;

    public CatalogRecord Record { get; private set; } = new();

    /// <summary>Splits a label line into (label, value) pairs; returns false when the line is not a label line.</summary>
    public static bool TrySplit(TextLine line, out List<(string Label, string Value)> pairs)
    {
        pairs = [];
        if (line.Escaped) return false;
        var text = line.Text;
        var colon = text.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0 || !char.IsAsciiLetterUpper(text[0])) return false;   // what LabelLine needs first, without matching it
        var m = CatalogTextSyntax.LabelLine().Match(text);
        if (!m.Success) return false;
        var label = m.Groups[1].Value;
        var known = CatalogTextSyntax.IsKnownLabel(label);
        if (!known && text[label.Length + 1] != CatalogTextSyntax.Nbsp) return false;   // LabelLine puts [\u00a0 ]+ after the colon
        if (text.IndexOf(':', colon + 1) < 0 && !CatalogTextSyntax.EndsWithSecondLabel(label))
        {
            // SecondLabel needs a label and a colon after a space: with one colon, only at the end of the first label
            // ("Old Year Published:"); otherwise the line is its one part, matched above
            pairs.Add((CatalogTextSyntax.Canonical(label), CatalogTextSyntax.TrimValue(m.Groups[2].Value)));
            return true;
        }

        var parts = CatalogTextSyntax.SecondLabel().Split(text);
        foreach (var part in parts)
        {
            var pm = CatalogTextSyntax.LabelLine().Match(part);
            if (!pm.Success) continue;
            pairs.Add((CatalogTextSyntax.Canonical(pm.Groups[1].Value), CatalogTextSyntax.TrimValue(pm.Groups[2].Value)));
        }

        return pairs.Count > 0;
    }

    public void Apply(string label, string value, int line)
    {
        var r = Record;
        switch (label)
        {
            case "Statement of Responsibility": Record = r with { StatementOfResponsibility = value }; break;
            case "Publisher": Record = r with { Publisher = value }; break;
            case "Place Published": Record = r with { Place = value }; break;
            case "Year Published": Published(value, line); break;
            case "First Published": Record = r with { FirstPublished = Year(value, label, line) }; break;
            case "Edition": Record = r with { Edition = value }; break;
            case "Pages": Pages(value); break;
            case "Extent": _extentText = value; break;
            case "Resource Type": Record = r with { ResourceType = Type(value, line) }; break;
            case "Cx Number": _ids.Add(new Identifier(IdentifierType.Local, value)); break;
            case "ISBN": _ids.Add(Qualified(IdentifierType.Isbn, value)); break;
            case "ISSN": _ids.Add(Qualified(IdentifierType.Issn, value)); break;
            case "LCCN": _ids.Add(new Identifier(IdentifierType.Lccn, value)); break;
            case "OCLC": _ids.Add(new Identifier(IdentifierType.Oclc, value)); break;
            case "DOI": _ids.Add(new Identifier(IdentifierType.Doi, value)); break;
            case "URL": _ids.Add(new Identifier(IdentifierType.Url, value)); break;
            case "Language": Languages(value, line, _languages); break;
            case "Translated From": Languages(value, line, _translatedFrom); break;
            case "Language Note": Record = r with { LanguageNote = value }; break;
            case "Series": _series.Add(Series(value)); break;
            case "Series Heading": SeriesHeading(value, line); break;
            case "Note": _notes.Add(value); break;
            case "Last Modified": LastModified(value, line); break;
            case "Rights": _rights.Add(value); break;
            default:
                diagnostics.Report(new Diagnostic("TEXT0103", Severity.Warning, $"unknown label '{label}': kept as a note") { Line = line, Field = label });
                _notes.Add(label + ": " + value);
                break;
        }
    }

    public CatalogRecord Finish()
    {
        Extent? extent = null;
        if (_pages is not null || _extentText is not null) extent = new Extent(_pages, _extentText);
        return Record with
        {
            Extent = extent,
            Identifiers = [.. _ids],
            Languages = [.. _languages],
            TranslatedFrom = [.. _translatedFrom],
            Series = [.. _series],
            Notes = [.. _notes],
            Rights = [.. _rights],
        };
    }

    /// <summary>"Last Modified": the record's last change, ISO 8601 (a day, or date and time; no zone is UTC).</summary>
    private void LastModified(string value, int line)
    {
        if (LastModifiedText.TryParse(value, out var changed))
        {
            Record = Record with { LastModified = changed };
            return;
        }

        diagnostics.Report(new Diagnostic("TEXT0107", Severity.Warning, $"'{value}' is not an ISO 8601 date (2024-03-01 or 2024-03-01T12:30:00Z); the last change is left out") { Line = line, Field = "Last Modified" });
    }

    private void Pages(string value)
    {
        var simple = CatalogTextSyntax.PagesOnly().Match(value);
        if (simple.Success)
        {
            _pages = int.Parse(simple.Groups[1].Value, CultureInfo.InvariantCulture);
            return;
        }

        _extentText = value;
        var inText = CatalogTextSyntax.PagesInText().Match(value);
        if (inText.Success) _pages = int.Parse(inText.Groups[1].Value, CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// "Year Published": a plain year, or a date of publication as the description states it ("c2002", "[1999?]",
    /// "1925-"), kept as written with its first four-digit year as the year; a value without a year is an error.
    /// </summary>
    private void Published(string value, int line)
    {
        var m = CatalogTextSyntax.StandaloneYear().Match(value);
        if (!m.Success && value.AsSpan().IndexOfAnyInRange('0', '9') >= 0 && value.Length > 1)
        {
            Record = Record with { DateOfPublication = value };             // "[199-?]", "19--": a decade or century, no year
            return;
        }

        if (value.Length == 4 && value.AsSpan().IndexOfAnyExceptInRange('0', '9') < 0 || !m.Success)
        {
            Record = Record with { YearPublished = Year(value, "Year Published", line) };
            return;
        }

        Record = Record with { YearPublished = int.Parse(m.Value, CultureInfo.InvariantCulture), DateOfPublication = value };
    }

    private int? Year(string value, string label, int line)
    {
        if (value.Length == 0) return null;
        if (value.Length == 4 && value.AsSpan().IndexOfAnyExceptInRange('0', '9') < 0) return int.Parse(value, CultureInfo.InvariantCulture);
        var m = CatalogTextSyntax.FourDigits().Match(value);
        var level = m.Success ? Severity.Warning : Severity.Error;
        diagnostics.Report(new Diagnostic("TEXT0104", level, m.Success ? $"'{value}' is not a plain year; read as {m.Value}" : $"'{value}' is not a year; ignored") { Line = line, Field = label });
        return m.Success ? int.Parse(m.Value, CultureInfo.InvariantCulture) : null;
    }

    private ResourceType Type(string value, int line)
    {
        if (Enum.TryParse<ResourceType>(value.Replace(" ", "", StringComparison.Ordinal), true, out var t) && !int.TryParse(value, out _)) return t;
        diagnostics.Report(new Diagnostic("TEXT0105", Severity.Warning, $"unknown resource type '{value}': read as Other") { Line = line, Field = "Resource Type" });
        return ResourceType.Other;
    }

    private void Languages(string value, int line, List<string> into)
    {
        foreach (var part in value.Split([';', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var code = LanguageNames.ToCode(part);
            if (code is null)
            {
                diagnostics.Report(new Diagnostic("TEXT0106", Severity.Warning, $"unknown language '{part}': kept as a note") { Line = line, Field = "Language" });
                _notes.Add("Language: " + part);
            }
            else
            {
                into.Add(code);
            }
        }
    }

    private static Identifier Qualified(IdentifierType type, string value)
    {
        var open = value.IndexOf(" (", StringComparison.Ordinal);
        if (open > 0 && value.EndsWith(')'))
        {
            var number = value[..open].Replace("-", "", StringComparison.Ordinal).Replace(" ", "", StringComparison.Ordinal);
            return new Identifier(type, number, value[(open + 2)..^1]);
        }

        return new Identifier(type, type == IdentifierType.Isbn ? value.Replace("-", "", StringComparison.Ordinal).Replace(" ", "", StringComparison.Ordinal) : value);
    }

    /// <summary>
    /// "Series Heading": the authorized title the series of the "Series" line just above is traced under (MARC 830 $a).
    /// Without such a line (or when that series has its heading already) it is a series traced under its own title.
    /// </summary>
    private void SeriesHeading(string value, int line)
    {
        var heading = Series(value);
        if (_series.Count > 0 && _series[^1].Heading is null)
        {
            var number = heading.Number == _series[^1].Number ? null : heading.Number;
            _series[^1] = _series[^1] with { Heading = heading.Title, HeadingNumber = number };
            return;
        }

        diagnostics.Report(new Diagnostic("TEXT0108", Severity.Warning, $"'Series Heading' without a 'Series' line above it: read as a series traced under '{value}'") { Line = line, Field = "Series Heading" });
        _series.Add(new SeriesStatement(heading.Title, heading.Number, heading.Title));
    }

    private static SeriesStatement Series(string value)
    {
        var cut = value.LastIndexOf(" ; ", StringComparison.Ordinal);
        return cut > 0 ? new SeriesStatement(value[..cut], value[(cut + 3)..]) : new SeriesStatement(value);
    }

    internal static ImmutableArray<string> SplitRoles(string text) =>
        [.. text.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];
}
