using Exporter.Formats.Rdf;
using Exporter.Model;
using static Exporter.Tools.BibframeAgreement.GraphView;

namespace Exporter.Tools.BibframeAgreement;

/// <summary>
/// The facts of each record of a BIBFRAME graph, found by property paths from its Work (the Work with admin metadata
/// holding a bf:Local) and its Instance (the one at <c>#Instance</c>, else the first), never by blank node identity.
/// Records are keyed by the bf:Local value (the 001); when a 001 repeats in the file, by the 001 and the record's place
/// among the records with that 001 in document order (<see cref="Key"/>): both converters write the records of a file
/// in input order, so the n-th record with a 001 on one side is the n-th on the other.
/// </summary>
public static class FactExtractor
{
    /// <summary>Separates a repeated 001 from its place in a key.</summary>
    public const char Occurrence = '\u001F';

    /// <summary>The key of the <paramref name="n"/>-th record (from 1) with the 001 <paramref name="controlNumber"/>.</summary>
    public static string Key(string controlNumber, int n) => n == 1 ? controlNumber : controlNumber + Occurrence + n.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The 001 of a key.</summary>
    public static string ControlNumber(string key) => key.Split(Occurrence)[0];

    /// <summary>A key as people read it: the 001, and "#n" for the n-th record with a repeated 001.</summary>
    public static string Display(string key) => key.Replace(Occurrence, '#');

    /// <summary>The records' facts by key; <paramref name="repeated"/>: each 001 that more than one record has, with how many.</summary>
    public static Dictionary<string, RecordFacts> Extract(IEnumerable<RdfGraph> graphs, out int unkeyed, out Dictionary<string, int> repeated)
    {
        var records = new Dictionary<string, RecordFacts>(StringComparer.Ordinal);
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        unkeyed = 0;
        foreach (var graph in graphs) Extract(new GraphView(graph), records, counts, ref unkeyed);
        repeated = counts.Where(c => c.Value > 1).ToDictionary(StringComparer.Ordinal);
        return records;
    }

    private static void Extract(GraphView view, Dictionary<string, RecordFacts> records, Dictionary<string, int> counts, ref int unkeyed)
    {
        foreach (var work in view.Subjects)
        {
            if (!view.HasType(work, Bf + "Work") || !view.Objects(work, Bf + "adminMetadata").Any()) continue;
            var key = view.Objects(work, Bf + "adminMetadata").SelectMany(a => view.Objects(a, Bf + "identifiedBy"))
                .Where(i => view.HasType(i, Bf + "Local")).SelectMany(i => view.Texts(i, RdfValue)).FirstOrDefault();
            if (key is null)
            {
                unkeyed++;
                continue;
            }

            key = key.Trim();
            var n = counts[key] = counts.GetValueOrDefault(key) + 1;
            records.Add(Key(key, n), Facts(view, work));
        }
    }

    private static RecordFacts Facts(GraphView g, RdfTerm work)
    {
        var f = new RecordFacts();
        foreach (var t in g.Types(work)) f.Add(FactClass.WorkTypes, FactText.LocalName(t));
        foreach (var c in g.Objects(work, Bf + "contribution")) Contribution(g, c, f);
        foreach (var s in g.Objects(work, Bf + "subject")) foreach (var l in g.Labels(s)) f.Add(FactClass.Subjects, FactText.Normalize(l));
        foreach (var s in g.Objects(work, Bf + "genreForm")) foreach (var l in g.Labels(s)) f.Add(FactClass.GenreForms, FactText.Normalize(l));
        foreach (var l in g.Objects(work, Bf + "language").OfType<Iri>()) f.Add(FactClass.Languages, l.Value);
        foreach (var c in g.Objects(work, Bf + "classification"))
        {
            var type = string.Join("+", g.Types(c).Select(FactText.LocalName).Order(StringComparer.Ordinal));
            foreach (var p in g.Texts(c, Bf + "classificationPortion")) f.Add(FactClass.Classification, type + " " + FactText.Normalize(p));
        }

        var instances = g.Objects(work, Bf + "hasInstance").ToList();
        var instance = instances.FirstOrDefault(i => i is Iri iri && iri.Value.EndsWith("#Instance", StringComparison.Ordinal)) ?? instances.FirstOrDefault();
        if (instance is not null) Instance(g, instance, f);
        return f;
    }

