using System.Text.RegularExpressions;
using Exporter.Formats.Marc.Iso2709;
using Exporter.Formats.Marc.Model;

namespace Exporter.Interop.Tests.Marc;

/// <summary>Records of the corpus as we read them, and which of them MARC21slim.xsd can accept by content.</summary>
internal static partial class MarcCorpusRecords
{
    /// <summary>Every record read permissively from the files that need no MARC-8 conversion.</summary>
    public static List<MarcRecord> Permissive() =>
        [.. MarcCorpusFiles.Iso2709()
            .Where(f => MarcCorpusFiles.Classify(File.ReadAllBytes(f)) == MarcCorpusFiles.Profile.NoConversion)
            .SelectMany(f =>
            {
                using var stream = File.OpenRead(f);
                return new Iso2709Reader(stream, new Iso2709ReaderOptions { Strictness = MarcStrictness.Permissive, Normalization = UnicodeNormalization.None })
                    .ReadAll().Where(r => r.Record is not null).Select(r => r.Record!).ToList();
            })];

    /// <summary>
    /// True when the record's own content fits the schema's patterns and order (leader, control fields, then
    /// data fields with at least one subfield). Records that break them are copied through as they are.
    /// </summary>
    public static bool FitsSchema(MarcRecord record)
    {
        if (!LeaderPattern().IsMatch(record.Leader.Value)) return false;
        var seenData = false;
        foreach (var f in record.AllFields)
        {
            if (f is ControlField c)
            {
                if (seenData || !ControlTag().IsMatch(c.Tag) || c.Value.Any(ch => ch < 0x20 && ch is not ('\t' or '\n' or '\r'))) return false;
            }
            else if (f is DataField d)
            {
                seenData = true;
                if (!DataTag().IsMatch(d.Tag) || !Indicator().IsMatch(d.Indicator1.ToString()) || !Indicator().IsMatch(d.Indicator2.ToString())
                    || d.Subfields.Length == 0 || d.Subfields.Any(s => !Code().IsMatch(s.Code.ToString()) || s.Value.Any(ch => ch < 0x20 && ch is not ('\t' or '\n' or '\r'))))
                {
                    return false;
                }
            }
        }

        return true;
    }

    /// <summary>
    /// True when tools can be expected to read the record alike: no control character anywhere (yaz splits control
    /// fields on 0x1F), ASCII indicators and subfield codes (MARC4J reads a code as one byte, yaz as one character),
    /// no text that looks like a character reference (MARC4J's reader turns "&amp;apos;" into "'"), and at most one 001
    /// (MARC4J keeps a single control number).
    /// </summary>
    public static bool IsPortable(MarcRecord record) =>
        !record.Leader.Value.Any(char.IsControl) && record.Fields("001").Count() <= 1 && record.AllFields.All(f => f switch
        {
            ControlField c => IsPlainText(c.Value),
            DataField d => IsPlain(d.Indicator1) && IsPlain(d.Indicator2) && d.Subfields.All(s => IsPlain(s.Code) && IsPlainText(s.Value)),
            _ => true,
        });

    private static bool IsPlainText(string value) => !value.Any(char.IsControl) && !CharacterReference().IsMatch(value);

    private static bool IsPlain(char c) => c is >= ' ' and <= '~';

    [GeneratedRegex("&#?[A-Za-z0-9]+;")]
    private static partial Regex CharacterReference();

    [GeneratedRegex(@"^[\d ]{5}[\dA-Za-z ][\dA-Za-z][\dA-Za-z ]{3}(2| )(2| )[\d ]{5}[\dA-Za-z ]{3}(4500|    )$")]
    private static partial Regex LeaderPattern();

    [GeneratedRegex("^00[1-9A-Za-z]$")]
    private static partial Regex ControlTag();

    [GeneratedRegex("^((0([1-9A-Z][0-9A-Z])|0([1-9a-z][0-9a-z]))|(([1-9A-Z][0-9A-Z]{2})|([1-9a-z][0-9a-z]{2})))$")]
    private static partial Regex DataTag();

    [GeneratedRegex(@"^[\da-z ]$")]
    private static partial Regex Indicator();

    [GeneratedRegex(@"^[\dA-Za-z!""#$%&'()*+,\-./:;<=>?{}_^`~\[\]\\]$")]
    private static partial Regex Code();
}
