namespace Exporter.Tests.Fuzz;

/// <summary>Every reader on main, by name (the name is also the folder of its regression fixtures).</summary>
public static class FuzzTargets
{
    /// <summary>All targets.</summary>
    public static IReadOnlyList<FuzzTarget> All { get; } =
    [
        MarcFuzzTargets.Iso2709, MarcFuzzTargets.MarcXml, MarcFuzzTargets.Mrk, MarcFuzzTargets.Marc8,
        PipelineFuzzTargets.CatalogText, PipelineFuzzTargets.RecordJson,
        RdfDcFuzzTargets.DublinCore, RdfDcFuzzTargets.JsonLd, RdfDcFuzzTargets.Turtle, RdfDcFuzzTargets.NTriples,
    ];

    /// <summary>Target names for a Theory.</summary>
    public static TheoryData<string> Names() => new(All.Select(t => t.Name));

    /// <summary>The target called <paramref name="name"/>.</summary>
    public static FuzzTarget Get(string name) => All.Single(t => t.Name == name);
}
