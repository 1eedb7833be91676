using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace Exporter.Formats.CatalogText;

/// <summary>The fixed words and patterns of the catalog-page layout, shared by the parser and the encoder.</summary>
internal static partial class CatalogTextSyntax
{
    public const char Nbsp = '\u00a0';
    public const string ContentsHeading = "Table of Contents";
    public const string SubjectsHeading = "Subject Headings";
    public const string AbstractLabel = "Abstract";
    public const string DescriptionLabel = "Description";
    public const string AnonymousReviewMarker = "[Review]";

    /// <summary>The labels of the header block, in the order the encoder writes them.</summary>
    public static readonly string[] Labels =
    [
        "Statement of Responsibility", "Publisher", "Place Published", "Year Published", "First Published", "Edition", "Pages", "Extent", "Resource Type",
        "Cx Number", "ISBN", "ISSN", "LCCN", "OCLC", "DOI", "URL", "Language", "Translated From", "Language Note", "Series",
        "Series Heading", "Note", "Rights",
        "Last Modified",
    ];

    /// <summary>Other spellings accepted on input.</summary>
    public static readonly Dictionary<string, string> Aliases = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Place"] = "Place Published", ["Published"] = "Year Published", ["Year"] = "Year Published",
        ["Catalog Number"] = "Cx Number", ["CX No"] = "Cx Number", ["Languages"] = "Language", ["Notes"] = "Note",
        ["Responsibility"] = "Statement of Responsibility", ["Original Language"] = "Translated From",
    };

    /// <summary>Every label and alias (case-insensitive) to its label: a label itself first, then the aliases.</summary>
    private static readonly FrozenDictionary<string, string> CanonicalLabels = CanonicalTable();

    /// <summary>A line such as "Label:\u00a0 value" (any label); group 1 = label, group 2 = rest.</summary>
    [GeneratedRegex(@"^([A-Z][A-Za-z]*(?: [A-Za-z]+){0,3}):[\u00a0 ]+(.*)$")]
    public static partial Regex LabelLine();

    /// <summary>Where a second label starts on the same line ("1973 \u00a0 First Published:\u00a0 1937").</summary>
    [GeneratedRegex(@"[ \u00a0]+(?=(?:First Published|Year Published|Place Published|Publisher|Pages|Edition):[\u00a0 ])")]
    public static partial Regex SecondLabel();

    /// <summary>The labels <see cref="SecondLabel"/> finds.</summary>
    private static readonly string[] SecondLabels = ["First Published", "Year Published", "Place Published", "Publisher", "Pages", "Edition"];

    /// <summary>A numbered contents entry "12. Title".</summary>
    [GeneratedRegex(@"^(\d{1,6})\.[ \u00a0]+(\S.*)$")]
    public static partial Regex NumberedEntry();

    /// <summary>"[Reviewed by NAME]".</summary>
    [GeneratedRegex(@"^\[Reviewed by (.+)\]$")]
    public static partial Regex ReviewedBy();

    /// <summary>Page-template residue such as "Insert T_CxShareButtonsHorizontal.html here".</summary>
    [GeneratedRegex(@"^Insert \S+\.html? here$")]
    public static partial Regex TemplateResidue();

    /// <summary>A page count alone: "160pp", "160 p.", "160 pages".</summary>
    [GeneratedRegex(@"^(\d{1,6})\s*(?:pp?\.?|pages?)?$", RegexOptions.IgnoreCase)]
    public static partial Regex PagesOnly();

    /// <summary>The page count inside a longer statement ("xii, 160 p. : ill.").</summary>
    [GeneratedRegex(@"(\d{1,6})\s*(?:pp?\b\.?|pages?\b)", RegexOptions.IgnoreCase)]
    public static partial Regex PagesInText();

    /// <summary>Trailing qualifiers of a contributor line: "Name (editor; translator)".</summary>
    [GeneratedRegex(@"^(.*\S)\s+\(([a-z][a-z ,.'\-;]*)\)$")]
    public static partial Regex ContributorQualifiers();

    /// <summary>
    /// Trailing "[scheme]" or "[scheme; kind]" of a subject line. A scheme is a MARC subject heading source code
    /// (Source Codes for Vocabularies, Rules, and Schemes): lower-case letters, digits and hyphens, with "/" before a
    /// language or institution suffix ("kauno/fin", "fast/NIC/NAC", as written in $2).
    /// </summary>
    [GeneratedRegex(@"^(.*\S)\s+\[([a-z0-9\-]*(?:/[A-Za-z0-9\-]+)*)(?:; ?([a-z]+))?\]$")]
    public static partial Regex SubjectSuffix();

    /// <summary>A four-digit year standing alone ("c1973", "[1999?]", "1996, c1968"; not five digits or more).</summary>
    [GeneratedRegex(@"(?<!\d)\d{4}(?!\d)")]
    public static partial Regex StandaloneYear();

    /// <summary>Four digits in a row.</summary>
    [GeneratedRegex(@"\d{4}")]
    public static partial Regex FourDigits();

    public static bool IsTemplateResidue(ReadOnlySpan<byte> line)
    {
        if (line.Length < 12 || line.Length > 200 || !line.StartsWith("Insert "u8)) return false;
        return TemplateResidue().IsMatch(System.Text.Encoding.UTF8.GetString(line).TrimEnd('\r', ' '));
    }

    /// <summary>The label as the encoder writes it ("place" and "Place" -> "Place Published"), or <paramref name="label"/> when it is no label or alias.</summary>
    public static string Canonical(string label) => CanonicalLabels.TryGetValue(label, out var c) ? c : label;

    /// <summary>A label or alias of the header block (any case), or exactly "Abstract" or "Description".</summary>
    public static bool IsKnownLabel(string label) => CanonicalLabels.ContainsKey(label) || label is AbstractLabel or DescriptionLabel;

    /// <summary>True when <paramref name="label"/> ends with a space and one of the labels <see cref="SecondLabel"/> finds ("Old Year Published").</summary>
    public static bool EndsWithSecondLabel(string label)
    {
        foreach (var second in SecondLabels)
        {
            if (label.Length > second.Length && label.EndsWith(second, StringComparison.Ordinal) && label[^(second.Length + 1)] == ' ') return true;
        }

        return false;
    }

    /// <summary>Trims spaces, tabs and no-break spaces.</summary>
    public static string TrimValue(string s) => s.Trim(' ', '\t', Nbsp, '\r');

    /// <summary><see cref="TrimValue(string)"/> without making a string.</summary>
    public static ReadOnlySpan<char> TrimValue(ReadOnlySpan<char> s) => s.Trim(" \t\u00a0\r");

    private static FrozenDictionary<string, string> CanonicalTable()
    {
        var table = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var l in Labels) table.TryAdd(l, l);
        foreach (var (alias, label) in Aliases) table.TryAdd(alias, label);
        return table.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }
}
