using System.Text;

namespace Exporter.Formats.Common;

/// <summary>
/// Cuts record elements out of an XML document by scanning its bytes, without an XML parser, so that each record is
/// parsed alone (on a worker thread) and a record that is not well-formed loses only itself: the next record starts
/// at the next start tag that <c>isRecord</c> accepts, its name resolved with the prefixes the document declares.
/// A record element ends at its matching end tag, or, when damaged, where the next record of the same name starts
/// or at the end of input. Comments, processing instructions and CDATA sections are skipped; a DTD (DOCTYPE) is
/// refused and ends the read. The bytes must be UTF-8 or another ASCII-compatible encoding: <see cref="Open"/> reads
/// UTF-16 input through a UTF-8 transcoding (<see cref="Utf16ToUtf8Stream"/>). Memory is bounded by one record.
/// </summary>
internal sealed class XmlRecordFramer(Stream input, Func<string, string, bool> isRecord)
{
    private readonly List<Dictionary<string, string>?> _scopes = [];
    private readonly List<byte[]> _names = [];
    private Dictionary<string, string>? _inScope; // the envelope's namespaces, shared by its records until it changes
    private byte[] _buf = new byte[1 << 16];
    private int _pos;
    private int _len;
    private long _bufOffset;
    private bool _eof;
    private int _line = 1;
    private int _linePos;
    private string? _encoding;
    private int _anchor = -1;
    private bool _transcoded;
    private int _scopesVersion; // changes whenever the envelope's scopes do
    private byte[]? _recordTag; // the last record start tag, its resolved name, and the envelope scopes it was resolved in
    private int _recordTagScopes;
    private string? _recordNs;
    private byte[]? _recordLocal;

    /// <summary>Whether plain records are framed by <see cref="XmlPlainElement"/> (the default) instead of the general
    /// tag-by-tag loop; the two give the same records (tests turn it off to compare).</summary>
    internal bool PlainFastPath { get; init; } = true;

    /// <summary>How many records the fast path framed (for tests: that the comparison compared something).</summary>
    internal int PlainRecords { get; private set; }

    /// <summary>
    /// A framer over <paramref name="input"/>; UTF-16 input is read through its UTF-8 transcoding, streaming, so that
    /// it is framed by bytes too (its records' offsets and raw bytes are then those of the transcoding, and the
    /// declaration's encoding name is not passed on to the record parser).
    /// </summary>
    public static XmlRecordFramer Open(Stream input, Func<string, string, bool> isRecord)
    {
        var framer = new XmlRecordFramer(input, isRecord);
        if (!framer.IsUtf16()) return framer;
        return new XmlRecordFramer(new Utf16ToUtf8Stream(new PrefixedStream(framer.Buffered.ToArray(), input)), isRecord) { _transcoded = true };
    }

    /// <summary>True when the input starts as UTF-16 (a BOM or a NUL beside '&lt;'): bytes cannot be scanned as ASCII.</summary>
    private bool IsUtf16() => Ensure(2) && Utf16ToUtf8Stream.Detects(_buf.AsSpan(_pos, 2));

    /// <summary>The bytes buffered so far and not consumed (for handing the input over to another reader).</summary>
    public ReadOnlyMemory<byte> Buffered => _buf.AsMemory(_pos, _len - _pos);