    private static void Contribution(GraphView g, RdfTerm contribution, RecordFacts f)
    {
        var agent = g.Objects(contribution, Bf + "agent").FirstOrDefault();
        if (agent is null) return;
        foreach (var label in g.Texts(agent, Rdfs + "label").Take(1))
        {
            var name = FactText.Normalize(label);
            f.Add(FactClass.Contributions, name);
            if (g.HasType(contribution, Bf + "PrimaryContribution")) f.Add(FactClass.Contributions, name + " | primary");
            foreach (var role in g.Objects(contribution, Bf + "role")) f.Add(FactClass.Contributions, name + " | " + RoleKey(g, role));
        }
    }

    /// <summary>A role as its relator code: from the IRI, or from the label when the hub's term list knows it, else the label.</summary>
    private static string RoleKey(GraphView g, RdfTerm role)
    {
        var label = g.Texts(role, Rdfs + "label").FirstOrDefault();
        if (label is not null)
        {
            var known = ContributorRoles.CodeFor(ContributorRoles.Normalize(FactText.Normalize(label)));
            if (known is not null) return known;
            if (role is not Iri) return "term " + FactText.Normalize(label);
        }

        if (role is Iri iri) return FactText.LocalName(iri.Value);
        var code = g.Texts(role, Bf + "code").Select(FactText.Normalize).FirstOrDefault();
        return code is null ? "?" : code.Length == 3 ? code : "code " + code;
    }

    private static void Instance(GraphView g, RdfTerm instance, RecordFacts f)
    {
        foreach (var t in g.Types(instance)) f.Add(FactClass.InstanceTypes, FactText.LocalName(t));
        foreach (var title in g.Objects(instance, Bf + "title"))
        {
            if (!g.Types(title).SequenceEqual([Bf + "Title"])) continue;
            foreach (var m in g.Texts(title, Bf + "mainTitle")) f.Add(FactClass.InstanceTitle, "main " + FactText.Normalize(m));
            foreach (var s in g.Texts(title, Bf + "subtitle")) f.Add(FactClass.InstanceTitle, "sub " + FactText.Normalize(s));
        }

        foreach (var id in g.Objects(instance, Bf + "identifiedBy"))
        {
            var type = string.Join("+", g.Types(id).Select(FactText.LocalName).Order(StringComparer.Ordinal));
            foreach (var v in g.Texts(id, RdfValue)) f.Add(FactClass.Identifiers, type + " " + FactText.Identifier(v));
        }

        foreach (var p in g.Objects(instance, Bf + "provisionActivity"))
        {
            var types = g.Types(p).Select(FactText.LocalName).Where(t => t != "ProvisionActivity").Order(StringComparer.Ordinal).ToList();
            var type = types.Count == 0 ? "ProvisionActivity" : string.Join("+", types);
            var dates = g.Texts(p, Bf + "date").Concat(g.Texts(p, Bflc + "simpleDate")).Select(FactText.Year).Distinct().ToList();
            foreach (var d in dates) f.AddOnce(FactClass.ProvisionActivity, type + " " + d);
            foreach (var place in g.Objects(p, Bf + "place").OfType<Iri>()) f.AddOnce(FactClass.ProvisionPlaces, place.Value);
            foreach (var place in g.Texts(p, Bflc + "simplePlace")) f.AddOnce(FactClass.ProvisionPlaces, FactText.Normalize(place));
        }

        foreach (var e in g.Objects(instance, Bf + "extent")) foreach (var l in g.Texts(e, Rdfs + "label")) f.Add(FactClass.Extent, FactText.Normalize(l));
        foreach (var e in g.Texts(instance, Bf + "editionStatement")) f.Add(FactClass.Edition, FactText.Normalize(e));
    }
}
