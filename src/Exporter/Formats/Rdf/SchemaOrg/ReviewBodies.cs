namespace Exporter.Formats.Rdf.SchemaOrg;

/// <summary>A review's paragraphs are its reviewBody split at blank lines ("\n\n").</summary>
internal static class ReviewBodies
{
    public static string[] Split(string body) => body.Split("\n\n");
}
