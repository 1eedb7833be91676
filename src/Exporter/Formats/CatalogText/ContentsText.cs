using System.Collections.Immutable;
using Exporter.Model;

namespace Exporter.Formats.CatalogText;

/// <summary>
/// The Table of Contents block. Blank lines separate groups; "N. Title" is a numbered entry; an unnumbered line
/// directly followed by a numbered one is a section heading when it repeats the book title, or starts a group and
/// the block has several groups (a lone "Preface" before "1." in a one-group list is front matter);
/// "§ Heading" is an explicit heading; a leading backslash makes a line a plain unnumbered entry.
/// </summary>
internal static class ContentsText
{
    private const string ExplicitHeading = "§ ";

    public static ImmutableArray<ContentsSection> Parse(IReadOnlyList<TextLine> lines, string title)
    {
        var sections = ImmutableArray.CreateBuilder<ContentsSection>();
        string? heading = null;
        var entries = ImmutableArray.CreateBuilder<ContentsEntry>();
        var groupStart = true;
        var groupIndex = -1;
        var groups = CountGroups(lines);
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (line.IsBlank)
            {
                Close();
                groupStart = true;
                continue;
            }

            if (groupStart) groupIndex++;
            var text = CatalogTextSyntax.TrimValue(line.Text);
            if (line.Escaped)
            {
                entries.Add(new ContentsEntry(line.Text));
            }
            else if (text.StartsWith(ExplicitHeading, StringComparison.Ordinal))
            {
                Close();
                heading = text[ExplicitHeading.Length..];
            }
            else if (StartsWithDigit(text) && CatalogTextSyntax.NumberedEntry().Match(text) is { Success: true } m)
            {
                entries.Add(new ContentsEntry(m.Groups[2].Value, m.Groups[1].Value));
            }
            else if (NextIsNumbered(lines, i) && (text == title || (groupStart && (groupIndex > 0 || groups > 1))))
            {
                Close();
                heading = text;
            }
            else
            {
                entries.Add(new ContentsEntry(text));
            }

            groupStart = false;
        }

        Close();
        return sections.ToImmutable();

        void Close()
        {
            if (heading is null && entries.Count == 0) return;
            sections.Add(new ContentsSection(heading, entries.ToImmutable()));
            heading = null;
            entries.Clear();
        }
    }

    public static IEnumerable<string> Format(ImmutableArray<ContentsSection> sections, string title)
    {
        var first = true;
        var written = sections.Count(s => s.Heading is not null || !s.Entries.IsDefaultOrEmpty);
        foreach (var section in sections)
        {
            if (section.Heading is null && section.Entries.IsDefaultOrEmpty) continue;
            if (!first) yield return "";
            first = false;
            var entries = section.Entries.IsDefault ? [] : section.Entries;
            if (section.Heading is not null)
            {
                var implicitOk = entries.Length > 0 && IsNumberable(entries[0]) && !IsSpecial(section.Heading) && (written > 1 || section.Heading == title);
                yield return implicitOk ? section.Heading : ExplicitHeading + section.Heading;
            }

            for (var i = 0; i < entries.Length; i++)
            {
                var e = entries[i];
                if (IsNumberable(e))
                {
                    yield return e.Number + ". " + e.Title;
                    continue;
                }

                var nextNumbered = i + 1 < entries.Length && IsNumberable(entries[i + 1]);
                var headingPosition = nextNumbered && ((i == 0 && section.Heading is null) || e.Title == title);
                var label = e.Number is null ? e.Title : e.Number + ". " + e.Title;
                yield return headingPosition || IsSpecial(label) ? "\\" + label : label;
            }
        }
    }

    private static int CountGroups(IReadOnlyList<TextLine> lines)
    {
        var groups = 0;
        var inGroup = false;
        foreach (var l in lines)
        {
            if (l.IsBlank) inGroup = false;
            else if (!inGroup)
            {
                inGroup = true;
                groups++;
            }
        }

        return groups;
    }

    private static bool NextIsNumbered(IReadOnlyList<TextLine> lines, int i) =>
        i + 1 < lines.Count && !lines[i + 1].Escaped && !lines[i + 1].IsBlank
        && StartsWithDigit(CatalogTextSyntax.TrimValue(lines[i + 1].Text.AsSpan()))
        && CatalogTextSyntax.NumberedEntry().IsMatch(CatalogTextSyntax.TrimValue(lines[i + 1].Text));

    /// <summary>What <see cref="CatalogTextSyntax.NumberedEntry"/> needs first: a decimal digit (any script, as <c>\d</c>).</summary>
    private static bool StartsWithDigit(ReadOnlySpan<char> text) => text.Length > 0 && char.IsDigit(text[0]);

    private static bool IsNumberable(ContentsEntry e) =>
        e.Number is { Length: > 0 and <= 6 } n && n.All(char.IsAsciiDigit) && e.Title.Length > 0 && !char.IsWhiteSpace(e.Title[0]);

    private static bool IsSpecial(string text) =>
        text.Length == 0 || text.StartsWith('\\') || text.StartsWith(ExplicitHeading, StringComparison.Ordinal)
        || CatalogTextSyntax.NumberedEntry().IsMatch(text) || text == CatalogTextSyntax.SubjectsHeading
        || CatalogTextSyntax.TemplateResidue().IsMatch(text) || text != CatalogTextSyntax.TrimValue(text);
}
