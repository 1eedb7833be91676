namespace Exporter.Interop.Tests.Marc8;

/// <summary>
/// A test-only ISO 2709 splitter (the real reader lives elsewhere): records split on 0x1D, fields taken from the
/// directory, each field's data bytes without its terminator. Records it cannot frame are returned with no fields.
/// </summary>
public sealed record RawMarcRecord(byte[] Leader, IReadOnlyList<(string Tag, byte[] Data)> Fields)
{
    private const byte RecordTerminator = 0x1D, FieldTerminator = 0x1E;

    /// <summary>Splits a file's bytes into records.</summary>
    public static List<RawMarcRecord> Split(byte[] file)
    {
        var records = new List<RawMarcRecord>();
        var start = 0;
        while (start < file.Length)
        {
            var end = Array.IndexOf(file, RecordTerminator, start);
            if (end < 0) end = file.Length;
            var record = file.AsSpan(start, end - start);
            if (record.Length >= 24) records.Add(Parse(record));
            start = end + 1;
        }

        return records;
    }

    private static RawMarcRecord Parse(ReadOnlySpan<byte> record)
    {
        var fields = new List<(string, byte[])>();
        var leader = record[..24].ToArray();
        if (!int.TryParse(record.Slice(12, 5), out var baseAddress) || baseAddress > record.Length) return new(leader, fields);
        for (var p = 24; p + 12 <= baseAddress && record[p] != FieldTerminator; p += 12)
        {
            var entry = record.Slice(p, 12);
            if (!int.TryParse(entry.Slice(3, 4), out var length) || !int.TryParse(entry.Slice(7, 5), out var offset)) break;
            var from = baseAddress + offset;
            if (from + length > record.Length || length < 1) break;
            var data = record.Slice(from, length);
            if (data[^1] == FieldTerminator) data = data[..^1];
            fields.Add((System.Text.Encoding.ASCII.GetString(entry[..3]), data.ToArray()));
        }

        return new(leader, fields);
    }
}
