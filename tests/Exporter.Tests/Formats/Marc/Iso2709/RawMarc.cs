using System.Globalization;
using System.Text;

namespace Exporter.Tests.Formats.Marc.Iso2709;

/// <summary>
/// Builds ISO 2709 bytes by hand, independently of the writer, so tests can start from a correct record and then
/// break exactly one thing. Field data is given as text with <see cref="Sf"/> for the subfield delimiter; the field
/// terminator is added here.
/// </summary>
internal static class RawMarc
{
    public const string Sf = "\u001F";
    public const byte Ft = 0x1E;
    public const byte Rt = 0x1D;

    /// <summary>A UTF-8 leader template; lengths are filled in.</summary>
    public const string Utf8Leader = "00000nam a2200000 a 4500";

    /// <summary>Builds a record with correct lengths, directory and terminators.</summary>
    public static byte[] Build(string leader, params (string Tag, string Data)[] fields) =>
        Build(leader, fields.Select(f => (f.Tag, Encoding.UTF8.GetBytes(f.Data))).ToArray());

    /// <summary>Builds a record from raw field bytes (for bytes that are not UTF-8).</summary>
    public static byte[] Build(string leader, (string Tag, byte[] Data)[] fields)
    {
        var data = new List<byte>();
        var dir = new StringBuilder();
        foreach (var (tag, bytes) in fields)
        {
            dir.Append(tag).Append((bytes.Length + 1).ToString("D4", CultureInfo.InvariantCulture))
               .Append(data.Count.ToString("D5", CultureInfo.InvariantCulture));
            data.AddRange(bytes);
            data.Add(Ft);
        }

        var baseAddress = 24 + dir.Length + 1;
        var total = baseAddress + data.Count + 1;
        var head = total.ToString("D5", CultureInfo.InvariantCulture) + leader[5..12]
            + baseAddress.ToString("D5", CultureInfo.InvariantCulture) + leader[17..] + dir;
        return [.. Encoding.ASCII.GetBytes(head), Ft, .. data, Rt];
    }

    /// <summary>A small valid UTF-8 record: 001, 245 with two subfields.</summary>
    public static byte[] Simple(string id = "rec1", string title = "Title") =>
        Build(Utf8Leader, ("001", id), ("245", "10" + Sf + "a" + title + Sf + "cAuthor"));

    /// <summary>Overwrites ASCII text at a byte position (to break one length or pointer).</summary>
    public static byte[] Patch(byte[] bytes, int position, string ascii)
    {
        var copy = (byte[])bytes.Clone();
        Encoding.ASCII.GetBytes(ascii).CopyTo(copy, position);
        return copy;
    }
}
