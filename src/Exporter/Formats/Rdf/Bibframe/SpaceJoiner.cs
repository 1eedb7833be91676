using System.Text;
using Exporter.Formats.Marc.Model;

namespace Exporter.Formats.Rdf.Bibframe;

/// <summary>
/// Joins values with one space, each folded (<see cref="BibframeText.Fold"/>), empty ones skipped, without an
/// enumerable of the values (the crosswalk picks subfields in loops) and without a builder for a single value.
/// </summary>
internal struct SpaceJoiner
{
    private string? _first;
    private StringBuilder? _joined;

    /// <summary>Adds a value (folded; nothing when it folds to nothing).</summary>
    public void Add(string value)
    {
        var folded = BibframeText.Fold(value);
        if (folded.Length == 0) return;
        if (_first is null)
        {
            _first = folded;
            return;
        }

        _joined ??= new StringBuilder(_first, Math.Max(_first.Length * 2, 64));
        _joined.Append(' ').Append(folded);
    }

    /// <summary>The values of the subfields <paramref name="first"/>, then those of <paramref name="second"/>, joined.</summary>
    public static string Join(DataField f, char first, char second)
    {
        var joined = new SpaceJoiner();
        foreach (var s in f.Subfields)
        {
            if (s.Code == first) joined.Add(s.Value);
        }

        foreach (var s in f.Subfields)
        {
            if (s.Code == second) joined.Add(s.Value);
        }

        return joined.ToString();
    }

    /// <summary>The values joined, or an empty string.</summary>
    public override readonly string ToString() => _joined?.ToString() ?? _first ?? "";
}
