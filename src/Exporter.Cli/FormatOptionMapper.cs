using Exporter.Diagnostics;
using Exporter.Formats.Marc.Crosswalk;
using Exporter.Formats.Marc.Iso2709;
using Exporter.Formats.Marc.Model;
using Exporter.Formats.Rdf.LinkedData;
using Exporter.Pipeline;

namespace Exporter.Cli;

/// <summary>Turns format-specific command-line options into the library's typed option records.</summary>
internal static class FormatOptionMapper
{
    /// <summary>
    /// The system clock, or a fixed one when SOURCE_DATE_EPOCH (seconds since 1970, the reproducible-builds convention)
    /// is set, so that generated timestamps (MARC 005, OAI responseDate) are reproducible.
    /// </summary>
    public static TimeProvider Clock()
    {
        var epoch = Environment.GetEnvironmentVariable("SOURCE_DATE_EPOCH");
        if (string.IsNullOrEmpty(epoch)) return TimeProvider.System;
        if (!long.TryParse(epoch, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var seconds))
            throw new ExporterException(new Diagnostic("CLI0014", Severity.Error, $"SOURCE_DATE_EPOCH must be a number of seconds, not '{epoch}'"));
        return new FixedClock(DateTimeOffset.FromUnixTimeSeconds(seconds));
    }

    /// <summary>--marc-encoding, --marc-org and --normalize as <see cref="MarcReadOptions"/>.</summary>
    public static ReadOptions Read(ReadOptions options, string? marcEncoding, string? marcOrg, string? normalize = null)
    {
        var encoding = marcEncoding switch
        {
            null or "leader" => Iso2709Encoding.FromLeader,
            "auto" => Iso2709Encoding.Auto,
            "utf8" => Iso2709Encoding.Utf8,
            "marc8" => Iso2709Encoding.Marc8,
            _ => throw Usage("CLI0011", $"--marc-encoding must be leader, auto, utf8 or marc8, not '{marcEncoding}'"),
        };
        var normalization = normalize switch
        {
            null or "none" => UnicodeNormalization.None,
            "nfc" => UnicodeNormalization.Nfc,
            _ => throw Usage("CLI0024", $"--normalize must be none or nfc, not '{normalize}'"),
        };
        var marc = new MarcReadOptions { Encoding = encoding, OrganizationCode = OrganizationCode(marcOrg), Normalization = normalization };
        return options with { Formats = options.Formats.With(marc) };
    }

    /// <summary>--base-uri, the clock, and --marc-org, --punctuation, --marc-charset as <see cref="MarcWriteOptions"/>.</summary>
    public static WriteOptions Write(WriteOptions options, string? baseUri, string? marcOrg, string? punctuation, string? marcCharset)
    {
        var marc = new MarcWriteOptions
        {
            OrganizationCode = OrganizationCode(marcOrg),
            Punctuation = punctuation switch
            {
                null or "minimal" => MarcPunctuation.Minimal,
                "isbd" => MarcPunctuation.Isbd,
                _ => throw Usage("CLI0016", $"--punctuation must be minimal or isbd, not '{punctuation}'"),
            },
            Encoding = marcCharset switch
            {
                null or "utf8" => Iso2709OutputEncoding.Utf8,
                "marc8" => Iso2709OutputEncoding.Marc8,
                _ => throw Usage("CLI0017", $"--marc-charset must be utf8 or marc8, not '{marcCharset}'"),
            },
        };
        options = options with { Clock = Clock(), Formats = options.Formats.With(marc) };
        if (baseUri is null) return options;
        if (!Uri.TryCreate(baseUri, UriKind.Absolute, out var uri) || (uri.Scheme != "http" && uri.Scheme != "https"))
            throw Usage("CLI0012", $"--base-uri must be an absolute http(s) URI, not '{baseUri}'");
        if (!uri.AbsoluteUri.EndsWith('/')) uri = new Uri(uri.AbsoluteUri + "/");
        return options with { BaseUri = uri };
    }

    /// <summary>--rdf-syntax as <see cref="LinkedDataWriteOptions"/> (values checked by the option: CLI0044).</summary>
    public static WriteOptions WithRdfSyntax(this WriteOptions options, string? syntax)
    {
        RdfSyntaxKind? kind = syntax switch
        {
            null => null,
            "turtle" => RdfSyntaxKind.Turtle,
            "ntriples" => RdfSyntaxKind.NTriples,
            "jsonld" => RdfSyntaxKind.JsonLd,
            "rdfxml" => RdfSyntaxKind.RdfXml,
            _ => throw Usage("CLI0044", $"--rdf-syntax must be turtle, ntriples, jsonld or rdfxml, not '{syntax}'"),
        };
        return kind is null ? options : options with { Formats = options.Formats.With(new LinkedDataWriteOptions { Syntax = kind }) };
    }

    /// <summary>A MARC organization code: 1 to 16 ASCII letters, digits, '-', ':' or '/' (MARC Code List for Organizations).</summary>
    private static string? OrganizationCode(string? code)
    {
        if (code is null) return null;
        if (code.Length is 0 or > 16 || !code.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or ':' or '/'))
            throw Usage("CLI0015", $"--marc-org must be a MARC organization code (1-16 letters, digits, '-', ':' or '/'), not '{code}'");
        return code;
    }

    private static ExporterException Usage(string code, string message) => new(new Diagnostic(code, Severity.Error, message));
}
