using System.Collections.Immutable;
using System.Text;
using System.Xml;
using Exporter.Diagnostics;
using Exporter.Formats.Marc.Model;

namespace Exporter.Formats.Marc.Xml;

/// <summary>Reads one <c>record</c> element (the reader is on its start tag) into a result.</summary>
internal sealed class MarcXmlRecordParser
{
    private readonly XmlReader _xml;
    private readonly MarcXmlReaderOptions _options;
    private readonly long _index;
    private readonly List<Diagnostic> _diags = [];
    private readonly string _ns;
    private readonly StringBuilder _text = new();
    private string? _recordId;
    private bool _normalized;

    internal MarcXmlRecordParser(XmlReader xml, MarcXmlReaderOptions options, long index)
    {
        _xml = xml;
        _options = options;
        _index = index;
        _ns = xml.NamespaceURI;
    }

    private bool Strict => _options.Strictness == MarcStrictness.Strict;

    /// <summary>The result, or null when a no-namespace record turns out not to be MARC (reader left inside it).</summary>
    internal MarcReadResult? Parse()
    {
        var (line, _) = Position();
        var leader = (Leader?)null;
        var fields = ImmutableArray.CreateBuilder<MarcField>();
        var rejected = false;
        var sawMarc = false;
        if (!_xml.IsEmptyElement)
        {
            var depth = _xml.Depth;
            _xml.Read();
            while (!_xml.EOF && !(_xml.NodeType == XmlNodeType.EndElement && _xml.Depth == depth))
            {
                if (_xml.NodeType != XmlNodeType.Element || rejected)
                {
                    _xml.Read();
                    continue;
                }

                var known = _xml.NamespaceURI == _ns && _xml.LocalName is MarcXmlNames.Leader or MarcXmlNames.ControlField or MarcXmlNames.DataField;
                if (!known && !sawMarc && _ns.Length == 0) return null;
                sawMarc |= known;
                if (!known)
                {
                    Note(MarcDiagnosticCodes.XmlUnexpectedElement, $"element <{_xml.Name}> is not MARCXML; skipped", null);
                    _xml.Skip();
                    continue;
                }

                try
                {
                    switch (_xml.LocalName)
                    {
                        case MarcXmlNames.Leader: leader = ReadLeader(leader); break;
                        case MarcXmlNames.ControlField: AddIfAny(fields, ReadControlField()); break;
                        default: AddIfAny(fields, ReadDataField()); break;
                    }
                }
                catch (RejectException)
                {
                    rejected = true;
                }

                _xml.Read();
            }
        }

        if (leader is null && !rejected)
        {
            Note(MarcDiagnosticCodes.XmlMissingLeader, "record has no leader; a blank one is used", null, Severity.Info);
        }

        var record = rejected ? null : new MarcRecord(leader ?? Leader.Blank, fields.ToImmutable());
        return new MarcReadResult
        {
            Index = _index,
            Line = line,
            Record = record,
            RecordId = _recordId,
            Diagnostics = [.. _diags.Select(d => d with { RecordId = _recordId })],
        };
    }

    private static void AddIfAny(ImmutableArray<MarcField>.Builder fields, MarcField? field)
    {
        if (field is not null) fields.Add(field);
    }

    private Leader? ReadLeader(Leader? existing)
    {
        var text = ReadText(null);
        if (existing is not null)
        {
            Note(MarcDiagnosticCodes.XmlBadLeader, "second leader ignored", null);
            return existing;
        }

        var chars = text.ToCharArray();
        var ok = chars.Length == 24;
        for (var i = 0; i < chars.Length; i++)
        {
            if (chars[i] >= 0x80)
            {
                ok = false;
                chars[i] = ' ';
            }
        }

        if (!ok)
        {
            Problem(MarcDiagnosticCodes.XmlBadLeader, $"leader '{text}' is not 24 ASCII characters; padded or cut, non-ASCII made blank", null);
        }

        var fixedText = new string(chars).PadRight(24)[..24];
        return new Leader(fixedText).WithCharacterCodingScheme('a');
    }

    private ControlField? ReadControlField()
    {
        var tag = ReadTag();
        var value = ReadText(tag);
        if (tag is null) return null;
        if (tag == "001") _recordId = value;
        return new ControlField(tag, value);
    }

