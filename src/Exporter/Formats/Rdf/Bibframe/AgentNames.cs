using Exporter.Formats.Marc.Model;
using static Exporter.Formats.Rdf.Bibframe.BibframeTerms;

namespace Exporter.Formats.Rdf.Bibframe;

/// <summary>Agents of X00/X10/X11 fields (1XX, 6XX, 7XX): class from tag and first indicator, label from the name subfields (marc2bibframe2 tNameLabel).</summary>
internal static class AgentNames
{
    /// <summary>The agent class: Person or Family (X00), Organization or Jurisdiction (X10), Meeting (X11).</summary>
    public static string Class(DataField f) => f.Tag[1..] switch
    {
        "00" => f.Indicator1 == '3' ? "Family" : "Person",
        "10" => f.Indicator1 == '1' ? "Jurisdiction" : "Organization",
        "11" => "Meeting",
        _ => f.Tag == "720" && f.Indicator1 == '1' ? "Person" : "Agent",
    };

    /// <summary>The name subfields before any title ($t, or $k in a 1XX), joined with a space and chopped.</summary>
    public static string? Label(DataField f) => Label(f, f.Tag);

    /// <summary>The label of <paramref name="f"/> read as a field tagged <paramref name="tag"/> (an 880 reads as the field it stands for).</summary>
    public static string? Label(DataField f, string tag)
    {
        if (tag == "720") return BibframeText.Chop(f['a']);
        var codes = tag[1..] switch
        {
            "00" => "abcdjqk",
            "10" => "abcdngk",
            "11" => "acdengq",
            _ => "a",
        };
        var parts = new SpaceJoiner();
        foreach (var s in f.Subfields)
        {
            if (s.Code == 't') break;
            if (s.Code == 'k' && tag[0] == '1') break;
            if (codes.Contains(s.Code, StringComparison.Ordinal)) parts.Add(s.Value);
        }

        return BibframeText.Chop(parts.ToString());
    }

    /// <summary>Writes the agent node <paramref name="agent"/>: bf:Agent, its class and label.</summary>
    public static void Describe(BibframeGraphContext c, Iri agent, DataField f)
    {
        c.Add(agent, RdfType, B("Agent"));
        var cls = Class(f);
        if (cls != "Agent") c.Add(agent, RdfType, B(cls));
        c.Text(agent, RdfsLabel, Label(f));
        if (c.Alternate(f) is ({ } f880, var language)) c.Text(agent, RdfsLabel, Label(f880, f.Tag), language); // row: 880 -> label in its script
    }
}