    /// <summary>The record elements, lazily, in document order.</summary>
    public IEnumerable<XmlFramedRecord> Records()
    {
        while (true)
        {
            var lt = Find((byte)'<');
            if (lt < 0) yield break;
            _pos = lt;
            if (Starts("<?"u8))
            {
                var end = FindSequence("?>"u8, _pos + 2);
                if (_encoding is null && !_transcoded && _bufOffset + _pos == 0 && end > 0) _encoding = EncodingOf(_buf.AsSpan(_pos, end - _pos));
                Skip(end, 2);
                continue;
            }

            if (SkipSpecial(out var dtd))
            {
                if (!dtd) continue;
                yield return Rest(_bufOffset + _pos, "a DTD (DOCTYPE) is refused");
                yield break;
            }

            if (Starts("</"u8))
            {
                var close = TagEnd(_pos);
                if (close < 0) yield break;

                // a stray end tag (left over from a damaged record) closes nothing of the envelope
                var endName = _buf.AsSpan(_pos + 2, close - _pos - 2).TrimEnd(" \t\r\n"u8);
                if (_names.Count > 0 && endName.SequenceEqual(_names[^1]))
                {
                    _names.RemoveAt(_names.Count - 1);
                    _scopes.RemoveAt(_scopes.Count - 1);
                    _inScope = null;
                    _scopesVersion++;
                }

                _pos = close + 1;
                continue;
            }

            var tagEnd = TagEnd(_pos);
            if (tagEnd < 0)
            {
                _pos = _len;
                continue;
            }

            if (IsLastRecordTag(tagEnd))
            {
                yield return Record(_recordNs!, _recordLocal!);
                continue;
            }

            var (ns, local, selfClosing, decls) = ReadTag(_pos, tagEnd);
            if (isRecord(ns, local))
            {
                _recordTag = _buf.AsSpan(_pos, tagEnd + 1 - _pos).ToArray();
                _recordTagScopes = _scopesVersion;
                _recordNs = ns;
                _recordLocal = Encoding.UTF8.GetBytes(local);
                yield return Record(ns, _recordLocal);
                continue;
            }

            if (!selfClosing)
            {
                _scopes.Add(decls);
                _inScope = null;
                _scopesVersion++;
                _names.Add(_buf.AsSpan(_pos + 1, NameLength(_buf.AsSpan(_pos + 1, tagEnd - _pos - 1))).ToArray());
            }

            _pos = tagEnd + 1;
        }
    }

    /// <summary>
    /// True when the tag at _pos is byte for byte the last record start tag, under the same envelope scopes: its name
    /// then resolves as that one did, and it is a record again (so the per-record name work is done once per envelope).
    /// </summary>
    private bool IsLastRecordTag(int tagEnd) =>
        _recordTag is not null && _recordTagScopes == _scopesVersion && _buf.AsSpan(_pos, tagEnd + 1 - _pos).SequenceEqual(_recordTag);

    private XmlFramedRecord Record(string ns, byte[] localUtf8)
    {
        var namespaces = InScope();
        _anchor = _pos;
        var line = LineAt(_pos);
        var depth = 0;
        var started = false;
        var envelope = _scopes.Count;
        string? damage = null;
        var end = PlainFastPath ? PlainEnd(localUtf8) : -1;
        while (end < 0)
        {
            var lt = Find((byte)'<');
            if (lt < 0)
            {
                damage = "the input ends inside the record";
                end = _len;
                break;
            }

            _pos = lt;
            if (SkipSpecial(out var dtd))
            {
                if (dtd) Skip(TagEnd(_pos), 1); // inside a record a DOCTYPE is only damage: the record's parse rejects it
                continue;
            }

            if (Starts("<?"u8))
            {
                Skip(FindSequence("?>"u8, _pos + 2), 2);
                continue;
            }

            var tagEnd = TagEnd(_pos);
            if (tagEnd < 0)
            {
                damage = "the input ends inside a tag";
                end = _len;
                break;
            }

            if (_buf[_pos + 1] == '/')
            {
                // Records do not nest (a start tag of the record's name cuts it), so the first end tag of its name
                // ends it, however unbalanced the tags inside.
                var endName = _buf.AsSpan(_pos + 2, tagEnd - _pos - 2).TrimEnd(" \t\r\n"u8);
                var endColon = endName.IndexOf((byte)':');
                var own = endName[(endColon + 1)..].SequenceEqual(localUtf8) && Resolve(endColon < 0 ? "" : Encoding.UTF8.GetString(endName[..endColon]), null) == ns;
                depth--;
                if (_scopes.Count > envelope) _scopes.RemoveAt(_scopes.Count - 1);
                _pos = tagEnd + 1;
                if (!own) continue;
                if (depth != 0) damage = "its start and end tags do not match";
                end = _pos;
                continue;
            }

            // Only the record's own name is resolved: other tags are counted, and their declarations kept in scope.
            var tag = _buf.AsSpan(_pos + 1, tagEnd - _pos - 1);
            var selfClosing = tag.Length > 0 && tag[^1] == '/';
            var name = tag[..NameLength(tag)];
            var decls = tag.IndexOf("xmlns"u8) >= 0 ? Declarations(tag[name.Length..]) : null;
            var colon = name.IndexOf((byte)':');
            if (started && name[(colon + 1)..].SequenceEqual(localUtf8) && Resolve(colon < 0 ? "" : Encoding.UTF8.GetString(name[..colon]), decls) == ns)
            {
                damage = "the record does not end before the next record starts";
                end = _pos;
                break;
            }

            _pos = tagEnd + 1;
            if (selfClosing)
            {
                if (!started) end = _pos; // <record/>
                started = true;
                continue;
            }

            started = true;
            depth++;
            _scopes.Add(decls);
        }

        _scopes.RemoveRange(envelope, _scopes.Count - envelope);
        _pos = end;
        var start = _anchor;
        _anchor = -1;
        var bytes = _buf.AsSpan(start, end - start).ToArray();
        return new XmlFramedRecord(_bufOffset + start, bytes, line, namespaces) { Damage = damage, EncodingName = _encoding };
    }

