using System.Collections.Immutable;
using Exporter.Formats.Common.Text;
using Exporter.Formats.DublinCore;
using Exporter.Formats.Marc.Crosswalk;
using Exporter.Formats.Marc.Model;

namespace Exporter.Formats.Rdf.SchemaOrg;

/// <summary>
/// What a record read from MARC says that the hub does not keep and the schema.org graph uses: each contributor's
/// authority (<c>$0</c>, <c>$1</c>) and original-script form, and the original-script title and publisher (880 fields
/// linked by <c>$6</c>, tagged with the language and script, <c>ru-Cyrl</c>; <see cref="MarcScriptTags"/>).
/// Contributors line up with the hub's, which are the 1XX and 7XX name fields in order.
/// </summary>
internal sealed record SchemaOrgMarcFacts
{
    private static readonly string[] NameTags = ["100", "110", "111", "700", "710", "711"];

    /// <summary>Per contributor (hub order): the authority IRIs and control numbers, <c>$0</c> then <c>$1</c>.</summary>
    public ImmutableArray<ImmutableArray<string>> Authorities { get; init; } = [];

    /// <summary>Per contributor (hub order): the name in its original script, or null.</summary>
    public ImmutableArray<ScriptForm?> AlternateNames { get; init; } = [];

    /// <summary>The title proper in its original script (880 linked to 245: $a $n $p), or null.</summary>
    public ScriptForm? AlternateTitle { get; init; }

    /// <summary>The publisher in its original script (880 linked to 264 _1 or 260 $b), or null.</summary>
    public ScriptForm? AlternatePublisher { get; init; }

    /// <summary>The facts of <paramref name="m"/>.</summary>
    public static SchemaOrgMarcFacts Read(MarcRecord m)
    {
        var language = Fixed008.Language(m.ControlValue("008"));
        var names = m.DataFields(NameTags).ToList();
        var imprint = m.DataFields("264").FirstOrDefault(x => x.Indicator2 == '1') ?? m.DataFields("260").FirstOrDefault();
        return new SchemaOrgMarcFacts
        {
            Authorities = [.. names.Select(f => f.Values('0').Concat(f.Values('1')).Select(v => v.Trim()).Where(v => v.Length > 0).ToImmutableArray())],
            AlternateNames = [.. names.Select(f => Form(Linked(m, f), language, l => NameFields.Read(l, f.Tag[0] == '1', Isbd.Strip).Name))],
            AlternateTitle = m.DataFields("245").FirstOrDefault() is DataField t ? Form(Linked(m, t), language, l => Join(l, "anp")) : null,
            AlternatePublisher = imprint is null ? null : Form(Linked(m, imprint), language, l => Join(l, "b")),
        };
    }

    private static ScriptForm? Form(DataField? f880, string? language, Func<DataField, string> value)
    {
        if (f880 is null) return null;
        var text = Isbd.Strip(UnicodeNormalizer.ToNfc(value(f880)).Trim().TrimEnd(' ', '\u060C', '\u061B'));
        return text.Length == 0 ? null : new ScriptForm(text, MarcScriptTags.Tag(f880['6'], language));
    }

    private static string Join(DataField f, string codes) =>
        string.Join(" ", f.Subfields.Where(s => codes.Contains(s.Code, StringComparison.Ordinal)).Select(s => Isbd.Strip(s.Value.Trim())).Where(v => v.Length > 0));

    // The 880 whose $6 names this field's tag and occurrence (245 $6 "880-01" <-> 880 $6 "245-01/(N").
    private static DataField? Linked(MarcRecord m, DataField field)
    {
        if (field['6'] is not { Length: >= 6 } link || !link.StartsWith("880", StringComparison.Ordinal)) return null;
        var key = string.Concat(field.Tag, "-", link.AsSpan(4, 2));
        return m.DataFields("880").FirstOrDefault(f => f['6'] is { Length: >= 6 } six && six.StartsWith(key, StringComparison.Ordinal));
    }
}
