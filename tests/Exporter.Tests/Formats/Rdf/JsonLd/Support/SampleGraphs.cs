using Exporter.Formats.Rdf;

namespace Exporter.Tests.Formats.Rdf.JsonLd.Support;

/// <summary>Hand-built graphs in the shape of docs/crosswalks.md section 4.4 (the CX7118 sample).</summary>
public static class SampleGraphs
{
    public const string S = "https://schema.org/";
    public const string Xsd = "http://www.w3.org/2001/XMLSchema#";
    public const string RdfType = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type";
    public const string RecordIri = "https://catalog.example.org/record/CX7118";

    public static Iri I(string value) => new(value);

    public static Iri P(string local) => new(S + local);

    /// <summary>Work + Edition + agent + publisher + identifier + a review whose author is a blank node + two chapters.</summary>
    public static RdfGraph CX7118()
    {
        var g = new RdfGraph();
        var work = I(RecordIri + "#work");
        var edition = I(RecordIri + "#edition");
        var agent = I(RecordIri + "#agent-1");
        var publisher = I(RecordIri + "#publisher");
        g.Add(work, I(RdfType), P("Book"));
        g.Add(work, P("name"), new Literal("From Lenin to Stalin"));
        g.Add(work, P("author"), agent);
        g.Add(work, P("datePublished"), new Literal("1937", Xsd + "gYear"));
        g.Add(work, P("workExample"), edition);
        g.Add(edition, I(RdfType), P("Book"));
        g.Add(edition, P("exampleOfWork"), work);
        g.Add(edition, P("publisher"), publisher);
        g.Add(edition, P("datePublished"), new Literal("1973", Xsd + "gYear"));
        g.Add(edition, P("numberOfPages"), new Literal("160", Xsd + "integer"));
        g.Add(edition, P("inLanguage"), new Literal("en"));
        var identifier = new BlankNode("id");
        g.Add(edition, P("identifier"), identifier);
        g.Add(identifier, I(RdfType), P("PropertyValue"));
        g.Add(identifier, P("propertyID"), new Literal("https://catalog.example.org/ns#cxNumber"));
        g.Add(identifier, P("value"), new Literal("CX7118"));
        g.Add(edition, P("url"), I(RecordIri));
        var review = I(RecordIri + "#review-1");
        g.Add(edition, P("review"), review);
        g.Add(review, I(RdfType), P("Review"));
        var reviewer = new BlankNode("reviewer");
        g.Add(review, P("author"), reviewer);
        g.Add(reviewer, I(RdfType), P("Person"));
        g.Add(reviewer, P("name"), new Literal("Ulli Diemer"));
        g.Add(review, P("reviewBody"), new Literal("First paragraph.\n\nSecond \"quoted\" paragraph."));
        g.Add(edition, P("hasPart"), I(RecordIri + "#part-1"));
        g.Add(edition, P("hasPart"), I(RecordIri + "#part-2"));
        g.Add(I(RecordIri + "#part-1"), I(RdfType), P("Chapter"));
        g.Add(I(RecordIri + "#part-1"), P("name"), new Literal("The Revolution", null, "en"));
        g.Add(I(RecordIri + "#part-1"), P("position"), new Literal("1", Xsd + "integer"));
        g.Add(I(RecordIri + "#part-2"), I(RdfType), P("Chapter"));
        g.Add(I(RecordIri + "#part-2"), P("position"), new Literal("2", Xsd + "integer"));
        g.Add(agent, I(RdfType), P("Person"));
        g.Add(agent, P("name"), new Literal("Victor Serge"));
        g.Add(agent, P("familyName"), new Literal("Serge"));
        g.Add(publisher, I(RdfType), P("Organization"));
        g.Add(publisher, P("name"), new Literal("Monad Press"));
        return g;
    }
}
