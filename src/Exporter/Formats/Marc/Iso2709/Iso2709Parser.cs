using Exporter.Formats.Marc.Model;

namespace Exporter.Formats.Marc.Iso2709;

/// <summary>Parses framed ISO 2709 bytes into a <see cref="MarcRecord"/>. Stateless and thread-safe.</summary>
public static class Iso2709Parser
{
    /// <summary>Parses one framed record; never throws on bad bytes (rejects with diagnostics instead).</summary>
    public static MarcReadResult Parse(Iso2709RawRecord raw, Iso2709ReaderOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(raw);
        return new Iso2709RecordParser(raw, options ?? Iso2709ReaderOptions.Default).Run();
    }

    /// <summary>Parses the bytes of one record (normally ending with 0x1D) as record <paramref name="index"/>.</summary>
    public static MarcReadResult Parse(byte[] bytes, Iso2709ReaderOptions? options = null, long index = 0, long byteOffset = 0) =>
        Parse(new Iso2709RawRecord(index, byteOffset, bytes), options);
}
