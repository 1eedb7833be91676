using System.Buffers;
using System.Buffers.Binary;
using System.Text;

namespace Exporter.Publishing;

/// <summary>
/// The bytes a <see cref="SiteRecord"/> travels in through the converter, from the worker that encoded it to the
/// <see cref="SiteFrameSink"/> that writes it: a 4-byte little-endian length, then the fields (strings UTF-8 with a
/// 7-bit encoded length, byte arrays likewise). Private to one run: never written to disk.
/// </summary>
internal static class SiteRecordFrame
{
    /// <summary>Bytes of the length prefix.</summary>
    public const int PrefixLength = 4;

    public static void Write(SiteRecord record, IBufferWriter<byte> output)
    {
        using var body = new MemoryStream();
        using (var w = new BinaryWriter(body, Encoding.UTF8, leaveOpen: true))
        {
            w.Write(record.Index);
            w.Write(record.Source);
            w.Write(record.Id);
            w.Write(record.PagePath);
            w.Write7BitEncodedInt(record.Files.Count);
            foreach (var f in record.Files)
            {
                w.Write(f.Path);
                w.Write7BitEncodedInt(f.Content.Length);
                w.Write(f.Content);
            }

            w.Write7BitEncodedInt(record.Browse.Count);
            foreach (var (list, entry) in record.Browse)
            {
                w.Write(list.Name);
                w.Write(entry.ToLine());
            }
        }

        var span = output.GetSpan(PrefixLength);
        BinaryPrimitives.WriteInt32LittleEndian(span, checked((int)body.Length));
        output.Advance(PrefixLength);
        var bytes = body.GetBuffer().AsSpan(0, (int)body.Length);
        bytes.CopyTo(output.GetSpan(bytes.Length));
        output.Advance(bytes.Length);
    }

    /// <summary>The length of the frame body starting at <paramref name="prefix"/>.</summary>
    public static int BodyLength(ReadOnlySpan<byte> prefix) => BinaryPrimitives.ReadInt32LittleEndian(prefix);

    public static SiteRecord Read(byte[] buffer, int offset, int length)
    {
        using var r = new BinaryReader(new MemoryStream(buffer, offset, length, writable: false), Encoding.UTF8);
        var index = r.ReadInt64();
        var source = r.ReadString();
        var id = r.ReadString();
        var page = r.ReadString();
        var files = new SiteFile[r.Read7BitEncodedInt()];
        for (var i = 0; i < files.Length; i++)
        {
            var path = r.ReadString();
            files[i] = new SiteFile(path, r.ReadBytes(r.Read7BitEncodedInt()));
        }

        var browse = new (BrowseList, BrowseEntry)[r.Read7BitEncodedInt()];
        for (var i = 0; i < browse.Length; i++)
        {
            var name = r.ReadString();
            browse[i] = (BrowseList.All.First(l => l.Name == name), BrowseEntry.FromLine(r.ReadString()));
        }

        return new SiteRecord(index, source, id, page, files, browse);
    }
}
