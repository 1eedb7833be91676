using System.CommandLine;
using Exporter.Diagnostics;
using Exporter.Formats.DublinCore;
using Exporter.Pipeline;

namespace Exporter.Cli;

/// <summary>
/// The Dublin Core options of <c>exporter convert</c> (--rights, --language, --include-reviews) and their mapping to
/// <see cref="DublinCoreCrosswalkOptions"/> in <see cref="WriteOptions.Formats"/>.
/// </summary>
internal sealed class DublinCoreCliOptions
{
    public Option<string?> Rights { get; } = new Option<string?>("--rights") { HelpName = "URI", Description = "dc, dcterms: rights statement URI (e.g. Creative Commons, RightsStatements.org) for records that state none (MARC 506/540)" }
        .NonEmpty("an absolute URI");

    public Option<string?> Language { get; } = new Option<string?>("--language") { HelpName = "CODE", Description = "dc, dcterms: ISO 639-2 language code for text records that name no language" }
        .NonEmpty("an ISO 639-2 code");

    public Option<bool> IncludeReviews { get; } = new("--include-reviews") { Description = "dc, dcterms: write full review texts with their reviewer (left out by default: their rights may not allow open aggregation)" };

    public void AddTo(Command command)
    {
        command.Options.Add(Rights);
        command.Options.Add(Language);
        command.Options.Add(IncludeReviews);
    }

    public WriteOptions Apply(ParseResult r, WriteOptions options)
    {
        var dc = new DublinCoreCrosswalkOptions { IncludeReviews = r.GetValue(IncludeReviews) };
        if (r.GetValue(Rights) is { } rights)
        {
            if (!Uri.TryCreate(rights, UriKind.Absolute, out var uri) || !rights.Contains(':', StringComparison.Ordinal))
                throw Usage("CLI0050", $"--rights must be an absolute URI such as https://creativecommons.org/publicdomain/zero/1.0/, not '{rights}'");
            dc = dc with { Rights = uri };
        }

        if (r.GetValue(Language) is { } language)
        {
            if (language.Length != 3 || !language.All(char.IsAsciiLetterLower))
                throw Usage("CLI0051", $"--language must be an ISO 639-2 code of three lower-case letters (eng, fre, ger), not '{language}'");
            dc = dc with { DefaultLanguage = language };
        }

        return options with { Formats = options.Formats.With(dc) };
    }

    private static ExporterException Usage(string code, string message) => new(new Diagnostic(code, Severity.Error, message));
}
