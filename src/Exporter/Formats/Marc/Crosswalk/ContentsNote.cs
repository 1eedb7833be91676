using System.Collections.Immutable;
using Exporter.Formats.Marc.Model;
using Exporter.Model;

namespace Exporter.Formats.Marc.Crosswalk;

/// <summary>
/// The table of contents as enhanced 505 (crosswalks.md 1.5, lossless mode): <c>$t</c> titles, <c>$g N.</c>
/// numbers before their title, <c>$g Heading:</c> section headings, <c>$g :</c> a new section without heading;
/// entries end with " --". Pieces are split over several 505 fields (first <c>00</c>, then <c>80</c>) at entry
/// boundaries when one would pass the field size limit. Every <c>$t</c> but the last ends with " --", which reading
/// removes again, so titles ending in " --" or headings ending in ":" survive.
/// </summary>
internal static class ContentsNote
{
    private const string Separator = " --";

    public static IEnumerable<DataField> Write(ImmutableArray<ContentsSection> sections, int maxBytes)
    {
        var units = new List<List<Subfield>>();
        for (var s = 0; s < sections.Length; s++)
        {
            var section = sections[s];
            var head = new List<Subfield>();
            if (section.Heading is not null) head.Add(new Subfield('g', section.Heading + ":"));
            else if (s > 0) head.Add(new Subfield('g', ":"));
            if (head.Count > 0) units.Add(head);
            foreach (var e in section.Entries)
            {
                var unit = new List<Subfield>();
                if (e.Number is not null) unit.Add(new Subfield('g', e.Number + "."));
                unit.Add(new Subfield('t', e.Title));
                units.Add(unit);
            }
        }

        for (var i = 0; i < units.Count - 1; i++)
        {
            var last = units[i][^1];
            if (last.Code == 't') units[i][^1] = last with { Value = last.Value + Separator };
        }

        return Pack(units, maxBytes);
    }

    public static ImmutableArray<ContentsSection> Read(IEnumerable<DataField> fields)
    {
        var subfields = fields.SelectMany(f => f.Subfields).Where(s => s.Code is 'a' or 'g' or 't' or 'r').ToList();
        if (subfields.Count == 0) return [];
        if (subfields.All(s => s.Code == 'a')) return Basic(subfields);
        var sections = ImmutableArray.CreateBuilder<ContentsSection>();
        string? heading = null;
        var entries = ImmutableArray.CreateBuilder<ContentsEntry>();
        var started = false;
        string? number = null;
        for (var i = 0; i < subfields.Count; i++)
        {
            var sf = subfields[i];
            var value = sf.Code == 't' && i < subfields.Count - 1 ? StripSeparator(sf.Value) : sf.Value;
            if (sf.Code == 't' || sf.Code == 'a')
            {
                entries.Add(new ContentsEntry(value, number));
                number = null;
                started = true;
                continue;
            }

            if (sf.Code != 'g') continue;
            var nextIsTitle = i + 1 < subfields.Count && subfields[i + 1].Code == 't';
            if (value.EndsWith(':') || !nextIsTitle)
            {
                if (started || heading is not null) sections.Add(new ContentsSection(heading, entries.ToImmutable()));
                entries.Clear();
                var h = value.EndsWith(':') ? value[..^1] : value;
                heading = h.Length == 0 ? null : h;
                started = true;
            }
            else
            {
                number = value.EndsWith('.') ? value[..^1] : value;
            }
        }

        if (started || entries.Count > 0) sections.Add(new ContentsSection(heading, entries.ToImmutable()));
        return sections.ToImmutable();
    }

    private static ImmutableArray<ContentsSection> Basic(List<Subfield> subfields)
    {
        var text = string.Join(" -- ", subfields.Select(s => StripSeparator(s.Value)));
        var entries = text.Split(" -- ").Select(t => new ContentsEntry(t.Trim().TrimEnd('.'))).Where(e => e.Title.Length > 0);
        return [new ContentsSection(null, [.. entries])];
    }

    private static string StripSeparator(string v) => v.EndsWith(Separator, StringComparison.Ordinal) ? v[..^Separator.Length] : v;

    private static IEnumerable<DataField> Pack(List<List<Subfield>> units, int maxBytes)
    {
        var current = new List<Subfield>();
        var size = 0;
        var first = true;
        foreach (var unit in units)
        {
            var unitSize = unit.Sum(s => 2 + System.Text.Encoding.UTF8.GetByteCount(s.Value));
            if (current.Count > 0 && size + unitSize > maxBytes)
            {
                yield return new DataField("505", first ? '0' : '8', '0', current.ToImmutableArray());
                first = false;
                current = [];
                size = 0;
            }

            current.AddRange(unit);
            size += unitSize;
        }

        if (current.Count > 0) yield return new DataField("505", first ? '0' : '8', '0', current.ToImmutableArray());
    }
}
