using System.Globalization;
using System.Security.Cryptography;

namespace Exporter.Formats.DublinCore;

/// <summary>
/// The local part of the OAI identifier of a record with neither a catalog number nor an identifier of its own:
/// <c>content-</c> and the first 96 bits of the SHA-256 of the record's bytes as read, in lower-case hex. It depends
/// only on the record, not on its place in the output, so the same record has the same identifier in a single run, in
/// any shard and in their merge; two byte-identical records share it (they are one item to a harvester). A record
/// with no bytes of its own (written through the library API from a <c>CatalogRecord</c>) falls back to its 1-based
/// ordinal in the output.
/// </summary>
internal static class DcContentIdentifier
{
    /// <summary>The content identifier of <paramref name="raw"/>, or the 1-based ordinal when it is empty.</summary>
    public static string Of(ReadOnlySpan<byte> raw, long ordinal)
    {
        if (raw.IsEmpty) return (ordinal + 1).ToString(CultureInfo.InvariantCulture);
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(raw, hash);
        return "content-" + Convert.ToHexStringLower(hash[..12]);
    }
}
