using System.Buffers;
using Exporter.Diagnostics;
using Exporter.Formats.Common;
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

    private void Raw(ReadOnlySpan<byte> bytes) => XmlUtf8Escaper.Raw(_out, bytes);

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
        while (XmlUtf8Escaper.Write(_out, s, attribute) is var i and >= 0)
        {
            Illegal(s[i], tag, code ?? (subfield == '\0' ? null : subfield.ToString()));
            s = s[(i + 1)..];
        }
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