    private DataField? ReadDataField()
    {
        var tag = ReadTag();
        var ind1 = ReadIndicator("ind1", tag);
        var ind2 = ReadIndicator("ind2", tag);
        var subfields = ImmutableArray.CreateBuilder<Subfield>();
        if (!_xml.IsEmptyElement)
        {
            var depth = _xml.Depth;
            _xml.Read();
            while (!_xml.EOF && !(_xml.NodeType == XmlNodeType.EndElement && _xml.Depth == depth))
            {
                if (_xml.NodeType != XmlNodeType.Element)
                {
                    _xml.Read();
                    continue;
                }

                if (_xml.NamespaceURI != _ns || _xml.LocalName != MarcXmlNames.Subfield)
                {
                    Problem(MarcDiagnosticCodes.XmlUnexpectedElement, $"element <{_xml.Name}> in a datafield is not a subfield; skipped", tag);
                    _xml.Skip();
                    continue;
                }

                var code = ReadCode(tag);
                var value = ReadText(tag);
                if (code is char c) subfields.Add(new Subfield(c, value));
                _xml.Read();
            }
        }

        if (tag is null) return null;
        if (subfields.Count == 0) Note(MarcDiagnosticCodes.EmptyDataField, "datafield has no subfields", tag);
        return new DataField(tag, ind1, ind2, subfields.ToImmutable());
    }

    private string? ReadTag()
    {
        var tag = _xml.GetAttribute("tag");
        if (tag is null)
        {
            Problem(MarcDiagnosticCodes.XmlMissingTag, $"<{_xml.LocalName}> has no tag attribute; field dropped", null);
            return null;
        }

        if (tag.Length == 3) return tag;
        if (tag.Length is > 0 and < 3 && tag.All(char.IsAsciiDigit))
        {
            Problem(MarcDiagnosticCodes.XmlBadTag, $"tag '{tag}' is not 3 characters; zero-padded", tag);
            return tag.PadLeft(3, '0');
        }

        Problem(MarcDiagnosticCodes.XmlBadTag, $"tag '{tag}' is not 3 characters; field dropped", tag);
        return null;
    }

    private char ReadIndicator(string name, string? tag)
    {
        var value = _xml.GetAttribute(name);
        if (value is { Length: 1 }) return value[0];
        Problem(MarcDiagnosticCodes.XmlBadIndicator, value is null ? $"{name} missing; blank used" : $"{name} '{value}' is not one character; blank used", tag);
        return ' ';
    }

    private char? ReadCode(string? tag)
    {
        var code = _xml.GetAttribute("code");
        if (code is { Length: 1 }) return code[0];
        if (string.IsNullOrEmpty(code))
        {
            Problem(MarcDiagnosticCodes.XmlBadSubfieldCode, "subfield has no code; subfield dropped", tag);
            return null;
        }

        Problem(MarcDiagnosticCodes.XmlBadSubfieldCode, $"subfield code '{code}' is not one character; first kept", tag);
        return code[0];
    }

    /// <summary>Reads the text content of the current element (child elements skipped), normalised per options.</summary>
    private string ReadText(string? tag)
    {
        if (_xml.IsEmptyElement) return string.Empty;
        _text.Clear();
        var depth = _xml.Depth;
        _xml.Read();
        while (!_xml.EOF && !(_xml.NodeType == XmlNodeType.EndElement && _xml.Depth == depth))
        {
            if (_xml.NodeType == XmlNodeType.Element)
            {
                Note(MarcDiagnosticCodes.XmlUnexpectedElement, $"element <{_xml.Name}> inside a value; skipped", tag);
                _xml.Skip();
                continue;
            }

            if (_xml.NodeType is XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace)
            {
                _text.Append(_xml.Value);
            }

            _xml.Read();
        }

        return Finish(tag);
    }

    /// <summary>The value read, in NFC when <see cref="MarcXmlReaderOptions.Normalization"/> asks for it; the first change of a record is reported (MARC0132).</summary>
    private string Finish(string? tag)
    {
        var s = _text.ToString();
        var nfc = RequestedNormalization.Apply(s, _options.Normalization, out var changed);
        if (changed && !_normalized)
        {
            _normalized = true;
            Note(MarcDiagnosticCodes.NormalizedToNfc, MarcDiagnosticCodes.NormalizedToNfcMessage, tag, Severity.Info);
        }

        return nfc;
    }

    private void Problem(string code, string message, string? tag)
    {
        Note(code, message, tag, Strict ? Severity.Error : Severity.Warning);
        if (Strict) throw new RejectException();
    }

    private void Note(string code, string message, string? tag, Severity severity = Severity.Warning)
    {
        var (line, column) = Position();
        _diags.Add(new Diagnostic(code, severity, message)
        {
            RecordIndex = _index,
            Line = line,
            Column = column,
            Field = tag,
            Source = _options.SourceName,
        });
    }

    private (int Line, int Column) Position() =>
        _xml is IXmlLineInfo info && info.HasLineInfo() ? (info.LineNumber, info.LinePosition) : (0, 0);

    /// <summary>Unwinds to the record level; the rest of the record is still consumed so reading goes on.</summary>
    private sealed class RejectException : Exception
    {
    }
}
