using System.Runtime.InteropServices;

namespace Exporter.Publishing;

/// <summary>
/// Swaps two directories in one step with renameat2(2) and RENAME_EXCHANGE (Linux 3.15+, most local file systems),
/// so that the site's path never names nothing or half a site. Elsewhere <see cref="TryExchange"/> says no and the
/// caller falls back to two renames.
/// </summary>
internal static class DirectoryExchange
{
    private const int AtFdCwd = -100;
    private const uint RenameExchange = 2;

    /// <summary>True when the two paths were swapped.</summary>
    public static bool TryExchange(string a, string b)
    {
        if (!OperatingSystem.IsLinux()) return false;
        try
        {
            return Renameat2(AtFdCwd, a, AtFdCwd, b, RenameExchange) == 0;
        }
        catch (Exception ex) when (ex is EntryPointNotFoundException or DllNotFoundException)
        {
            return false;
        }
    }

    [DllImport("libc", EntryPoint = "renameat2", SetLastError = true, CharSet = CharSet.Ansi, BestFitMapping = false, ThrowOnUnmappableChar = true)]
    private static extern int Renameat2(int olddirfd, string oldpath, int newdirfd, string newpath, uint flags);
}
