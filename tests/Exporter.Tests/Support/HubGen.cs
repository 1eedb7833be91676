using Exporter.Formats.Common.Text;
using System.Collections.Immutable;
using System.Text;
using Exporter.Model;
using FsCheck;
using FsCheck.Fluent;

namespace Exporter.Tests.Support;

/// <summary>
/// FsCheck generators of hub records. <see cref="StringDomain.Line"/> makes single-line, trimmed, NFC strings (what
/// line-based formats such as catalog text can carry); <see cref="StringDomain.Hostile"/> adds line breaks, control
/// characters, padding and empty values.
/// </summary>
public static class HubGen
{
    /// <summary>The kind of strings to generate.</summary>
    public enum StringDomain
    {
        Line,
        Hostile,
    }

    private static readonly string[] Pieces =
    [
        "Lenin", "to", "Stalin", "the", "A", "Serge, Victor", "Ærøskøbing", "e\u0301te\u0301", "Straße", "Ελληνικά", "Война и мир",
        "עברית", "العربية", "红楼梦", "日本語", "😀", "𝔘𝔫𝔦𝔠𝔬𝔡𝔢", "\"quoted\"", "back\\slash", "<&>", "'apos'", "$a", "{dollar}",
        "--", "1.", "§", "[x]", "(note)", "Abstract:", "Table of Contents", "x:y", "#frag", "%20", "@", "a\u0308\u0301",
        "\u200F", "\u202Ertl", "ǅ", "ﬁ",
    ];

    private static readonly string[] HostilePieces = ["\n", "\r\n", "\t", "\u0001", "\u001F", "\u001E", "\u001D", "\u000C", "\u00A0", " ", "\uFFFD", "\u0085", "\u2028"];

    private static readonly string[] Roles = [ContributorRoles.Author, ContributorRoles.Editor, ContributorRoles.Translator, ContributorRoles.Illustrator, ContributorRoles.Contributor, "author of afterword, colophon, etc.", "thesis advisor"];

    /// <summary>A string in the domain; never null, possibly empty only in the hostile domain.</summary>
    public static Gen<string> Text(StringDomain domain)
    {
        var piece = domain == StringDomain.Hostile
            ? Gen.Frequency((4, Gen.Elements(Pieces)), (1, Gen.Elements(HostilePieces)))
            : Gen.Elements(Pieces);
        var min = domain == StringDomain.Hostile ? 0 : 1;
        return Gen.Choose(min, 6).SelectMany(n => piece.ArrayOf(n)).Select(parts =>
        {
            var s = UnicodeNormalizer.ToNfc(string.Join(" ", parts));
            return domain == StringDomain.Line ? s.Trim() : s;
        }).Where(s => domain == StringDomain.Hostile || s.Length > 0);
    }

    /// <summary>Either null or a string.</summary>
    public static Gen<string?> Optional(StringDomain domain) =>
        Gen.Frequency((1, Gen.Constant<string?>(null)), (2, Text(domain).Select(s => (string?)s)));

    /// <summary>A list of 0..max items.</summary>
    public static Gen<ImmutableArray<T>> List<T>(Gen<T> item, int max) =>
        Gen.Choose(0, max).SelectMany(n => item.ArrayOf(n)).Select(a => a.ToImmutableArray());

