namespace Exporter.Formats.Common;

/// <summary>How the byte arrays that writers fill grow: at least doubled, never past <see cref="Array.MaxLength"/>.</summary>
internal static class ByteArrayGrowth
{
    /// <summary>
    /// Replaces <paramref name="bytes"/> by a larger array that keeps its first <paramref name="length"/> bytes and has
    /// room for <paramref name="need"/> more: twice as large when that is enough, else just large enough; throws, naming
    /// <paramref name="what"/>, when no array can be that large.
    /// </summary>
    public static void Grow(ref byte[] bytes, int length, int need, string what)
    {
        var size = Math.Max((long)bytes.Length * 2, (long)length + need);
        if (size > Array.MaxLength) size = Math.Max(Array.MaxLength, (long)length + need);
        if (size > Array.MaxLength) throw new InvalidOperationException(what + " would be larger than the largest possible array");
        var bigger = new byte[size];
        bytes.AsSpan(0, length).CopyTo(bigger);
        bytes = bigger;
    }
}
