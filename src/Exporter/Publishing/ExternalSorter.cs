using System.Text;

namespace Exporter.Publishing;

/// <summary>
/// Sorts lines in ordinal order with bounded memory: lines are held until <c>runLength</c> of them are, then sorted
/// and written to a run file in <c>folder</c>; <see cref="Sorted"/> merges the runs (or sorts in memory when there was
/// only ever one run's worth). At most <c>fanIn</c> runs are read at once: with more (over 3,200,000 lines at the
/// defaults), groups of <c>fanIn</c> are first merged into longer runs, so the open files and read buffers stay the
/// same whatever the number of lines. Equal lines are alike, so where the runs are cut does not change the order.
/// Lines must hold no line break.
/// </summary>
internal sealed class ExternalSorter(string folder, string name, int runLength = 50_000, int fanIn = 64) : IDisposable
{
    private static readonly UTF8Encoding Utf8 = new(false);
    private readonly List<string> _held = [];
    private readonly Queue<string> _runs = [];
    private int _made;

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
        while (_runs.Count > fanIn)
        {
            var group = new List<string>(fanIn);
            while (group.Count < fanIn) group.Add(_runs.Dequeue());
            var merged = NextRunPath();
            using (var w = RunWriter(merged))
            {
                foreach (var line in Merge(group)) Write(w, line);
            }

            foreach (var run in group) Delete(run);
            _runs.Enqueue(merged);
        }

        foreach (var line in Merge([.. _runs])) yield return line;
    }

    public void Dispose()
    {
        foreach (var run in _runs) Delete(run);
    }

    private static IEnumerable<string> Merge(IReadOnlyList<string> runs)
    {
        var readers = runs.Select(r => new StreamReader(r, Utf8)).ToList();
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

    private static void Advance(List<StreamReader> readers, string?[] current, PriorityQueue<int, string> queue, int i)
    {
        current[i] = readers[i].ReadLine();
        if (current[i] is { } line) queue.Enqueue(i, line);
    }

    private void Spill()
    {
        if (_held.Count == 0) return;
        _held.Sort(StringComparer.Ordinal);
        var path = NextRunPath();
        using (var w = RunWriter(path))
        {
            foreach (var line in _held) Write(w, line);
        }

        _runs.Enqueue(path);
        _held.Clear();
    }

    private string NextRunPath() => Path.Combine(folder, name + "-" + (_made++).ToString(System.Globalization.CultureInfo.InvariantCulture) + ".run");

    private static StreamWriter RunWriter(string path) => new(path, false, Utf8, 1 << 16);

    private static void Write(StreamWriter w, string line)
    {
        w.Write(line);
        w.Write('\n');
    }

    private static void Delete(string run)
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