    /// <summary>A whole record.</summary>
    public static Gen<CatalogRecord> Record(StringDomain domain)
    {
        var text = Text(domain);
        var opt = Optional(domain);
        var digits = Gen.Choose(1, 999).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var year = Gen.Frequency((1, Gen.Constant<int?>(null)), (3, Gen.Choose(1, 2100).Select(i => (int?)i)));
        var contributor = from name in text
                          from roles in List(Gen.Elements(Roles), 2)
                          from kind in Gen.Elements(AgentKind.Person, AgentKind.Organization, AgentKind.Family)
                          select new Contributor(name, roles.Distinct().ToImmutableArray(), kind);
        var identifier = Gen.OneOf(
            text.Select(v => new Identifier(IdentifierType.Local, v)),
            Gen.Elements("9780262510875", "0394549260", "0198526636").SelectMany(v => Gen.Elements<string?>(null, "pbk.", "hardcover").Select(q => new Identifier(IdentifierType.Isbn, v, q))),
            Gen.Elements("0822-6377", "1234-567X").Select(v => new Identifier(IdentifierType.Issn, v)),
            digits.Select(v => new Identifier(IdentifierType.Oclc, v)),
            digits.Select(v => new Identifier(IdentifierType.Lccn, "n" + v)),
            Gen.Constant(new Identifier(IdentifierType.Doi, "10.1515/9780691209753")),
            Gen.Elements("https://dp.la/", "https://catalog.example.org/record/CX%207118?x=1&y=2").Select(v => new Identifier(IdentifierType.Url, v)));
        var entry = from t in text from n in Gen.Frequency((1, Gen.Constant<string?>(null)), (3, digits.Select(d => (string?)d))) select new ContentsEntry(t, n);
        var section = from h in opt
                      from es in List(entry, 6)
                      where h is not null || es.Length > 0
                      select new ContentsSection(h, es);
        var review = from ps in List(text, 3) where ps.Length > 0 from who in opt select new Review(ps, who);
        var subject = from h in text
                      from scheme in Gen.Elements<string?>(null, "lcsh", "mesh", "fast", "lcgft")
                      from kind in Gen.Elements(Enum.GetValues<SubjectKind>())
                      select new Subject(h, scheme, kind);
        var seriesText = text.Where(t => !t.Contains(" ; ", StringComparison.Ordinal));
        var series = from t in seriesText
                     from n in Gen.Frequency((1, Gen.Constant<string?>(null)), (1, digits.Select(d => (string?)d)))
                     from heading in Gen.Frequency((1, Gen.Constant<string?>(null)), (1, seriesText.Select(h => (string?)h)))
                     from headingNumber in heading is null
                         ? Gen.Constant<string?>(null)
                         : Gen.Frequency((1, Gen.Constant<string?>(null)), (1, digits.Select(d => (string?)("v. " + d))))
                     select new SeriesStatement(t, n, heading, headingNumber);
        var extent = Gen.Frequency(
            (1, Gen.Constant<Extent?>(null)),
            (2, Gen.Choose(1, 5000).Select(p => (Extent?)new Extent(p))),
            (1, from p in Gen.Choose(1, 5000) from t in text select (Extent?)new Extent(p, t)));

        return from title in text
               from subtitle in opt
               from contributors in List(contributor, 3)
               from publisher in opt
               from place in opt
               from y1 in year
               from y2 in year
               from edition in opt
               from ext in extent
               from type in Gen.Elements(Enum.GetValues<ResourceType>())
               from ids in List(identifier, 4)
               from langs in List(Gen.Elements("eng", "fre", "rus", "chi", "heb", "ara"), 2)
               from ser in List(series, 2)
               from description in opt
               from abs in opt
               from reviews in List(review, 2)
               from contents in List(section, 4)
               from subjects in List(subject, 3)
               from notes in List(text, 2)
               from responsibility in opt
               from languageNote in opt
               select new CatalogRecord
               {
                   Title = title, Subtitle = subtitle, StatementOfResponsibility = responsibility, LanguageNote = languageNote, Contributors = contributors, Publisher = publisher, Place = place,
                   YearPublished = y1, FirstPublished = y2, Edition = edition, Extent = ext, ResourceType = type,
                   Identifiers = ids, Languages = [.. langs.Distinct()], Series = ser, Description = description, Abstract = abs,
                   Reviews = reviews, Contents = contents, Subjects = subjects, Notes = notes, LastModified = Changed(y1),
                   Rights = RightsOf(y2),
               };
    }

    /// <summary>
    /// A last change for one record in three, derived from the year drawn (no draw of its own, so that the records
    /// generated for a seed stay the ones they were): a day alone for some, a time to a tenth of a second for others.
    /// </summary>
    private static DateTimeOffset? Changed(int? year)
    {
        if (year is not int y || y % 3 != 0) return null;
        var day = new DateTimeOffset(1970 + y % 60, 1 + y % 12, 1 + y % 28, 0, 0, 0, TimeSpan.Zero);
        return y % 2 == 0 ? day : day.AddHours(y % 24).AddMinutes(y % 60).AddSeconds(y % 59).AddTicks(y % 10 * (TimeSpan.TicksPerSecond / 10));
    }

    /// <summary>
    /// Rights statements for some records, derived from the first-published year drawn (no draw of its own, as
    /// <see cref="Changed"/>): a URI, a text with characters that need escaping, or both (URI first).
    /// </summary>
    private static ImmutableArray<string> RightsOf(int? year) => year switch
    {
        int y when y % 4 == 0 => ["http://rightsstatements.org/vocab/CNE/1.0/"],
        int y when y % 4 == 1 => ["\u00a9 1999 \u00c9ditions \"Tr\u00e8s\" & <Co>; all rights reserved."],
        int y when y % 4 == 2 => ["https://creativecommons.org/licenses/by/4.0/", "Public domain in the USA."],
        _ => [],
    };

    /// <summary>Checks a property over generated records; throws with the counterexample on failure.</summary>
    public static void Check(Gen<CatalogRecord> gen, Action<CatalogRecord> assert, int tests = 200)
    {
        var property = Prop.ForAll(gen.ToArbitrary(), (CatalogRecord r) =>
        {
            assert(r);
            return true;
        });
        FsCheck.Check.One(Config(tests), property);
    }

    /// <summary>
    /// A fixed seed, so CI runs are reproducible; FSCHECK_SEED=random (or a number) explores other inputs locally.
    /// </summary>
    public static Config Config(int tests)
    {
        var config = FsCheck.Config.QuickThrowOnFailure.WithMaxTest(tests).WithQuietOnSuccess(true);
        var env = Environment.GetEnvironmentVariable("FSCHECK_SEED");
        if (env == "random") return config;
        var seed = ulong.TryParse(env, out var s) ? s : 20261128UL;
        return config.WithReplay(Microsoft.FSharp.Core.FSharpOption<Replay>.Some(new Replay(new Rnd(seed, 0x9E3779B97F4A7C15UL), Microsoft.FSharp.Core.FSharpOption<int>.None)));
    }
}
