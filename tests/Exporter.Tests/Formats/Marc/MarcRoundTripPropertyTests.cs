using System.Text;
using Exporter.Formats.Marc.Iso2709;
using Exporter.Formats.Marc.Model;
using Exporter.Formats.Marc.Mrk;
using Exporter.Formats.Marc.Xml;
using FsCheck;
using FsCheck.Xunit;

namespace Exporter.Tests.Formats.Marc;

/// <summary>Round trips of arbitrary strings (well-formed UTF-16) through .mrk, MARCXML and ISO 2709.</summary>
public class MarcRoundTripPropertyTests
{
    /// <summary>The string with lone surrogates, and the characters <paramref name="bad"/> names, turned into 'x'.</summary>
    private static string Clean(string s, Func<char, bool> bad)
    {
        var chars = s.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (char.IsHighSurrogate(chars[i]) && i + 1 < chars.Length && char.IsLowSurrogate(chars[i + 1])) i++;
            else if (char.IsSurrogate(chars[i]) || bad(chars[i])) chars[i] = 'x';
        }

        return new string(chars);
    }

    private static MarcRecord Record(string value) => new(Leader.Default, [
        new ControlField("001", value),
        new DataField("500", ' ', ' ', new Subfield('a', value), new Subfield('b', value)),
    ]);

    [Property]
    public bool Any_string_round_trips_through_mrk(NonNull<string> text)
    {
        var value = Clean(text.Get, _ => false);
        var back = new MrkReader(new MemoryStream(Encoding.UTF8.GetBytes(MrkWriter.Format(Record(value)))), new MrkReaderOptions { Normalization = UnicodeNormalization.None })
            .ReadAll().Single().Record;
        return Record(value) == back;
    }

    [Property]
    public bool Any_xml_legal_string_round_trips_through_marcxml(NonNull<string> text)
    {
        var value = Clean(text.Get, c => (c < 0x20 && c is not ('\t' or '\n' or '\r')) || c is '\uFFFE' or '\uFFFF');
        var output = new MemoryStream();
        using (var writer = new MarcXmlWriter(output))
        {
            writer.Write(Record(value));
            writer.Complete();
        }

        output.Position = 0;
        var back = new MarcXmlReader(output, new MarcXmlReaderOptions { Normalization = UnicodeNormalization.None }).ReadAll().Single().Record;
        return Record(value) == back;
    }

    [Property]
    public bool Any_string_without_delimiters_round_trips_through_iso2709(NonNull<string> text)
    {
        var value = Clean(text.Get, c => c is '\u001D' or '\u001E' or '\u001F');
        var back = Iso2709Parser.Parse(Iso2709Writer.Encode(Record(value)), new Iso2709ReaderOptions { Normalization = UnicodeNormalization.None }).Record;
        return back is not null && Record(value).AllFields.SequenceEqual(back.AllFields);
    }
}
