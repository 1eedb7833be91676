using SharpFuzz;

namespace Exporter.Fuzz;

/// <summary>
/// <c>exporter-fuzz TARGET</c>: runs one reader (<see cref="FuzzReaders"/>) on each input AFL++ hands over, out of
/// process (a hang or a stack overflow is AFL's to see). Without AFL it reads standard input once: the replay of one
/// file, <c>exporter-fuzz iso2709 &lt; crash-file</c>.
/// </summary>
internal static class Program
{
    private static int Main(string[] args)
    {
        if (args.Length != 1 || FuzzReaders.Get(args[0]) is not { } read)
        {
            Console.Error.WriteLine($"usage: exporter-fuzz {string.Join('|', FuzzReaders.Names)}  (input on standard input, or run under afl-fuzz)");
            return 2;
        }

        Fuzzer.OutOfProcess.Run(read);
        return 0;
    }
}
