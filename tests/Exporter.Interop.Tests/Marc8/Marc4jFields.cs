using Exporter.Formats.Common.Text;
using System.Xml.Linq;
using Exporter.Formats.Marc.Marc8;

namespace Exporter.Interop.Tests.Marc8;

/// <summary>MARC4J's MARCXML output flattened to one line per field (tag, indicators, $code+data), for comparison.</summary>
public static class Marc4jFields
{
    private static readonly XNamespace Marc = "http://www.loc.gov/MARC21/slim";

    /// <summary>Each record's fields in document order, rendered by <see cref="Render"/>.</summary>
    public static List<List<string>> Read(string xmlPath)
    {
        using var reader = System.Xml.XmlReader.Create(xmlPath, new System.Xml.XmlReaderSettings { CheckCharacters = false });
        var doc = XDocument.Load(reader); // MARC4J writes control characters of bad records as they are
        var records = new List<List<string>>();
        foreach (var record in doc.Descendants(Marc + "record"))
        {
            var fields = new List<string>();
            foreach (var e in record.Elements())
            {
                var tag = (string?)e.Attribute("tag") ?? "";
                if (e.Name == Marc + "controlfield") fields.Add(UnicodeNormalizer.ToNfc(tag + " " + e.Value));
                else if (e.Name == Marc + "datafield")
                {
                    var subfields = e.Elements(Marc + "subfield").Select(s => ((string?)s.Attribute("code") ?? "", s.Value));
                    fields.Add(Render(tag, (string?)e.Attribute("ind1") ?? " ", (string?)e.Attribute("ind2") ?? " ", subfields));
                }
            }

            records.Add(fields);
        }

        return records;
    }

    /// <summary>One data field as text: <c>245 10 $aTitle $bRest</c>, NFC.</summary>
    public static string Render(string tag, string ind1, string ind2, IEnumerable<(string Code, string Data)> subfields) =>
        UnicodeNormalizer.ToNfc(tag + " " + ind1 + ind2 + string.Concat(subfields.Select(s => " $" + s.Code + s.Data)));
}
