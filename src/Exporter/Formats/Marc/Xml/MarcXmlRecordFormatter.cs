using System.Buffers;
using Exporter.Diagnostics;
using Exporter.Formats.Marc.Model;

namespace Exporter.Formats.Marc.Xml;

/// <summary>
/// Writes one MARCXML <c>&lt;record&gt;</c> element (indented inside a collection) to a <see cref="TextWriter"/>.
/// Leader/09 is written as 'a'; characters XML 1.0 forbids become U+FFFD (a blank in the leader) with a warning;
/// CR, and tab/LF in attributes, are written as character references.
/// </summary>
internal sealed class MarcXmlRecordFormatter
{
    // Markup, C0 controls (tab/LF/CR included: attributes need them escaped) and the two non-characters; surrogates
    // are found with a range search. Both are vectorised.
    private static readonly SearchValues<char> Special = SearchValues.Create(
        "&<>\"\u0000\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\t\n\u000B\u000C\r\u000E\u000F\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001A\u001B\u001C\u001D\u001E\u001F\uFFFE\uFFFF");

    private readonly TextWriter _writer;
    private readonly IDiagnostics _diagnostics;
    private long _index;
    private string? _recordId;

    /// <summary>Writes to <paramref name="writer"/>; replacement warnings go to <paramref name="diagnostics"/>.</summary>
    public MarcXmlRecordFormatter(TextWriter writer, IDiagnostics diagnostics)
    {
        _writer = writer;
        _diagnostics = diagnostics;
    }

    /// <summary>Writes <paramref name="record"/>; diagnostics name it as record <paramref name="index"/>.</summary>
    public void Write(MarcRecord record, long index)
    {
        _index = index;
        _recordId = record.ControlValue("001");
        var w = _writer;
        w.Write("  <record>\n    <leader>");
        Text(record.Leader.WithCharacterCodingScheme('a').Value, false, "LDR", null);
        w.Write("</leader>\n");
        foreach (var field in record.AllFields)
        {
            if (field is ControlField c)
            {
                w.Write("    <controlfield tag=\"");
                Text(c.Tag, true, c.Tag, null);
                w.Write("\">");
                Text(c.Value, false, c.Tag, null);
                w.Write("</controlfield>\n");
            }
            else if (field is DataField d)
            {
                w.Write("    <datafield tag=\"");
                Text(d.Tag, true, d.Tag, null);
                w.Write("\" ind1=\"");
                Char(d.Indicator1, d.Tag);
                w.Write("\" ind2=\"");
                Char(d.Indicator2, d.Tag);
                w.Write("\">\n");
                foreach (var s in d.Subfields)
                {
                    w.Write("      <subfield code=\"");
                    Char(s.Code, d.Tag);
                    w.Write("\">");
                    Text(s.Value, false, d.Tag, s.Code.ToString());
                    w.Write("</subfield>\n");
                }

                w.Write("    </datafield>\n");
            }
        }

        w.Write("  </record>\n");
    }

    private void Char(char c, string tag)
    {
        Span<char> one = [c];
        Text(one, true, tag, null);
    }

    private void Text(ReadOnlySpan<char> s, bool attribute, string tag, string? code)
    {
        while (true)
        {
            var i = s.IndexOfAny(Special);
            var surrogate = (i < 0 ? s : s[..i]).IndexOfAnyInRange('\uD800', '\uDFFF');
            if (surrogate >= 0) i = surrogate;
            if (i < 0)
            {
                _writer.Write(s);
                return;
            }

            _writer.Write(s[..i]);
            var c = s[i];
            var take = 1;
            switch (c)
            {
                case '&': _writer.Write("&amp;"); break;
                case '<': _writer.Write("&lt;"); break;
                case '>': _writer.Write("&gt;"); break;
                case '"': _writer.Write(attribute ? "&quot;" : "\""); break;
                case '\r': _writer.Write("&#13;"); break;
                case '\t': _writer.Write(attribute ? "&#9;" : "\t"); break;
                case '\n': _writer.Write(attribute ? "&#10;" : "\n"); break;
                default:
                    if (char.IsHighSurrogate(c) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
                    {
                        _writer.Write(s.Slice(i, 2));
                        take = 2;
                    }
                    else
                    {
                        Illegal(c, tag, code);
                    }

                    break;
            }

            s = s[(i + take)..];
        }
    }

    private void Illegal(char c, string tag, string? code)
    {
        var leader = tag == "LDR";
        _writer.Write(leader ? ' ' : '\uFFFD'); // a leader must stay 24 ASCII characters
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
