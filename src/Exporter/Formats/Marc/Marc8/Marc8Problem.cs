namespace Exporter.Formats.Marc.Marc8;

/// <summary>A problem met while converting MARC-8: offset in the converted bytes, a stable code and a message.</summary>
public readonly record struct Marc8Problem(int Offset, string Code, string Message);
