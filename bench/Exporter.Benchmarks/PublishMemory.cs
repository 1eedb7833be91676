using System.Diagnostics;
using System.Globalization;
using Exporter.Diagnostics;
using Exporter.Pipeline;
using Exporter.Publishing;

namespace Exporter.Benchmarks;

/// <summary>
/// What a publish run holds as it goes (issue #16: flat memory at a million records). Runs <see cref="PublishJob"/>
/// in this process on one input and, each time another <c>every</c> records are through, forces a full blocking
/// collection and prints the live managed heap (<see cref="GC.GetTotalMemory(bool)"/>), the GC's heap and
/// fragmentation after that collection, the memory the GC holds committed, the process's resident set, and the wall
/// and CPU (user + system) seconds since the run started, so that a long run's rate can be read off. A live heap
/// that grows with the records read is held data (a leak or an in-memory list); a flat live heap under a growing
/// resident set is the GC's own sizing. The forced collections change the run's timing: use it for memory only
/// (bench/publish.sh and bench/scale.sh give the times). Not part of any test.
/// </summary>
internal static class PublishMemory
{
    public static int Run(string input, string site, IReadOnlyList<string> alternates, long every)
    {
        var registry = FormatRegistry.CreateDefault();
        var observer = new Sampler(every);
        Console.WriteLine("records\tlive MB\theap MB\tfragmented MB\tcommitted MB\tRSS MB\tgen2 collections\twall s\tCPU s");
        observer.Sample(0);
        var result = new PublishJob(registry).Run(new PublishJobOptions
        {
            Inputs = [input],
            Site = site,
            Publish = new PublishOptions { BaseUrl = new Uri("https://library.example.net/"), Alternates = alternates },
            Write = new WriteOptions { BaseUri = new Uri("https://library.example.net/"), Clock = new FixedClock(DateTimeOffset.UnixEpoch) },
        }, observer);
        observer.Sample(result.Summary.Read);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"read {result.Summary.Read}, written {result.Summary.Written}, rejected {result.Summary.Rejected}"));
        return 0;
    }

    private sealed class Sampler(long every) : IConversionObserver
    {
        private readonly long _every = every;
        private readonly Stopwatch _wall = Stopwatch.StartNew();
        private long _next = every;

        public void OnDiagnostic(Diagnostic diagnostic)
        {
        }

        public void OnRejected(RecordSource source, IReadOnlyList<Diagnostic> diagnostics)
        {
        }

        public void OnProgress(long records, long bytes)
        {
            if (records < _next) return;
            _next = (records / _every + 1) * _every;
            Sample(records);
        }

        public void Sample(long records)
        {
            var live = GC.GetTotalMemory(forceFullCollection: true);
            var info = GC.GetGCMemoryInfo(GCKind.FullBlocking);
            using var self = Process.GetCurrentProcess();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{records}\t{MB(live)}\t{MB(info.HeapSizeBytes)}\t{MB(info.FragmentedBytes)}\t{MB(info.TotalCommittedBytes)}\t{MB(self.WorkingSet64)}\t{GC.CollectionCount(2)}\t{_wall.Elapsed.TotalSeconds:F0}\t{self.TotalProcessorTime.TotalSeconds:F0}"));
        }

        private static string MB(long bytes) => (bytes / 1048576.0).ToString("F1", CultureInfo.InvariantCulture);
    }
}
