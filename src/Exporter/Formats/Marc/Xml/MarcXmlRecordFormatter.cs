using System.Buffers;
using System.Text.Unicode;
using Exporter.Diagnostics;
using Exporter.Formats.Marc.Model;

namespace Exporter.Formats.Marc.Xml;

/// <summary>
/// Writes one MARCXML <c>&lt;record&gt;</c> element (indented inside a collection) as UTF-8 into an
/// <see cref="IBufferWriter{T}"/>: markup as byte literals, text transcoded once, no string built.
/// Leader/09 is written as 'a'; characters XML 1.0 forbids become U+FFFD (a blank in the leader) with a warning;
/// CR, and tab/LF in attributes, are written as character references.
/// </summary>
internal sealed class MarcXmlRecordFormatter
{
    // Markup, C0 controls (tab/LF/CR included: attributes need them escaped) and the two non-characters; surrogates
    // are found with a range search. Both are vectorised.
    private static readonly SearchValues<char> Special = SearchValues.Create(
        "&<>\"\u0000\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\t\n\u000B\u000C\r\u000E\u000F\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001A\u001B\u001C\u001D\u001E\u001F\uFFFE\uFFFF");

    private readonly IBufferWriter<byte> _out;
    private readonly IDiagnostics _diagnostics;
    private long _index;
    private string? _recordId;

    /// <summary>Writes to <paramref name="output"/>; replacement warnings go to <paramref name="diagnostics"/>.</summary>
    public MarcXmlRecordFormatter(IBufferWriter<byte> output, IDiagnostics diagnostics)
    {
        _out = output;
        _diagnostics = diagnostics;
    }

    /// <summary>Writes <paramref name="record"/>; diagnostics name it as record <paramref name="index"/>.</summary>
    public void Write(MarcRecord record, long index)
    {
        _index = index;
        _recordId = record.ControlValue("001");
        Raw("  <record>\n    <leader>"u8);
        Text(record.Leader.WithCharacterCodingScheme('a').Value, false, "LDR", null);
        Raw("</leader>\n"u8);
        foreach (var field in record.AllFields)
        {
            if (field is ControlField c)
            {
                Raw("    <controlfield tag=\""u8);
                Text(c.Tag, true, c.Tag, null);
                Raw("\">"u8);
                Text(c.Value, false, c.Tag, null);
                Raw("</controlfield>\n"u8);
            }
            else if (field is DataField d)
            {
                DataFieldStart(d);
                foreach (var s in d.Subfields)
                {
                    Raw("      <subfield code=\""u8);
                    Char(s.Code, d.Tag);
                    Raw("\">"u8);
                    Text(s.Value, false, d.Tag, null, s.Code);
                    Raw("</subfield>\n"u8);
                }

                Raw("    </datafield>\n"u8);
            }
        }

        Raw("  </record>\n"u8);
    }

    private void DataFieldStart(DataField d)
    {
        Raw("    <datafield tag=\""u8);
        Text(d.Tag, true, d.Tag, null);
        Raw("\" ind1=\""u8);
        Char(d.Indicator1, d.Tag);
        Raw("\" ind2=\""u8);
        Char(d.Indicator2, d.Tag);
        Raw("\">\n"u8);
    }

    private void Raw(ReadOnlySpan<byte> bytes)
    {
        bytes.CopyTo(_out.GetSpan(bytes.Length));
        _out.Advance(bytes.Length);
    }

    private void Char(char c, string tag)
    {
        if (c is >= ' ' and < (char)0x7F and not ('&' or '<' or '>' or '"'))
        {
            _out.GetSpan(1)[0] = (byte)c;
            _out.Advance(1);
            return;
        }

        Text(new ReadOnlySpan<char>(in c), true, tag, null);
    }

    private void Text(ReadOnlySpan<char> s, bool attribute, string tag, string? code, char subfield = '\0')
    {
        while (true)
        {
            var i = s.IndexOfAny(Special);
            var surrogate = (i < 0 ? s : s[..i]).IndexOfAnyInRange('\uD800', '\uDFFF');
            if (surrogate >= 0) i = surrogate;
            if (i < 0)
            {
                Utf8Text(s);
                return;
            }

            Utf8Text(s[..i]);
            var c = s[i];
            var take = 1;
            switch (c)
            {
                case '&': Raw("&amp;"u8); break;
                case '<': Raw("&lt;"u8); break;
                case '>': Raw("&gt;"u8); break;
                case '"': Raw(attribute ? "&quot;"u8 : "\""u8); break;
                case '\r': Raw("&#13;"u8); break;
                case '\t': Raw(attribute ? "&#9;"u8 : "\t"u8); break;
                case '\n': Raw(attribute ? "&#10;"u8 : "\n"u8); break;
                default:
                    if (char.IsHighSurrogate(c) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
                    {
                        Utf8Text(s.Slice(i, 2));
                        take = 2;
                    }
                    else
                    {
                        Illegal(c, tag, code ?? (subfield == '\0' ? null : subfield.ToString()));
                    }

                    break;
            }

            s = s[(i + take)..];
        }
    }

    /// <summary>Text with nothing to escape and no lone surrogate, as UTF-8.</summary>
    private void Utf8Text(ReadOnlySpan<char> s)
    {
        if (s.IsEmpty) return;
        var span = _out.GetSpan(s.Length * 3);
        Utf8.FromUtf16(s, span, out _, out var written);
        _out.Advance(written);
    }

    private void Illegal(char c, string tag, string? code)
    {
        var leader = tag == "LDR";
        Raw(leader ? " "u8 : "\uFFFD"u8); // a leader must stay 24 ASCII characters
        _diagnostics.Report(new Diagnostic(MarcDiagnosticCodes.XmlIllegalCharacter, Severity.Warning,
            $"U+{(int)c:X4} is not allowed in XML 1.0; written as {(leader ? "a blank" : "U+FFFD")}")
        {
            RecordIndex = _index,
            RecordId = _recordId,
            Field = tag,
            Subfield = code,
        });
    }
}
