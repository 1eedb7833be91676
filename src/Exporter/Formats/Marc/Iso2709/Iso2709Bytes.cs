namespace Exporter.Formats.Marc.Iso2709;

/// <summary>The ISO 2709 structural bytes.</summary>
internal static class Iso2709Bytes
{
    internal const byte SubfieldDelimiter = 0x1F;
    internal const byte FieldTerminator = 0x1E;
    internal const byte RecordTerminator = 0x1D;
}
