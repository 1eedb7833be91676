using System.Buffers;
using Exporter.Formats.Marc.Iso2709;

namespace Exporter.Formats.Marc;

/// <summary>
/// Writes the MARCXML <c>&lt;record&gt;</c> of a canonical ISO 2709 record (see
/// <see cref="Iso2709CanonicalCheck"/>) straight from its bytes, as yaz does: the values are already UTF-8 and NFC,
/// so they are copied with only <c>&amp; &lt; &gt;</c> and CR escaped. The output is byte for byte what
/// <see cref="Xml.MarcXmlWriter"/> writes for the parsed record (tested on the corpus). Records holding a character XML
/// 1.0 forbids, or anything MARCXML's schema refuses (leader characters, tags, a control field after a data field),
/// are declined before anything is written: the model path repairs and reports those (<see cref="MarcOutputRepair"/>).
/// </summary>
internal static class CanonicalMarcXml
{

    /// <summary>Writes the record element; false (and nothing written) when the record must take the model path.</summary>
    public static bool TryWrite(ReadOnlySpan<byte> iso, IBufferWriter<byte> output)
    {
        var baseAddress = Digits(iso[12..17]);
        var directory = iso[24..(baseAddress - 1)];
        var data = iso[baseAddress..^1];
        if (!Writable(iso[..24], directory, data)) return false;

        // One span for the whole element: a byte escapes to at most 5 ("&amp;"), a field's markup is under 64 bytes,
        // and a subfield's (36 bytes) comes with at least 2 data bytes (delimiter and code): 18 per data byte.
        var bound = 64 + (5 * 24) + ((directory.Length / 12) * 64) + (data.Length * (5 + 18));
        var w = new SpanWriter(output.GetSpan(bound));
        w.Raw("  <record>\n    <leader>"u8);
        w.Text(iso[..24]);
        w.Raw("</leader>\n"u8);
        var start = 0;
        for (var i = 0; i < directory.Length; i += 12)
        {
            var tag = directory.Slice(i, 3);
            var length = Digits(directory.Slice(i + 3, 4));
            var field = data.Slice(start, length - 1);
            start += length;
            if (tag[0] == (byte)'0' && tag[1] == (byte)'0' && char.IsAsciiDigit((char)tag[2]))
            {
                w.Raw("    <controlfield tag=\""u8);
                w.Raw(tag);
                w.Raw("\">"u8);
                w.Text(field);
                w.Raw("</controlfield>\n"u8);
                continue;
            }

            w.Raw("    <datafield tag=\""u8);
            w.Raw(tag);
            w.Raw("\" ind1=\""u8);
            w.Raw(field[..1]);
            w.Raw("\" ind2=\""u8);
            w.Raw(field.Slice(1, 1));
            w.Raw("\">\n"u8);
            var subfields = field[3..];
            while (true)
            {
                var next = subfields.IndexOf(Iso2709Bytes.SubfieldDelimiter);
                var piece = next < 0 ? subfields : subfields[..next];
                w.Raw("      <subfield code=\""u8);
                w.Raw(piece[..1]);
                w.Raw("\">"u8);
                w.Text(piece[1..]);
                w.Raw("</subfield>\n"u8);
                if (next < 0) break;
                subfields = subfields[(next + 1)..];
            }

            w.Raw("    </datafield>\n"u8);
        }

        w.Raw("  </record>\n"u8);
        output.Advance(w.Position);
        return true;
    }

    /// <summary>No forbidden control character, no 0x1F inside a control field, no U+FFFE or U+FFFF, an XML-safe leader.</summary>
    private static bool Writable(ReadOnlySpan<byte> leader, ReadOnlySpan<byte> directory, ReadOnlySpan<byte> data)
    {
        if (!FitsSchema(leader, directory) || HasForbiddenControl(data)) return false;
        if (data.IndexOf("\uFFFE"u8) >= 0 || data.IndexOf("\uFFFF"u8) >= 0) return false;
        var start = 0;
        for (var i = 0; i < directory.Length; i += 12)
        {
            var length = Digits(directory.Slice(i + 3, 4));
            if (directory[i] == (byte)'0' && directory[i + 1] == (byte)'0' && data.Slice(start, length - 1).Contains(Iso2709Bytes.SubfieldDelimiter)) return false;
            start += length;
        }

        return true;
    }

    /// <summary>
    /// The leader and tags as MARCXML's schema wants them, control fields first (what the canonical check leaves open:
    /// it already holds indicators, subfield codes and non-empty data fields to the schema's rules).
    /// </summary>
    private static bool FitsSchema(ReadOnlySpan<byte> leader, ReadOnlySpan<byte> directory)
    {
        Span<char> chars = stackalloc char[24];
        for (var i = 0; i < 24; i++) chars[i] = (char)leader[i];
        if (!Xml.MarcXmlSchema.IsLeader(chars)) return false;
        var sawData = false;
        for (var i = 0; i < directory.Length; i += 12)
        {
            var tag = chars[..3];
            for (var k = 0; k < 3; k++) tag[k] = (char)directory[i + k];
            var control = tag[0] == '0' && tag[1] == '0' && char.IsAsciiDigit(tag[2]);
            if (control ? sawData || !Xml.MarcXmlSchema.IsControlTag(tag) : !Xml.MarcXmlSchema.IsDataTag(tag)) return false;
            sawData |= !control;
        }

        return true;
    }

    /// <summary>
    /// A C0 control XML 1.0 forbids (all but tab, LF and CR) other than the delimiters 0x1E and 0x1F, which structure
    /// the data. Plain range searches, not SearchValues: they run precompiled from the first call.
    /// </summary>
    private static bool HasForbiddenControl(ReadOnlySpan<byte> data)
    {
        while (true)
        {
            var i = data.IndexOfAnyInRange((byte)0x00, (byte)0x1D);
            if (i < 0) return false;
            if (data[i] is not ((byte)'\t' or (byte)'\n' or (byte)'\r')) return true;
            data = data[(i + 1)..];
        }
    }

    /// <summary>A number field of a record the canonical check passed (so all digits).</summary>
    private static int Digits(ReadOnlySpan<byte> digits) =>
        Iso2709Bytes.TryParseDigits(digits, out var value) ? value : throw new ArgumentException("not a canonical ISO 2709 record", nameof(digits));

    /// <summary>The first byte to escape in text content (&amp; &lt; &gt; CR), or -1.</summary>
    private static int IndexOfEscaped(ReadOnlySpan<byte> value)
    {
        var markup = value.IndexOfAny((byte)'&', (byte)'<', (byte)'>');
        var cr = (markup < 0 ? value : value[..markup]).IndexOf((byte)'\r');
        return cr >= 0 ? cr : markup;
    }

    /// <summary>Writes into one span obtained up front, so a record costs one GetSpan and one Advance.</summary>
    private ref struct SpanWriter(Span<byte> span)
    {
        private readonly Span<byte> _span = span;

        public int Position { get; private set; }

        public void Raw(ReadOnlySpan<byte> bytes)
        {
            bytes.CopyTo(_span[Position..]);
            Position += bytes.Length;
        }

        public void Text(ReadOnlySpan<byte> value)
        {
            while (true)
            {
                var i = IndexOfEscaped(value);
                if (i < 0)
                {
                    Raw(value);
                    return;
                }

                Raw(value[..i]);
                Raw(value[i] switch
                {
                    (byte)'&' => "&amp;"u8,
                    (byte)'<' => "&lt;"u8,
                    (byte)'>' => "&gt;"u8,
                    _ => "&#13;"u8,
                });
                value = value[(i + 1)..];
            }
        }
    }
}
