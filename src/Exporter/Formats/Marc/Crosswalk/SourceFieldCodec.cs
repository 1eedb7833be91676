using System.Collections.Immutable;
using System.Text;
using Exporter.Formats.Marc.Model;
using Exporter.Formats.Marc.Mrk;
using Exporter.Model;

namespace Exporter.Formats.Marc.Crosswalk;

/// <summary>
/// A MARC field the hub does not model, as a hub <see cref="SourceField"/> ("marc21", tag, the field's .mrk body:
/// <c>10$aTitle$bmore</c>, blanks in indicators as <c>\</c>, MarcEdit escapes for $ { } \ and control characters), and back.
/// </summary>
internal static class SourceFieldCodec
{
    public const string Format = "marc21";

    /// <summary>The field as a source field; <paramref name="scratch"/> is the caller's buffer, reused between fields.</summary>
    public static SourceField Encode(MarcField field, StringBuilder scratch)
    {
        var sb = scratch;
        sb.Clear();
        switch (field)
        {
            case ControlField c:
                MrkEscaping.Append(sb, c.Value, MrkEscaping.BlankStyle.Backslash);
                break;
            case DataField d:
                MrkEscaping.Append(sb, [d.Indicator1, d.Indicator2], MrkEscaping.BlankStyle.Backslash);
                foreach (var s in d.Subfields)
                {
                    sb.Append('$');
                    MrkEscaping.Append(sb, [s.Code], MrkEscaping.BlankStyle.Literal);
                    MrkEscaping.Append(sb, s.Value, MrkEscaping.BlankStyle.Literal);
                }

                break;
        }

        var value = sb.ToString();
        sb.Clear();
        return new SourceField(Format, field.Tag, value);
    }

    public static MarcField? Decode(SourceField f)
    {
        if (f.Format != Format || f.Key.Length != 3) return null;
        string? unknown = null;
        if (MarcField.IsControlTag(f.Key)) return new ControlField(f.Key, MrkEscaping.Unescape(f.Value, 0, f.Value.Length, MrkEscaping.BlankStyle.Backslash, ref unknown));
        var i = 0;
        if (f.Value.Length < 2) return null;
        var ind1 = MrkEscaping.ReadOne(f.Value, ref i, MrkEscaping.BlankStyle.Backslash, ref unknown);
        var ind2 = MrkEscaping.ReadOne(f.Value, ref i, MrkEscaping.BlankStyle.Backslash, ref unknown);
        var subfields = new List<Subfield>();
        while (i < f.Value.Length)
        {
            if (f.Value[i] != '$') return null;
            var next = f.Value.IndexOf('$', i + 1);
            if (next < 0) next = f.Value.Length;
            var j = i + 1;
            if (j >= next) return null;
            var code = MrkEscaping.ReadOne(f.Value, ref j, MrkEscaping.BlankStyle.Literal, ref unknown);
            subfields.Add(new Subfield(code[0], MrkEscaping.Unescape(f.Value, j, next, MrkEscaping.BlankStyle.Literal, ref unknown)));
            i = next;
        }

        return new DataField(f.Key, ind1[0], ind2[0], subfields.ToImmutableArray());
    }
}
