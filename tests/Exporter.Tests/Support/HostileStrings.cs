using FsCheck;
using FsCheck.Fluent;

namespace Exporter.Tests.Support;

/// <summary>
/// FsCheck strings for comparing a fast path with the slow one it replaces: HubGen's hostile text plus what escapers
/// and encoders branch on (lone and paired surrogates, every escaped control, U+0085/U+2028/U+2029, quotes and
/// backslashes, C1 controls, IRI delimiters), short and long (past any head/tail window), empty included.
/// </summary>
public static class HostileStrings
{
    private static readonly string[] Edges =
    [
        "\uD800", "\uDBFF", "\uDC00", "\uDFFF", "\uD83D\uDE00", "\b", "\f", "\t", "\n", "\r", "\u0000", "\u001F", "\u007F",
        "\u0080", "\u009F", "\u0085", "\u2028", "\u2029", "\"", "\\", "<", ">", "&", "{", "}", "|", "^", "`", " ", "'",
        "a\u0301", "\u0300", "\uFFFE", "\uFFFF", "\uE000", "\uD7FF", "https://schema.org/", "#", "x",
    ];

    /// <summary>Any string, edges mixed with hub text, 0 to a few hundred characters.</summary>
    public static Gen<string> Any { get; } =
        Gen.Frequency(
                (3, Gen.Elements(Edges)),
                (2, HubGen.Text(HubGen.StringDomain.Hostile)),
                (1, Gen.Constant(new string('a', 40))))
            .ArrayOf()
            .SelectMany(parts => Gen.Choose(0, parts.Length).Select(cut => string.Concat(parts.Skip(cut).Concat(parts.Take(cut)))));

    /// <summary>Checks <paramref name="assert"/> on generated strings (HubGen's fixed seed).</summary>
    public static void Check(Action<string> assert, int tests = 500)
    {
        var property = Prop.ForAll(Any.ToArbitrary(), (string s) =>
        {
            assert(s);
            return true;
        });
        FsCheck.Check.One(HubGen.Config(tests), property);
    }
}
