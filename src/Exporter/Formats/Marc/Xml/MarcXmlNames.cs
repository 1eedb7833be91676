namespace Exporter.Formats.Marc.Xml;

/// <summary>Names of the MARCXML (MARC 21 slim) vocabulary.</summary>
internal static class MarcXmlNames
{
    /// <summary>The MARCXML namespace.</summary>
    public const string Namespace = "http://www.loc.gov/MARC21/slim";

    internal const string Collection = "collection";
    internal const string Record = "record";
    internal const string Leader = "leader";
    internal const string ControlField = "controlfield";
    internal const string DataField = "datafield";
    internal const string Subfield = "subfield";
}
