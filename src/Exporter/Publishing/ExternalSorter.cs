using System.Text;

namespace Exporter.Publishing;

/// <summary>
/// Sorts lines in ordinal order with bounded memory: lines are held until <c>runLength</c> of them are, then sorted
/// and written to a run file in <c>folder</c>; <see cref="Sorted"/> merges the runs (or sorts in memory when there was
/// only ever one run's worth). Lines must hold no line break.
/// </summary>
internal sealed class ExternalSorter(string folder, string name, int runLength = 50_000) : IDisposable
{
    private static readonly UTF8Encoding Utf8 = new(false);
    private readonly List<string> _held = [];
    private readonly List<string> _runs = [];

    /// <summary>Lines added so far.</summary>
    public long Count { get; private set; }

    public void Add(string line)
    {
        _held.Add(line);
        Count++;
        if (_held.Count >= runLength) Spill();
    }

    /// <summary>Every line added, in ordinal order; read once.</summary>
    public IEnumerable<string> Sorted()
    {
        if (_runs.Count == 0)
        {
            _held.Sort(StringComparer.Ordinal);
            foreach (var line in _held) yield return line;
            yield break;
        }

        Spill();
        var readers = _runs.Select(r => new StreamReader(r, Utf8)).ToList();
        try
        {
            var queue = new PriorityQueue<int, string>(StringComparer.Ordinal);
            var current = new string?[readers.Count];
            for (var i = 0; i < readers.Count; i++) Advance(readers, current, queue, i);
            while (queue.TryDequeue(out var i, out _))
            {
                yield return current[i]!;
                Advance(readers, current, queue, i);
            }
        }
        finally
        {
            foreach (var r in readers) r.Dispose();
        }
    }

    public void Dispose()
    {
        foreach (var run in _runs)
        {
            try
            {
                File.Delete(run);
            }
            catch (IOException)
            {
            }
        }
    }

    private static void Advance(List<StreamReader> readers, string?[] current, PriorityQueue<int, string> queue, int i)
    {
        current[i] = readers[i].ReadLine();
        if (current[i] is { } line) queue.Enqueue(i, line);
    }

    private void Spill()
    {
        if (_held.Count == 0) return;
        _held.Sort(StringComparer.Ordinal);
        var path = Path.Combine(folder, name + "-" + _runs.Count.ToString(System.Globalization.CultureInfo.InvariantCulture) + ".run");
        using (var w = new StreamWriter(path, false, Utf8, 1 << 16))
        {
            foreach (var line in _held)
            {
                w.Write(line);
                w.Write('\n');
            }
        }

        _runs.Add(path);
        _held.Clear();
    }
}
