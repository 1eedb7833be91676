using System.Globalization;

namespace Exporter.Formats.Rdf.RdfXml;

/// <summary>
/// The writer's prefix map: validated declarations for <c>rdf:RDF</c> (rdf first), and the split of an IRI into
/// a qualified name: the longest declared namespace whose remainder is an NCName, else the longest NCName at the
/// end of the IRI (what rdflib and Raptor do), whose namespace then needs an <c>nsN</c> declaration.
/// </summary>
internal sealed class RdfXmlNamespaces
{
    private readonly RdfXmlPrefix[] _byLength;
    private readonly HashSet<string> _names = new(StringComparer.Ordinal);

    public RdfXmlNamespaces(RdfXmlWriterOptions options)
    {
        var declared = new List<RdfXmlPrefix> { new("rdf", RdfNames.RdfNamespace) };
        _names.Add("rdf");
        foreach (var prefix in options.Prefixes.IsDefault ? [] : options.Prefixes)
        {
            Validate(prefix);
            if (prefix.Name == "rdf") continue;
            if (!_names.Add(prefix.Name)) throw RdfTextEscaper.Unwritable("RDF0107", $"prefix '{prefix.Name}' is declared twice");
            declared.Add(prefix);
        }

        Declared = declared;
        _byLength = [.. declared];
        Array.Sort(_byLength, (x, y) => y.Namespace.Length.CompareTo(x.Namespace.Length));
    }

    /// <summary>The declarations of <c>rdf:RDF</c>, in order.</summary>
    public IReadOnlyList<RdfXmlPrefix> Declared { get; }

    /// <summary>The <paramref name="n"/>-th generated prefix that no declared prefix uses.</summary>
    public string Generated(ref int n)
    {
        while (true)
        {
            var name = "ns" + (++n).ToString(CultureInfo.InvariantCulture);
            if (!_names.Contains(name)) return name;
        }
    }

    /// <summary>The qualified name of <paramref name="iri"/>, or null when no end of it is an NCName.</summary>
    public RdfXmlQName? Split(string iri)
    {
        foreach (var prefix in _byLength)
        {
            if (iri.Length > prefix.Namespace.Length && iri.StartsWith(prefix.Namespace, StringComparison.Ordinal)
                && XmlNameChars.IsNCName(iri.AsSpan(prefix.Namespace.Length)))
                return new RdfXmlQName(prefix.Namespace, iri[prefix.Namespace.Length..], prefix.Name);
        }

        var start = iri.Length;
        while (start > 0 && !char.IsSurrogate(iri[start - 1]) && XmlNameChars.IsNameChar(iri[start - 1])) start--;
        while (start < iri.Length && !XmlNameChars.IsNameStartChar(iri[start])) start++;
        if (start == 0 || start == iri.Length) return null;
        return new RdfXmlQName(iri[..start], iri[start..], null);
    }

    private static void Validate(RdfXmlPrefix prefix)
    {
        ArgumentNullException.ThrowIfNull(prefix);
        if (prefix.Name.Length > 0 && (!XmlNameChars.IsNCName(prefix.Name) || prefix.Name.StartsWith("xml", StringComparison.OrdinalIgnoreCase)))
            throw RdfTextEscaper.Unwritable("RDF0107", $"'{prefix.Name}' is not a valid XML namespace prefix (an NCName not starting with 'xml')");
        if (prefix.Name == "rdf" && prefix.Namespace != RdfNames.RdfNamespace)
            throw RdfTextEscaper.Unwritable("RDF0107", $"prefix 'rdf' must stand for {RdfNames.RdfNamespace}");
        RdfXmlTermChecker.CheckIri(prefix.Namespace);
        if (prefix.Namespace is RdfXmlNames.XmlNamespace or RdfXmlNames.XmlnsNamespace)
            throw RdfTextEscaper.Unwritable("RDF0106", $"namespace <{prefix.Namespace}> of prefix '{prefix.Name}' is reserved by XML");
    }
}
