using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Exporter.Model;

namespace Exporter.Formats.Rdf.Bibframe.Reading;

/// <summary>
/// A table of contents label (505 $a $g $t $r joined with spaces) back to sections and entries: entries are the parts
/// between " -- "; "N. Title" is a numbered entry; "Heading: N. Title" (a heading before a numbered entry) starts a
/// section, ": Title" (505 <c>$g :</c>) a section without heading. Anything else is an unnumbered entry.
/// </summary>
internal static partial class BibframeContents
{
    [GeneratedRegex(@"^(?:(?<heading>.+?): )?(?<number>\d+[A-Za-z]?)\. (?<title>.+)$")]
    private static partial Regex Entry();

    public static ImmutableArray<ContentsSection> Read(IEnumerable<string> labels)
    {
        var sections = ImmutableArray.CreateBuilder<ContentsSection>();
        string? heading = null;
        var entries = ImmutableArray.CreateBuilder<ContentsEntry>();
        var any = false;
        foreach (var part in labels.SelectMany(l => l.Split(" -- ")).Select(p => p.Trim()).Where(p => p.Length > 0))
        {
            any = true;
            var text = part;
            if (text.StartsWith(':'))
            {
                if (entries.Count > 0 || heading is not null) sections.Add(new ContentsSection(heading, entries.ToImmutable()));
                entries.Clear();
                heading = null;
                text = text[1..].TrimStart();
                if (text.Length == 0) continue;
            }

            if (Entry().Match(text) is not { Success: true } m)
            {
                entries.Add(new ContentsEntry(text.TrimEnd('.')));
                continue;
            }

            if (m.Groups["heading"].Success)
            {
                if (entries.Count > 0 || heading is not null) sections.Add(new ContentsSection(heading, entries.ToImmutable()));
                entries.Clear();
                heading = m.Groups["heading"].Value;
            }

            entries.Add(new ContentsEntry(m.Groups["title"].Value, m.Groups["number"].Value));
        }

        if (any) sections.Add(new ContentsSection(heading, entries.ToImmutable()));
        return sections.ToImmutable();
    }
}
