using Exporter.Diagnostics;
using Exporter.Formats.Marc.Model;
using Exporter.Formats.Rdf;
using Exporter.Formats.Rdf.Bibframe;
using Exporter.Formats.Rdf.Bibframe.Reading;
using Exporter.Pipeline;

namespace Exporter.Tests.Formats.Rdf.Bibframe;

/// <summary>506 and 540 as marc2bibframe2 writes them (bf:AccessPolicy, bf:UsePolicy), and use policies read back as the hub's rights.</summary>
public sealed class BibframeUsagePolicyTests
{
    private const string Bf = "http://id.loc.gov/ontologies/bibframe/";
    private static readonly BibframeOptions Options = new() { BaseUri = new Uri("http://example.org/"), Clock = new FixedClock(new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.Zero)) };

    private static readonly MarcRecord Record = new(new Leader("00000cam a2200000 i 4500"),
    [
        new ControlField("001", "r1"),
        new DataField("245", '0', '0', new Subfield('a', "T")),
        new DataField("506", ' ', ' ', new Subfield('a', "Open to members only.")),
        new DataField("540", ' ', ' ', new Subfield('a', "CC BY 4.0"), new Subfield('u', "https://creativecommons.org/licenses/by/4.0/")),
        new DataField("540", ' ', ' ', new Subfield('u', "http://rightsstatements.org/vocab/InC/1.0/")),
    ]);

    private static RdfGraph Graph() => new BibframeGraphBuilder(Options).Build(Record, NullDiagnostics.Instance);

    private static IEnumerable<RdfTerm> Objects(RdfGraph g, RdfTerm s, string p) => g.Triples.Where(t => t.Subject.Equals(s) && t.Predicate.Value == p).Select(t => t.Object);

    [Fact]
    public void Access_and_use_policies_hang_on_the_instance_with_label_and_locator()
    {
        var g = Graph();
        var instance = g.Triples.First(t => t.Predicate.Value == Bf + "instanceOf").Subject;
        var policies = Objects(g, instance, Bf + "usageAndAccessPolicy").ToList();
        Assert.Equal(3, policies.Count);
        Assert.Equal([Bf + "AccessPolicy", Bf + "UsePolicy", Bf + "UsePolicy"], policies.Select(p => ((Iri)Objects(g, p, RdfNames.TypeIri.Value).Single()).Value));
        Assert.Equal([new Literal("Open to members only.")], Objects(g, policies[0], "http://www.w3.org/2000/01/rdf-schema#label"));
        Assert.Equal([new Literal("CC BY 4.0")], Objects(g, policies[1], "http://www.w3.org/2000/01/rdf-schema#label"));
        Assert.Equal([new Iri("https://creativecommons.org/licenses/by/4.0/")], Objects(g, policies[1], Bf + "electronicLocator"));
        Assert.Empty(Objects(g, policies[2], "http://www.w3.org/2000/01/rdf-schema#label"));       // a $u alone still gives its policy
        Assert.Equal([new Iri("http://rightsstatements.org/vocab/InC/1.0/")], Objects(g, policies[2], Bf + "electronicLocator"));
    }

    [Fact]
    public void Use_policies_are_read_back_as_rights_and_access_policies_are_not()
    {
        var hub = new BibframeGraphReader(new BibframeGraphIndex(Graph())).Read();
        Assert.Equal(["CC BY 4.0", "https://creativecommons.org/licenses/by/4.0/", "http://rightsstatements.org/vocab/InC/1.0/"], hub.Rights.ToArray());
    }
}
