using System.Buffers.Binary;
using System.IO.Compression;
using Exporter.Diagnostics;
using Exporter.Jobs;
using Exporter.Tests.Fuzz;

namespace Exporter.Tests.Jobs;

public class GzipReadStreamTests
{
    private static readonly byte[] Data = [.. Enumerable.Range(0, 40_000).Select(i => (byte)((i * 7919) % 251 < 120 ? 'a' + (i % 26) : (i * 31) % 256))];

    private static byte[] Gzip(byte[] data)
    {
        var ms = new MemoryStream();
        using (var gz = new GZipStream(ms, CompressionLevel.Optimal, leaveOpen: true)) gz.Write(data);
        return ms.ToArray();
    }

    /// <summary>A member with FEXTRA, FNAME, FCOMMENT and FHCRC in its header (gzip(1) writes FNAME).</summary>
    private static byte[] MemberWithHeaderFields(byte[] data)
    {
        var ms = new MemoryStream();
        ms.Write([0x1F, 0x8B, 8, 0x04 | 0x08 | 0x10 | 0x02, 0, 0, 0, 0, 0, 3]);
        ms.Write([4, 0, (byte)'x', (byte)'y', 1, 2]);
        ms.Write("records.mrc\0"u8);
        ms.Write("a comment\0"u8);
        ms.Write([0xAB, 0xCD]);
        using (var deflate = new DeflateStream(ms, CompressionLevel.Fastest, leaveOpen: true)) deflate.Write(data);
        Span<byte> trailer = stackalloc byte[8];
        BinaryPrimitives.WriteUInt32LittleEndian(trailer, Crc32.Update(0, data));
        BinaryPrimitives.WriteUInt32LittleEndian(trailer[4..], (uint)data.Length);
        ms.Write(trailer);
        return ms.ToArray();
    }

    private static byte[] Inflate(byte[] gz, int chunk = 1 << 20)
    {
        using var s = new GzipReadStream(new TrickleStream(gz, chunk), "t.gz");
        var ms = new MemoryStream();
        s.CopyTo(ms);
        return ms.ToArray();
    }

    private static Diagnostic Refused(byte[] gz, int chunk = 1 << 20) => Assert.Throws<CorruptInputException>(() => Inflate(gz, chunk)).Diagnostic;

    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(1 << 20)]
    public void Whole_files_of_one_or_several_members_inflate_to_their_data(int chunk)
    {
        Assert.Equal(Data, Inflate(Gzip(Data), chunk));
        Assert.Equal([.. Data, .. Data[..100], .. Data], Inflate([.. Gzip(Data), .. MemberWithHeaderFields(Data[..100]), .. Gzip(Data)], chunk));
        Assert.Equal([], Inflate(Gzip([]), chunk));
    }

    [Fact]
    public void Every_cut_of_a_gzip_file_is_refused_with_its_offset()
    {
        var gz = Gzip(Data[..3000]);
        for (var cut = 1; cut < gz.Length; cut++)
        {
            var d = Refused(gz[..cut], 1 + (cut % 5000));
            Assert.True(d.Code is "GZIP0001" or "GZIP0003", $"cut at {cut}: {d}");
            if (d.Code == "GZIP0001") Assert.Equal(cut, d.ByteOffset);
            Assert.Equal("t.gz", d.Source);
        }
    }

    [Fact]
    public void A_cut_inside_the_deflate_data_or_after_the_crc_is_called_truncated()
    {
        var gz = Gzip(Data);
        Assert.Equal("GZIP0001", Refused(gz[..(gz.Length / 2)]).Code);
        Assert.Equal("GZIP0001", Refused(gz[..^4]).Code);
        Assert.Equal("GZIP0001", Refused([0x1F, 0x8B]).Code);
    }

    [Fact]
    public void A_wrong_crc_bad_method_corrupt_deflate_data_and_trailing_bytes_are_refused_with_codes()
    {
        var gz = Gzip(Data);
        var crc = (byte[])gz.Clone();
        crc[^6] ^= 1;
        Assert.Equal("GZIP0003", Refused(crc).Code);
        var method = (byte[])gz.Clone();
        method[2] = 9;
        Assert.Equal(("GZIP0002", 2L), (Refused(method).Code, Refused(method).ByteOffset!.Value));
        var deflate = (byte[])gz.Clone();
        deflate[10] = 0xFF; // block type 3 (reserved)
        Assert.True(Refused(deflate).Code is "GZIP0002" or "GZIP0003");
        var trailing = Refused([.. gz, .. "junk"u8]);
        Assert.Equal(("GZIP0004", (long)gz.Length), (trailing.Code, trailing.ByteOffset!.Value));
    }

    [Fact]
    public void Opened_to_end_at_damage_it_gives_every_byte_inflated_before_the_cut_then_ends_with_the_damage()
    {
        var gz = Gzip(Data);
        var cut = gz[..(gz.Length / 2)];
        using var s = new GzipReadStream(new TrickleStream(cut, 7), "t.gz", endAtDamage: true);
        var ms = new MemoryStream();
        s.CopyTo(ms);
        var got = ms.ToArray();
        Assert.NotEmpty(got);
        Assert.Equal(Data.AsSpan(0, got.Length).ToArray(), got); // a prefix of the data, nothing invented
        Assert.True(got.Length < Data.Length);
        Assert.Equal(0, s.Read(new byte[10])); // ended, and stays ended
        Assert.Equal(("GZIP0001", (long)cut.Length, true), (s.Damage!.Diagnostic.Code, s.Damage.Diagnostic.ByteOffset!.Value, s.Damage.CutsLastRecord));

        using var trailing = new GzipReadStream(new MemoryStream([.. gz, .. "junk"u8]), "t.gz", endAtDamage: true);
        var whole = new MemoryStream();
        trailing.CopyTo(whole);
        Assert.Equal(Data, whole.ToArray());
        Assert.Equal(("GZIP0004", false), (trailing.Damage!.Diagnostic.Code, trailing.Damage.CutsLastRecord)); // the data is whole

        using var sound = new GzipReadStream(new MemoryStream(gz), "t.gz", endAtDamage: true);
        sound.CopyTo(Stream.Null);
        Assert.Null(sound.Damage);
    }
}
