using Exporter.Diagnostics;
using Exporter.Formats.Marc.Iso2709;
using Exporter.Formats.Marc.Model;
using Exporter.Formats.Marc.Mrk;
using Exporter.Formats.Marc.Xml;

namespace Exporter.Tests.Formats.Marc;

/// <summary>ISO 2709 bytes -> record -> MARCXML or .mrk -> record -> ISO 2709 bytes, in pass-through mode.</summary>
internal static class MarcRoundTrip
{
    public static readonly Iso2709ReaderOptions IsoPassThrough = new() { Normalization = UnicodeNormalization.None };

    /// <summary>The bytes after a trip through MARCXML; null when the XML writer had to replace a character.</summary>
    public static byte[]? ThroughXml(MarcRecord record)
    {
        var bag = new DiagnosticBag();
        var xml = new MemoryStream();
        using (var writer = new MarcXmlWriter(xml, bag))
        {
            writer.Write(record);
            writer.Complete();
        }

        if (bag.Items.Count > 0) return null;
        xml.Position = 0;
        using var reader = new MarcXmlReader(xml, new MarcXmlReaderOptions { Normalization = UnicodeNormalization.None });
        var back = reader.ReadAll().Single();
        return back.Record is null ? [] : Iso2709Writer.Encode(back.Record);
    }

    /// <summary>The bytes after a trip through .mrk.</summary>
    public static byte[] ThroughMrk(MarcRecord record)
    {
        var text = new MemoryStream();
        using (var writer = new MrkWriter(text))
        {
            writer.Write(record);
            writer.Complete();
        }

        text.Position = 0;
        using var reader = new MrkReader(text, new MrkReaderOptions { Normalization = UnicodeNormalization.None });
        var back = reader.ReadAll().Single();
        return back.Record is null ? [] : Iso2709Writer.Encode(back.Record);
    }
}
