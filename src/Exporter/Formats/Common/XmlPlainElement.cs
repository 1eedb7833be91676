using System.Numerics;
using System.Runtime.Intrinsics;

namespace Exporter.Formats.Common;

/// <summary>
/// The fast path of <see cref="XmlRecordFramer"/>: finds where a record element ends in one pass over its bytes when it
/// is plain, without the framer's tag-by-tag bookkeeping (no name resolution, no namespace scopes, no per-tag calls).
/// Only the bytes '&lt;', '&gt;', '"' and '\'' are visited, found sixteen at a time with a vector compare.
/// <para>
/// <b>Guarantee</b> (held by <c>XmlRecordFramerTests</c> against the general loop on the whole XML corpus, seeded damage
/// and split reads): when <see cref="Length"/> returns a length, the framer's general loop would have ended the same
/// element at the same byte, undamaged. That holds because the element is plain: it has no comment, CDATA section,
/// processing instruction or DOCTYPE; no namespace declaration after its start tag (the bytes <c>xmlns</c> appear nowhere
/// in it); no tag, start or end, whose local name is the record's other than its own end tag (each occurrence of the
/// record's local name between its start tag and that end tag is checked not to be a tag's); its own end tag has exactly the start tag's qualified name;
/// and its tags balance, the depth never falling to the record's own before that end tag (so the start tag's
/// declarations are still in scope there and the end tag's prefix resolves as the start tag's did). Tags are delimited
/// exactly as the general loop delimits them: a tag runs from '&lt;' to the first '&gt;' outside quotes.
/// Anything else returns <see cref="NotPlain"/>, and the general loop frames the element.
/// </para>
/// </summary>
internal static class XmlPlainElement
{
    /// <summary>The element is not plain: the general loop must frame it.</summary>
    public const int NotPlain = 0;

    /// <summary>The bytes end before the element does: read more input and ask again.</summary>
    public const int NeedsMore = -1;

    private const int Text = 0;
    private const int Tag = 1;
    private const int Quoted = 2;

    /// <summary>
    /// The length of the element whose start tag begins at <paramref name="bytes"/>[0] (a '&lt;' of a start tag whose
    /// local name is <paramref name="local"/>), through its end tag's '&gt;', when it is plain (see the type's
    /// guarantee); <see cref="NotPlain"/>, or <see cref="NeedsMore"/> when the bytes end first.
    /// </summary>
    public static int Length(ReadOnlySpan<byte> bytes, ReadOnlySpan<byte> local)
    {
        var state = Text;
        byte quote = 0;
        var tagStart = -1;
        var bodyStart = -1; // after the start tag's '>'
        var qnameLength = 0;
        var depth = 0;
        var i = 0;
        while (i < bytes.Length)
        {
            // the next block's '<', '>', '"' and '\'' as bits, lowest first
            uint mask;
            int width;
            if (Vector128.IsHardwareAccelerated && bytes.Length - i >= Vector128<byte>.Count)
            {
                var block = Vector128.Create(bytes.Slice(i, Vector128<byte>.Count));
                mask = (Vector128.Equals(block, Vector128.Create((byte)'<')) | Vector128.Equals(block, Vector128.Create((byte)'>'))
                    | Vector128.Equals(block, Vector128.Create((byte)'"')) | Vector128.Equals(block, Vector128.Create((byte)'\''))).ExtractMostSignificantBits();
                width = Vector128<byte>.Count;
            }
            else
            {
                width = Math.Min(32, bytes.Length - i);
                mask = 0;
                for (var k = 0; k < width; k++)
                {
                    if (bytes[i + k] is (byte)'<' or (byte)'>' or (byte)'"' or (byte)'\'') mask |= 1u << k;
                }
            }

            while (mask != 0)
            {
                var at = i + BitOperations.TrailingZeroCount(mask);
                mask &= mask - 1;
                var c = bytes[at];
                if (state == Quoted)
                {
                    if (c == quote) state = Tag;
                }
                else if (state == Tag)
                {
                    if (c == '>')
                    {
                        state = Text;
                        if (bodyStart < 0)
                        {
                            // the record's own start tag
                            var tag = bytes[1..at];
                            if (tag.Length > 0 && tag[^1] == '/') return NotPlain; // <record/>: nothing to gain
                            qnameLength = NameLength(tag);
                            bodyStart = at + 1;
                            depth = 1;
                        }
                        else if (bytes[tagStart + 1] == '/')
                        {
                            depth--;
                            if (MayBeLocal(bytes[(tagStart + 2)..at], local))
                            {
                                var name = bytes[(tagStart + 2)..at].TrimEnd(" \t\r\n"u8);
                                return depth == 0 && name.SequenceEqual(bytes.Slice(1, qnameLength)) && Plain(bytes[bodyStart..tagStart], local) ? at + 1 : NotPlain;
                            }

                            if (depth == 0) return NotPlain; // the record's own scope closed before its end tag
                        }
                        else if (at - tagStart - 1 == 0 || bytes[at - 1] != '/')
                        {
                            depth++;
                        }
                    }
                    else if (c != '<')
                    {
                        quote = c;
                        state = Quoted;
                    }
                }
                else if (c == '<')
                {
                    if (at + 1 >= bytes.Length) return NeedsMore;
                    if (bytes[at + 1] is (byte)'!' or (byte)'?') return NotPlain;
                    tagStart = at;
                    state = Tag;
                }
            }

            i += width;
        }

        return NeedsMore;
    }

    /// <summary>
    /// A necessary condition for the end tag name <paramref name="name"/> (untrimmed) having the local name
    /// <paramref name="local"/>: it ends with it (before any trailing white space), preceded by a ':' or nothing.
    /// </summary>
    private static bool MayBeLocal(ReadOnlySpan<byte> name, ReadOnlySpan<byte> local)
    {
        if (name.Length > 0 && name[^1] is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n') return true; // let the exact check judge
        return name.EndsWith(local) && (name.Length == local.Length || name[name.Length - local.Length - 1] == ':');
    }

    /// <summary>
    /// True when the body holds no namespace declaration (no bytes <c>xmlns</c> at all) and no start tag whose local
    /// name is <paramref name="local"/>: such a local name follows the tag's '&lt;' or its prefix's ':' and ends the
    /// name (white space, '/' or '&gt;' after it), so an occurrence of the bytes that is not between those (text such as
    /// "recording") is no such tag. End tags were judged on the way (<see cref="MayBeLocal"/>).
    /// </summary>
    private static bool Plain(ReadOnlySpan<byte> body, ReadOnlySpan<byte> local)
    {
        if (body.IndexOf("xmlns"u8) >= 0 || local.IsEmpty) return false;
        var from = 0;
        while (true)
        {
            var k = body[from..].IndexOf(local);
            if (k < 0) return true;
            var at = from + k;
            var end = at + local.Length;
            if (at > 0 && body[at - 1] is (byte)'<' or (byte)':' && end < body.Length && body[end] is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n' or (byte)'/' or (byte)'>') return false;
            from = at + 1;
        }
    }

    private static int NameLength(ReadOnlySpan<byte> tag)
    {
        var end = tag.IndexOfAny(" \t\r\n/"u8);
        return end < 0 ? tag.Length : end;
    }
}
