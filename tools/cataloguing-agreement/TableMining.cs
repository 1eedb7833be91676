namespace Exporter.Tools.CataloguingAgreement;

/// <summary>Writes the mined tables (filled in below).</summary>
public static class TableMining
{
    public static IEnumerable<string> Run(string corpus, string hand, string tables) => [];
}
