using static Exporter.Formats.Rdf.Bibframe.BibframeTerms;

namespace Exporter.Formats.Rdf.Bibframe;

/// <summary>
/// The Instance class and issuance. bf:Instance always; a subclass from the leader, 007/00 and the form of item
/// (008/23, or 008/29 for maps and visual materials): Manuscript (LDR/06 d f t), Electronic (LDR/06 m, 007 c, form
/// o q s), Microform (007 h, form a b c), Tactile (007 f, form f), else Print for text, music and maps in regular
/// print (form blank, d, r). Issuance from LDR/07 (ConvSpec-LDR).
/// </summary>
internal static class InstanceTypes
{
    public static void Map(BibframeGraphContext c)
    {
        c.Add(c.Instance, RdfType, B("Instance"));
        if (Subclass(c) is { } subclass) c.Add(c.Instance, RdfType, B(subclass));                   // row: LDR/06, 007/00, 008 form of item -> Instance class
        var issuance = c.Record.Leader.BibliographicLevel switch
        {
            'a' or 'd' or 'm' => "mono",
            'b' or 's' => "serl",
            'c' => "mulm",
            'i' => "intg",
            _ => null,
        };
        if (issuance is not null && !c.Fields("334").Any()) c.Add(c.Instance, B("issuance"), new Iri(Issuance + issuance)); // row: LDR/07 -> bf:issuance
    }

    private static string? Subclass(BibframeGraphContext c)
    {
        var type = c.Record.Leader.TypeOfRecord;
        if (type is 'd' or 'f' or 't') return "Manuscript";
        var f007 = c.Record.ControlValue("007");
        var category = string.IsNullOrEmpty(f007) ? ' ' : f007[0];
        var f008 = c.Fixed008;
        var position = type is 'e' or 'f' or 'g' or 'k' or 'o' or 'r' ? 29 : 23;
        var form = f008.Length > position ? f008[position] : ' ';
        if (type == 'm' || category == 'c' || form is 'o' or 'q' or 's') return "Electronic";
        if (category == 'h' || form is 'a' or 'b' or 'c') return "Microform";
        if (category == 'f' || form == 'f') return "Tactile";
        if (type is 'a' or 'c' or 'e' && form is ' ' or 'd' or 'r') return "Print";
        return null;
    }
}
