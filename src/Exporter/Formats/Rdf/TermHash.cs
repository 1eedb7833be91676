using System.Buffers.Binary;
using System.Numerics;
using System.Runtime.InteropServices;

namespace Exporter.Formats.Rdf;

/// <summary>
/// The hash RDF terms use: a multiply-rotate mix over the length and at most the first and last 32 characters, so a
/// long literal (a whole MARC field, a review) costs no more to hash than a short one. Strings that differ only in
/// the middle collide and fall back to ordinal comparison, which only costs time (graphs are per record, so small).
/// Not randomized: no output depends on hash order (RdfGraph keeps insertion order).
/// </summary>
internal static class TermHash
{
    private const ulong Prime = 0x9E3779B97F4A7C15;
    private const ulong Other = 0xC2B2AE3D27D4EB4F;
    private const int Window = 32;

    /// <summary>The hash of <paramref name="value"/> (equal strings, equal hashes; 0 for null).</summary>
    public static int Of(string? value)
    {
        if (value is null) return 0;
        var span = value.AsSpan();
        var h = ((ulong)span.Length + 1) * Prime;
        if (span.Length <= 2 * Window)
        {
            h = Mix(h, span);
        }
        else
        {
            h = Mix(h, span[..Window]);
            h = Mix(h, span[^Window..]);
        }

        return (int)(h ^ (h >> 29) ^ (h >> 47));
    }

    /// <summary>Two independent lanes of 8 bytes (so the multiplies overlap), then the tail.</summary>
    private static ulong Mix(ulong h, ReadOnlySpan<char> chars)
    {
        var bytes = MemoryMarshal.AsBytes(chars);
        var g = h ^ Other;
        while (bytes.Length >= 16)
        {
            h = BitOperations.RotateLeft(h ^ BinaryPrimitives.ReadUInt64LittleEndian(bytes), 29) * Prime;
            g = BitOperations.RotateLeft(g ^ BinaryPrimitives.ReadUInt64LittleEndian(bytes[8..]), 31) * Other;
            bytes = bytes[16..];
        }

        if (bytes.Length >= 8)
        {
            h = BitOperations.RotateLeft(h ^ BinaryPrimitives.ReadUInt64LittleEndian(bytes), 29) * Prime;
            bytes = bytes[8..];
        }

        foreach (var b in bytes) g = (g ^ b) * Prime;
        return h ^ BitOperations.RotateLeft(g, 17);
    }
}
