namespace Exporter.Formats.DublinCore;

/// <summary>The namespace a <see cref="DcStatement"/> term lives in.</summary>
public enum DcNamespace
{
    /// <summary>The 15 elements of DCMES 1.1, <c>http://purl.org/dc/elements/1.1/</c> (prefix <c>dc</c>).</summary>
    Elements,

    /// <summary>DCMI Metadata Terms, <c>http://purl.org/dc/terms/</c> (prefix <c>dcterms</c>).</summary>
    Terms,
}
