using System.Buffers;
using Exporter.Formats.Common;

namespace Exporter.Formats.DublinCore;

/// <summary>
/// A small forward-only XML text writer for the DC formatters, UTF-8 into an <see cref="IBufferWriter{T}"/>:
/// element-only or text-only elements, two-space indentation, text and attribute values escaped by
/// <see cref="XmlUtf8Escaper"/> with hex references (<c>&lt; &amp; &gt;</c>, CR as <c>&amp;#xD;</c>; in attributes
/// also <c>"</c>, LF and tab). It does no well-formedness checks: callers pass names they own and values already
/// cleaned by <see cref="XmlCharSanitizer"/>. A piece of a document (one record, the envelope's end) is written with
/// the depth it sits at and the elements it closes <see cref="Resume"/>d. Reused between pieces by one thread at a time.
/// </summary>
internal sealed class XmlTextSink(bool indent)
{
    private readonly Stack<string> _open = new();
    private IBufferWriter<byte> _out = new ArrayBufferWriter<byte>(1);
    private int _baseDepth;
    private bool _startTagOpen;
    private bool _hasChildElements;

    /// <summary>Starts a piece written to <paramref name="output"/>, nested <paramref name="baseDepth"/> levels deep (0: a document).</summary>
    public void Begin(IBufferWriter<byte> output, int baseDepth)
    {
        _out = output;
        _baseDepth = baseDepth;
        _open.Clear();
        _startTagOpen = false;
        _hasChildElements = false;
    }

    /// <summary>Closes a pending start tag, leaving the open elements open (the end of a piece).</summary>
    public void CloseStartTag()
    {
        if (!_startTagOpen) return;
        Raw(">"u8);
        _startTagOpen = false;
    }

    /// <summary>Takes an element opened by another piece as open here (for writing the envelope end separately).</summary>
    public void Resume(string name, bool hasChildElements)
    {
        _open.Push(name);
        _startTagOpen = false;
        _hasChildElements = hasChildElements;
    }

    /// <summary>Writes the XML declaration.</summary>
    public void Declaration() => Raw("<?xml version=\"1.0\" encoding=\"utf-8\"?>"u8);

    /// <summary>Opens an element (qualified name as written).</summary>
    public void Start(string name)
    {
        CloseStartTag();
        NewLine(_open.Count);
        Raw("<"u8);
        XmlUtf8Escaper.WriteUtf8(_out, name);
        _open.Push(name);
        _startTagOpen = true;
        _hasChildElements = false;
    }

    /// <summary>Writes an attribute of the element just opened.</summary>
    public void Attribute(string name, string value)
    {
        Raw(" "u8);
        XmlUtf8Escaper.WriteUtf8(_out, name);
        Raw("=\""u8);
        Escape(value, attribute: true);
        Raw("\""u8);
    }

    /// <summary>Writes the text content of the element just opened.</summary>
    public void Text(string value)
    {
        CloseStartTag();
        Escape(value, attribute: false);
    }

    /// <summary>Closes the innermost element: <c>&lt;x /&gt;</c> when empty, the end tag on its own line after child elements.</summary>
    public void End()
    {
        var name = _open.Pop();
        if (_startTagOpen)
        {
            Raw(" />"u8);
            _startTagOpen = false;
        }
        else
        {
            if (_hasChildElements) NewLine(_open.Count);
            Raw("</"u8);
            XmlUtf8Escaper.WriteUtf8(_out, name);
            Raw(">"u8);
        }

        _hasChildElements = true;
    }

    /// <summary><c>&lt;name&gt;text&lt;/name&gt;</c>.</summary>
    public void Element(string name, string text)
    {
        Start(name);
        Text(text);
        End();
    }

    /// <summary>Ends the document with a newline.</summary>
    public void Finish() => Raw("\n"u8);

    private void Raw(ReadOnlySpan<byte> bytes) => XmlUtf8Escaper.Raw(_out, bytes);

    private void NewLine(int depth)
    {
        if (!indent) return;
        var n = depth + _baseDepth;
        var span = _out.GetSpan(1 + (2 * n));
        span[0] = (byte)'\n';
        span.Slice(1, 2 * n).Fill((byte)' ');
        _out.Advance(1 + (2 * n));
    }

    private void Escape(string value, bool attribute)
    {
        var rest = value.AsSpan();
        while (XmlUtf8Escaper.Write(_out, rest, attribute, XmlEscapeStyle.Hex) is var i and >= 0)
        {
            // Not reached with cleaned values: written as it is (a lone surrogate as U+FFFD), as this sink always did.
            XmlUtf8Escaper.WriteUtf8(_out, rest.Slice(i, 1));
            rest = rest[(i + 1)..];
        }
    }
}
