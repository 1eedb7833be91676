using System.Buffers.Binary;

namespace Exporter.Jobs;

/// <summary>The CRC-32 of gzip (ISO 3309, polynomial 0xEDB88320, reflected), slicing by 8 bytes.</summary>
internal static class Crc32
{
    private static readonly uint[] Table = Build();

    /// <summary>Continues <paramref name="crc"/> (0 to start) over <paramref name="data"/>.</summary>
    public static uint Update(uint crc, ReadOnlySpan<byte> data)
    {
        var t = Table;
        var c = ~crc;
        while (data.Length >= 8)
        {
            var lo = BinaryPrimitives.ReadUInt32LittleEndian(data) ^ c;
            var hi = BinaryPrimitives.ReadUInt32LittleEndian(data[4..]);
            c = t[(7 * 256) + (lo & 0xFF)] ^ t[(6 * 256) + ((lo >> 8) & 0xFF)] ^ t[(5 * 256) + ((lo >> 16) & 0xFF)] ^ t[(4 * 256) + (lo >> 24)]
                ^ t[(3 * 256) + (hi & 0xFF)] ^ t[(2 * 256) + ((hi >> 8) & 0xFF)] ^ t[256 + ((hi >> 16) & 0xFF)] ^ t[hi >> 24];
            data = data[8..];
        }

        foreach (var b in data) c = t[(c ^ b) & 0xFF] ^ (c >> 8);
        return ~c;
    }

    private static uint[] Build()
    {
        var table = new uint[8 * 256];
        for (uint n = 0; n < 256; n++)
        {
            var c = n;
            for (var k = 0; k < 8; k++) c = (c & 1) != 0 ? 0xEDB88320 ^ (c >> 1) : c >> 1;
            table[n] = c;
        }

        for (var n = 0; n < 256; n++)
        {
            for (var s = 1; s < 8; s++) table[(s * 256) + n] = (table[((s - 1) * 256) + n] >> 8) ^ table[table[((s - 1) * 256) + n] & 0xFF];
        }

        return table;
    }
}
