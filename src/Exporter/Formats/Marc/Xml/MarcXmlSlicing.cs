using System.Text;
using Exporter.Pipeline;

namespace Exporter.Formats.Marc.Xml;

/// <summary>
/// Slicing of MARCXML: a reader may start at a <c>record</c> start tag written as the input's first record is (same
/// prefix); each slice is read inside the document's own root start tag and its end tag, so namespace declarations
/// hold. Only a UTF-8 collection whose records are the root's children is cut: a DOCTYPE, UTF-16, a lone record and
/// records nested deeper (an OAI-PMH response) are read whole.
/// </summary>
internal sealed class MarcXmlSlicing : InputSlicing
{
    /// <summary>The one instance.</summary>
    public static readonly MarcXmlSlicing Instance = new();

    /// <summary>How much of the input's start is looked at for the root and first record start tags.</summary>
    private const int HeadBytes = 1 << 20;

    private MarcXmlSlicing()
    {
    }

    /// <inheritdoc />
    public override SliceEnvelope? Envelope(Stream input)
    {
        var head = Head(input, out var rootName, out var rootEnd, out _);
        if (head is null) return null;
        return new SliceEnvelope(head.AsMemory(0, rootEnd), Encoding.UTF8.GetBytes("</" + rootName + ">\n"));
    }

    /// <inheritdoc />
    public override long SyncPoint(Stream input, long from)
    {
        if (from <= 0) return 0;
        if (Head(input, out _, out _, out var recordTag) is null) return input.Length;
        var pattern = Encoding.UTF8.GetBytes("<" + recordTag);
        input.Position = from;
        var buffer = new byte[(1 << 16) + pattern.Length + 1];
        var kept = 0;
        var bufferStart = from;
        while (true)
        {
            var n = input.Read(buffer, kept, buffer.Length - kept);
            var len = kept + n;
            var span = buffer.AsSpan(0, len);
            var searched = 0;
            while (true)
            {
                var i = span[searched..].IndexOf(pattern);
                if (i < 0) break;
                var at = searched + i;
                if (at + pattern.Length >= len)
                {
                    if (n == 0) return input.Length;
                    break;
                }

                if (span[at + pattern.Length] is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n' or (byte)'>' or (byte)'/') return bufferStart + at;
                searched = at + 1;
            }

            if (n == 0) return input.Length;
            kept = Math.Min(len, pattern.Length);
            span[(len - kept)..].CopyTo(buffer);
            bufferStart += len - kept;
        }
    }

    /// <summary>The input's first bytes when it is a UTF-8 collection of records as the root's children, with the root's
    /// name, where its start tag ends and the first record's tag name; null otherwise.</summary>
    private static byte[]? Head(Stream input, out string rootName, out int rootEnd, out string recordTag)
    {
        rootName = recordTag = "";
        rootEnd = 0;
        input.Position = 0;
        var head = new byte[(int)Math.Min(HeadBytes, input.Length)];
        input.ReadExactly(head);
        var s = head.AsSpan();
        if (s.IndexOf((byte)0) >= 0) return null; // UTF-16 (or not text): framed through a transcoding, read whole
        var i = s.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? 3 : 0;
        while (true)
        {
            i = SkipMisc(s, i);
            if (i < 0 || i >= s.Length || s[i] != '<' || i + 1 >= s.Length) return null;
            if (s[i + 1] == '!') return null; // DOCTYPE: refused by the reader, read whole
            break;
        }

        var rootNameEnd = NameEnd(s, i + 1);
        rootName = Encoding.UTF8.GetString(s[(i + 1)..rootNameEnd]);
        var close = TagEnd(s, rootNameEnd);
        if (close < 0 || s[close - 1] == '/' || LocalName(rootName) == MarcXmlNames.Record) return null;
        rootEnd = close + 1;
        var r = SkipMisc(s, rootEnd);
        if (r < 0 || r + 1 >= s.Length || s[r] != '<' || s[r + 1] is (byte)'/' or (byte)'!' or (byte)'?') return null;
        recordTag = Encoding.UTF8.GetString(s[(r + 1)..NameEnd(s, r + 1)]);
        return LocalName(recordTag) == MarcXmlNames.Record ? head : null;
    }

    /// <summary>Skips white space, comments and processing instructions; -1 when one is not closed in the head.</summary>
    private static int SkipMisc(ReadOnlySpan<byte> s, int i)
    {
        while (i < s.Length)
        {
            if (s[i] is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n')
            {
                i++;
            }
            else if (s[i..].StartsWith("<?"u8))
            {
                var end = s[i..].IndexOf("?>"u8);
                if (end < 0) return -1;
                i += end + 2;
            }
            else if (s[i..].StartsWith("<!--"u8))
            {
                var end = s[i..].IndexOf("-->"u8);
                if (end < 0) return -1;
                i += end + 3;
            }
            else
            {
                return i;
            }
        }

        return i;
    }

    private static int NameEnd(ReadOnlySpan<byte> s, int i)
    {
        while (i < s.Length && s[i] is not ((byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n' or (byte)'>' or (byte)'/')) i++;
        return i;
    }

    /// <summary>The index of the '&gt;' closing the start tag whose attributes begin at <paramref name="i"/>, quotes minded; -1 if none.</summary>
    private static int TagEnd(ReadOnlySpan<byte> s, int i)
    {
        byte quote = 0;
        for (; i < s.Length; i++)
        {
            var b = s[i];
            if (quote != 0)
            {
                if (b == quote) quote = 0;
            }
            else if (b is (byte)'"' or (byte)'\'')
            {
                quote = b;
            }
            else if (b == '>')
            {
                return i;
            }
        }

        return -1;
    }

    private static string LocalName(string qname) => qname[(qname.IndexOf(':') + 1)..];
}
