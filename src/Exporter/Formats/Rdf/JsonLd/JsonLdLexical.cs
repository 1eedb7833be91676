using System.Globalization;
using System.Numerics;
using System.Text;

namespace Exporter.Formats.Rdf.JsonLd;

/// <summary>Lexical forms: JSON numbers to canonical XSD forms and back, language tags, NFC.</summary>
internal static class JsonLdLexical
{
    /// <summary>True when the lexical form is a canonical xsd:integer small enough to be a JSON number everywhere (15 digits).</summary>
    public static bool IsNativeInteger(string lexical)
    {
        var s = lexical.AsSpan();
        if (s.Length > 0 && s[0] == '-') s = s[1..];
        if (s.Length == 0 || s.Length > 15 || (s[0] == '0' && (s.Length > 1 || lexical.Length > 1))) return false;
        foreach (var c in s)
        {
            if (!char.IsAsciiDigit(c)) return false;
        }

        return true;
    }

    /// <summary>The JSON-LD "to RDF" conversion of a native integer (section 8.6 step 10): xsd:integer lexical form.</summary>
    public static string Integer(BigInteger value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>The canonical xsd:double form JSON-LD prescribes: one digit, '.', at least one digit, 'E', exponent.</summary>
    public static string Double(double value)
    {
        if (double.IsNaN(value)) return "NaN";
        if (double.IsInfinity(value)) return value > 0 ? "INF" : "-INF";
        var s = value.ToString("E15", CultureInfo.InvariantCulture); // "%1.15E", as the spec says: 16 significant digits
        var e = s.IndexOf('E', StringComparison.Ordinal);
        var mantissa = s.AsSpan(0, e).TrimEnd('0');
        if (mantissa[^1] == '.') mantissa = s.AsSpan(0, mantissa.Length + 1);
        var exponent = int.Parse(s.AsSpan(e + 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
        return string.Concat(mantissa, "E", exponent.ToString(CultureInfo.InvariantCulture));
    }

    /// <summary>A well-formed BCP 47 tag in the simple shape RDF tools accept: <c>[a-zA-Z]{1,8}(-[a-zA-Z0-9]{1,8})*</c>.</summary>
    public static bool IsLanguageTag(string tag)
    {
        var run = 0;
        var first = true;
        foreach (var c in tag)
        {
            if (c == '-')
            {
                if (run == 0) return false;
                run = 0;
                first = false;
                continue;
            }

            if (!(first ? char.IsAsciiLetter(c) : char.IsAsciiLetterOrDigit(c)) || ++run > 8) return false;
        }

        return run > 0;
    }

    /// <summary>
    /// The string in Unicode NFC (no allocation when it already is). The one place the writer normalises: under
    /// InvariantGlobalization (Directory.Build.props) <see cref="string.Normalize()"/> leaves non-ASCII text unchanged,
    /// so this must call the project's own normaliser once one exists (see docs/formats/jsonld.md).
    /// </summary>
    public static string Nfc(string value) =>
        value.AsSpan().ContainsAnyInRange('\u0300', '\uFFFF') ? Exporter.Formats.Common.Text.UnicodeNormalizer.ToNfc(value) : value;
}
