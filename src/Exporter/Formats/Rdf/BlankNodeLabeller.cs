using System.Globalization;

namespace Exporter.Formats.Rdf;

/// <summary>
/// Gives the blank nodes of one graph deterministic labels <c>g{ordinal}b{n}</c> in order of first use,
/// so graphs written one after another into one document never share a label.
/// </summary>
internal sealed class BlankNodeLabeller
{
    private readonly Dictionary<BlankNode, string> _labels = [];
    private string _prefix = "g1b";

    /// <summary>Starts a new graph: forgets the old labels.</summary>
    public void Reset(long graphOrdinal)
    {
        _labels.Clear();
        _prefix = "g" + graphOrdinal.ToString(CultureInfo.InvariantCulture) + "b";
    }

    /// <summary>The label of <paramref name="node"/>, minted on first use.</summary>
    public string LabelOf(BlankNode node)
    {
        if (_labels.TryGetValue(node, out var label)) return label;
        label = _prefix + (_labels.Count + 1).ToString(CultureInfo.InvariantCulture);
        _labels.Add(node, label);
        return label;
    }
}