    /// <summary>
    /// Where the record starting at _pos ends when it is plain (<see cref="XmlPlainElement"/>: the general loop would end
    /// it there, undamaged), reading more input as needed; -1 when it is not plain (nothing consumed).
    /// </summary>
    private int PlainEnd(byte[] localUtf8)
    {
        while (true)
        {
            var length = XmlPlainElement.Length(_buf.AsSpan(_pos, _len - _pos), localUtf8);
            if (length > 0)
            {
                PlainRecords++;
                return _pos + length;
            }

            if (length == XmlPlainElement.NotPlain || Fill() < 0) return -1;
        }
    }

    private XmlFramedRecord Rest(long offset, string why)
    {
        using var rest = new MemoryStream();
        rest.Write(_buf, _pos, _len - _pos);
        input.CopyTo(rest);
        _pos = _len;
        _eof = true;
        return new XmlFramedRecord(offset, rest.ToArray(), LineAt(_pos), new Dictionary<string, string>()) { Damage = why, StopsReading = true };
    }

    /// <summary>Skips a comment, CDATA section or other &lt;! construct at _pos; <paramref name="dtd"/> is set (and nothing skipped) for a DOCTYPE.</summary>
    private bool SkipSpecial(out bool dtd)
    {
        dtd = false;
        if (!Starts("<!"u8)) return false;
        if (Starts("<!--"u8)) Skip(FindSequence("-->"u8, _pos + 4), 3);
        else if (Starts("<![CDATA["u8)) Skip(FindSequence("]]>"u8, _pos + 9), 3);
        else if (Starts("<!DOCTYPE"u8)) dtd = true;
        else Skip(TagEnd(_pos), 1);
        return true;
    }

    /// <summary>The element name (namespace resolved), whether it is empty, and its namespace declarations.</summary>
    private (string Ns, string Local, bool SelfClosing, Dictionary<string, string>? Decls) ReadTag(int from, int tagEnd)
    {
        var tag = _buf.AsSpan(from + 1, tagEnd - from - 1);
        var selfClosing = tag.Length > 0 && tag[^1] == '/';
        var name = tag[..NameLength(tag)];
        Dictionary<string, string>? decls = null;
        if (tag.IndexOf("xmlns"u8) >= 0) decls = Declarations(tag[name.Length..]);
        var colon = name.IndexOf((byte)':');
        var prefix = colon < 0 ? "" : Encoding.UTF8.GetString(name[..colon]);
        var local = Encoding.UTF8.GetString(colon < 0 ? name : name[(colon + 1)..]);
        return (Resolve(prefix, decls), local, selfClosing, decls);
    }

    private static int NameLength(ReadOnlySpan<byte> tag)
    {
        var end = tag.IndexOfAny(" \t\r\n/"u8);
        return end < 0 ? tag.Length : end;
    }

    private static Dictionary<string, string>? Declarations(ReadOnlySpan<byte> attributes)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        while (true)
        {
            var at = attributes.IndexOf("xmlns"u8);
            if (at < 0) break;
            var rest = attributes[(at + 5)..];
            var eq = rest.IndexOf((byte)'=');
            if (eq < 0) break;
            var prefixPart = rest[..eq].Trim(" \t\r\n"u8);
            var afterEq = rest[(eq + 1)..].TrimStart(" \t\r\n"u8);
            if (afterEq.IsEmpty || afterEq[0] is not ((byte)'"' or (byte)'\'')) break;
            var close = afterEq[1..].IndexOf(afterEq[0]);
            if (close < 0) break;
            var isDecl = at == 0 || attributes[at - 1] is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n';
            if (isDecl && (prefixPart.IsEmpty || prefixPart[0] == ':'))
            {
                var prefix = prefixPart.IsEmpty ? "" : Encoding.UTF8.GetString(prefixPart[1..]);
                result[prefix] = System.Net.WebUtility.HtmlDecode(Encoding.UTF8.GetString(afterEq[1..(close + 1)]));
            }

            attributes = afterEq[(close + 2)..];
        }

