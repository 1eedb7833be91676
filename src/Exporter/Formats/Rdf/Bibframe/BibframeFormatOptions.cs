using Exporter.Pipeline;

namespace Exporter.Formats.Rdf.Bibframe;

/// <summary>The options of the <c>bibframe</c> format, declared once (<see cref="FormatOption"/>).</summary>
internal static class BibframeFormatOptions
{
    /// <summary>--items: a bf:Item per holdings or item field (852, 876-878, 952, 945, 949, 999).</summary>
    public static readonly FormatOption Items = FormatOption
        .Flag("--items", "bibframe: write a bf:Item per holdings or item field (852, 876-878, Koha 952, 945/949, SirsiDynix 999); item staff notes need --include-local too", "CLI0120")
        .Writing<BibframeWriteOptions>((o, v) => o with { Items = v == "true" });

    /// <summary>Every BIBFRAME option, in the order help lists them.</summary>
    public static IReadOnlyList<FormatOption> All { get; } = [Items];
}
