using Exporter.Diagnostics;

namespace Exporter.Pipeline;

/// <summary>
/// Damage at which an input's bytes read as ended (a cut or corrupt gzip stream): why, and whether it cut the data, so
/// that the last record framed may be incomplete. The converter stops there, with that record kept as rejected.
/// </summary>
internal sealed record InputDamage(Diagnostic Diagnostic, bool CutsLastRecord);