        return result.Count == 0 ? null : result;
    }

    private string Resolve(string prefix, Dictionary<string, string>? own)
    {
        if (own is not null && own.TryGetValue(prefix, out var uri)) return uri;
        for (var i = _scopes.Count - 1; i >= 0; i--)
        {
            if (_scopes[i] is { } scope && scope.TryGetValue(prefix, out uri)) return uri;
        }

        return prefix == "xml" ? "http://www.w3.org/XML/1998/namespace" : "";
    }

    private Dictionary<string, string> InScope()
    {
        if (_inScope is not null) return _inScope;
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var scope in _scopes)
        {
            if (scope is null) continue;
            foreach (var (prefix, uri) in scope) result[prefix] = uri;
        }

        return _inScope = result;
    }

    private static string? EncodingOf(ReadOnlySpan<byte> declaration)
    {
        var at = declaration.IndexOf("encoding"u8);
        if (at < 0) return null;
        var rest = declaration[(at + 8)..].TrimStart(" \t\r\n="u8);
        if (rest.IsEmpty) return null;
        var close = rest[1..].IndexOf(rest[0]);
        return close < 0 ? null : Encoding.ASCII.GetString(rest[1..(close + 1)]);
    }

    private int LineAt(int index)
    {
        if (index < _linePos) return _line;
        _line += _buf.AsSpan(_linePos, index - _linePos).Count((byte)'\n');
        _linePos = index;
        return _line;
    }

    private bool Starts(ReadOnlySpan<byte> text) => Ensure(text.Length) && _buf.AsSpan(_pos).StartsWith(text);

    private void Skip(int at, int length) => _pos = at < 0 ? _len : at + length;

    /// <summary>Index of the next <paramref name="b"/> from _pos (reading more as needed), or -1 at the end.</summary>
    private int Find(byte b)
    {
        var from = _pos;
        while (true)
        {
            var i = _buf.AsSpan(from, _len - from).IndexOf(b);
            if (i >= 0) return from + i;
            from = _len;
            var moved = Fill();
            if (moved < 0) return -1;
            from -= moved;
        }
    }

    private int FindSequence(ReadOnlySpan<byte> text, int from)
    {
        while (true)
        {
            var i = _buf.AsSpan(from, _len - from).IndexOf(text);
            if (i >= 0) return from + i;
            from = Math.Max(from, _len - text.Length + 1);
            var moved = Fill();
            if (moved < 0) return -1;
            from -= moved;
        }
    }

    /// <summary>Index of the '&gt;' closing the tag that starts at <paramref name="from"/> (quotes honoured), or -1.</summary>
    private int TagEnd(int from)
    {
        byte quote = 0;
        var i = from + 1;
        while (true)
        {
            while (i < _len)
            {
                var rest = _buf.AsSpan(i, _len - i);
                var k = quote != 0 ? rest.IndexOf(quote) : rest.IndexOfAny((byte)'"', (byte)'\'', (byte)'>');
                if (k < 0)
                {
                    i = _len;
                    break;
                }

                i += k;
                var c = _buf[i++];
                if (quote != 0) quote = 0;
                else if (c == '>') return i - 1;
                else quote = c;
            }

            var moved = Fill();
            if (moved < 0) return -1;
            i -= moved;
        }
    }

    private bool Ensure(int count)
    {
        while (_len - _pos < count)
        {
            if (Fill() < 0) return false;
        }

        return true;
    }

    /// <summary>
    /// Reads more input, first dropping the bytes before _pos (and before the record being framed, _anchor): returns
    /// how far the kept bytes moved down (index shift), or -1 at the end of input.
    /// </summary>
    private int Fill()
    {
        if (_eof) return -1;
        var from = _anchor >= 0 ? Math.Min(_anchor, _pos) : _pos;
        if (from > _linePos) LineAt(from);
        if (from > 0)
        {
            Buffer.BlockCopy(_buf, from, _buf, 0, _len - from);
            _len -= from;
            _bufOffset += from;
            _pos -= from;
            _linePos -= from;
            if (_anchor >= 0) _anchor -= from;
        }

        if (_len == _buf.Length) Array.Resize(ref _buf, _buf.Length * 2);
        var n = input.Read(_buf, _len, _buf.Length - _len);
        if (n <= 0)
        {
            _eof = true;
            return from > 0 ? from : -1;
        }

        _len += n;
        return from;
    }
}
