namespace Exporter.Model;

/// <summary>
/// A subject heading. Subdivisions are separated by "--" ("Soviet Union--History--1925-1953"). <see cref="Scheme"/>
/// is a source code such as "lcsh", "mesh", "fast" (null = not specified).
/// </summary>
public sealed record Subject(string Heading, string? Scheme = null, SubjectKind Kind = SubjectKind.Topical);
