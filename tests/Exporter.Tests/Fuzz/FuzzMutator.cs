using System.Globalization;

namespace Exporter.Tests.Fuzz;

/// <summary>
/// Seeded, bounded mutations of a seed input: bit flips, truncations, duplicated/deleted spans, inserted tokens of the
/// format, invalid UTF-8, deep nesting and format-specific edits (ISO 2709 length fields, MARC-8 escapes).
/// Same seed, same inputs: every failure can be replayed from its seed and iteration.
/// </summary>
public static class FuzzMutator
{
    /// <summary>Most bytes a mutated input may have (keeps each input fast and memory bounded).</summary>
    public const int MaxInputBytes = 256 * 1024;

    private static readonly byte[][] InvalidUtf8 =
    [
        [0xFF], [0xC3], [0xE2, 0x82], [0xC0, 0xAF], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0x80, 0x80], [0xFE, 0xFF],
    ];

    /// <summary>Applies 1 to 4 mutations chosen by <paramref name="random"/> to <paramref name="seed"/>.</summary>
    public static byte[] Mutate(byte[] seed, FuzzTarget target, Random random)
    {
        var data = seed;
        var count = 1 + random.Next(4);
        for (var i = 0; i < count; i++)
        {
            data = MutateOnce(data, target, random);
            if (data.Length > MaxInputBytes) data = data[..MaxInputBytes];
        }

        return data;
    }

    private static byte[] MutateOnce(byte[] data, FuzzTarget target, Random random)
    {
        var extra = target.ExtraMutations;
        var pick = random.Next(10 + extra.Count);
        if (pick >= 10) return extra[pick - 10](data, random);
        return pick switch
        {
            0 => FlipBits(data, random),
            1 => Truncate(data, random),
            2 => DuplicateSpan(data, random),
            3 => DeleteSpan(data, random),
            4 => Insert(data, random, target.Tokens[random.Next(target.Tokens.Count)]),
            5 => Insert(data, random, InvalidUtf8[random.Next(InvalidUtf8.Length)]),
            6 => Insert(data, random, RandomBytes(random, 1 + random.Next(16))),
            7 => target.Nesting is { } nest ? Nest(data, random, nest) : SwapSpans(data, random),
            8 => OverwriteDigits(data, random),
            _ => SwapSpans(data, random),
        };
    }

    /// <summary>Flips 1 to 8 random bits.</summary>
    public static byte[] FlipBits(byte[] data, Random random)
    {
        if (data.Length == 0) return data;
        var copy = (byte[])data.Clone();
        var flips = 1 + random.Next(8);
        for (var i = 0; i < flips; i++) copy[random.Next(copy.Length)] ^= (byte)(1 << random.Next(8));
        return copy;
    }

    /// <summary>Cuts the input at a random place.</summary>
    public static byte[] Truncate(byte[] data, Random random) => data.Length == 0 ? data : data[..random.Next(data.Length)];

    /// <summary>Copies a random span to a random place.</summary>
    public static byte[] DuplicateSpan(byte[] data, Random random)
    {
        if (data.Length == 0) return data;
        var (start, length) = Span(data, random);
        return Insert(data, random, data.AsSpan(start, length).ToArray());
    }

    /// <summary>Removes a random span.</summary>
    public static byte[] DeleteSpan(byte[] data, Random random)
    {
        if (data.Length == 0) return data;
        var (start, length) = Span(data, random);
        return [.. data.AsSpan(0, start), .. data.AsSpan(start + length)];
    }

    /// <summary>Inserts <paramref name="bytes"/> at a random place.</summary>
    public static byte[] Insert(byte[] data, Random random, ReadOnlySpan<byte> bytes)
    {
        var at = random.Next(data.Length + 1);
        return [.. data.AsSpan(0, at), .. bytes, .. data.AsSpan(at)];
    }

    /// <summary>Overwrites bytes at <paramref name="at"/> (clipped to the input).</summary>
    public static byte[] Overwrite(byte[] data, int at, ReadOnlySpan<byte> bytes)
    {
        if (at >= data.Length) return data;
        var copy = (byte[])data.Clone();
        bytes[..Math.Min(bytes.Length, copy.Length - at)].CopyTo(copy.AsSpan(at));
        return copy;
    }

    /// <summary>A declared length or offset made hostile: 0, all nines, non-digits, or a random number.</summary>
    public static byte[] HostileNumber(Random random, int width) => random.Next(5) switch
    {
        0 => Ascii(new string('0', width)),
        1 => Ascii(new string('9', width)),
        2 => Ascii(new string('x', width)),
        3 => Ascii(new string(' ', width)),
        _ => Ascii(random.Next((int)Math.Min(int.MaxValue, Math.Pow(10, width))).ToString(CultureInfo.InvariantCulture).PadLeft(width, '0')),
    };

    /// <summary>ASCII bytes of <paramref name="text"/>.</summary>
    public static byte[] Ascii(string text) => System.Text.Encoding.ASCII.GetBytes(text);

    private static byte[] OverwriteDigits(byte[] data, Random random)
    {
        // any run of digits may be a length, a count or an offset: make it hostile
        if (data.Length == 0) return data;
        var at = random.Next(data.Length);
        while (at < data.Length && !char.IsAsciiDigit((char)data[at])) at++;
        if (at == data.Length) return FlipBits(data, random);
        var end = at;
        while (end < data.Length && char.IsAsciiDigit((char)data[end])) end++;
        return Overwrite(data, at, HostileNumber(random, end - at));
    }

    private static byte[] SwapSpans(byte[] data, Random random)
    {
        if (data.Length < 2) return data;
        var cut = random.Next(1, data.Length);
        return [.. data.AsSpan(cut), .. data.AsSpan(0, cut)];
    }

    private static byte[] Nest(byte[] data, Random random, (string Open, string Close) nest)
    {
        var depth = random.Next(3) switch { 0 => 100 + random.Next(200), 1 => 1000 + random.Next(5000), _ => 20_000 };
        var open = Ascii(nest.Open);
        var close = Ascii(nest.Close);
        var block = new byte[depth * (open.Length + close.Length)];
        for (var i = 0; i < depth; i++)
        {
            open.CopyTo(block, i * open.Length);
            close.CopyTo(block, (depth * open.Length) + (i * close.Length));
        }

        return Insert(data, random, random.Next(2) == 0 ? block : block.AsSpan(0, depth * open.Length));
    }

    private static (int Start, int Length) Span(byte[] data, Random random)
    {
        var start = random.Next(data.Length);
        var max = Math.Min(data.Length - start, random.Next(4) == 0 ? data.Length : 64);
        return (start, 1 + random.Next(Math.Max(1, max)));
    }

    private static byte[] RandomBytes(Random random, int count)
    {
        var bytes = new byte[count];
        random.NextBytes(bytes);
        return bytes;
    }
}
