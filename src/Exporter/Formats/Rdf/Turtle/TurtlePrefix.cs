namespace Exporter.Formats.Rdf.Turtle;

/// <summary>A prefix declaration: <c>@prefix Name: &lt;Namespace&gt; .</c></summary>
public sealed record TurtlePrefix(string Name, string Namespace);
