using System.Runtime.InteropServices;

namespace Exporter.Jobs;

/// <summary>The few libc calls .NET has no API for: statx(2) (device, inode, owner), link(2), fchown(2), geteuid(2).
/// Linux only; callers check <see cref="OperatingSystem.IsLinux"/>.</summary>
internal static class UnixNative
{
    public const int AtFdCwd = -100;
    public const int AtSymlinkNoFollow = 0x100;
    public const int AtEmptyPath = 0x1000;
    public const uint StatxBasicStats = 0x7ff;

    /// <summary>Size of struct statx (fixed on every architecture).</summary>
    public const int StatxSize = 256;

    [DllImport("libc", EntryPoint = "statx", SetLastError = true, CharSet = CharSet.Ansi, BestFitMapping = false, ThrowOnUnmappableChar = true)]
    public static extern int Statx(int dirfd, string path, int flags, uint mask, [Out] byte[] buffer);

    [DllImport("libc", EntryPoint = "link", SetLastError = true, CharSet = CharSet.Ansi, BestFitMapping = false, ThrowOnUnmappableChar = true)]
    public static extern int Link(string existing, string created);

    [DllImport("libc", EntryPoint = "fchown", SetLastError = true)]
    public static extern int Fchown(int fd, uint owner, uint group);

    [DllImport("libc", EntryPoint = "geteuid")]
    public static extern uint Geteuid();
}
