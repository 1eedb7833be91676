using Exporter.Formats.Marc.Model;

namespace Exporter.Tools.CataloguingAgreement;

/// <summary>One record of the corpus: its file (relative to the corpus root, with '/'), its index there, and its dedup key.</summary>
public sealed record CorpusRecord(string File, long Index, MarcRecord Record, string Key)
{
    /// <summary>"file#index (001)" for examples.</summary>
    public string Label => File + "#" + (Index + 1) + (Record.ControlValue("001") is string id ? " (001 " + id.Trim() + ")" : "");
}
