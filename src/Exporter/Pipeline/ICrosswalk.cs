using Exporter.Diagnostics;
using Exporter.Model;

namespace Exporter.Pipeline;

/// <summary>Maps a format's own model to and from the hub, both directions in one class.</summary>
public interface ICrosswalk<TFormat>
{
    /// <summary>Hub to format model.</summary>
    TFormat FromCatalog(CatalogRecord record, IDiagnostics diagnostics);

    /// <summary>Format model to hub.</summary>
    CatalogRecord ToCatalog(TFormat record, IDiagnostics diagnostics);
}
