using System.Buffers.Binary;

namespace Exporter.Jobs;

/// <summary>
/// What stat(2) says of a file: its identity (device and inode, the same for every path, hard link or symlink that
/// reaches it), type, mode and owner. Null where the file does not exist or the platform is not Linux.
/// </summary>
internal sealed record UnixFileStatus(UnixFileKind Kind, ulong Device, ulong Inode, UnixFileMode Mode, uint Owner, uint Group)
{
    /// <summary>The status of <paramref name="path"/>, following symlinks unless <paramref name="followLinks"/> is false.</summary>
    public static UnixFileStatus? Of(string path, bool followLinks = true) =>
        OperatingSystem.IsLinux() ? Stat(UnixNative.AtFdCwd, path, followLinks ? 0 : UnixNative.AtSymlinkNoFollow) : null;

    /// <summary>The status of an open file descriptor (0 standard input, 1 standard output).</summary>
    public static UnixFileStatus? OfDescriptor(int fd) =>
        OperatingSystem.IsLinux() ? Stat(fd, "", UnixNative.AtEmptyPath) : null;

    /// <summary>True when both are the same file (device and inode).</summary>
    public bool SameFileAs(UnixFileStatus other) => Device == other.Device && Inode == other.Inode;

    /// <summary>True for /dev/null (character device 1:3), which any number of outputs may share.</summary>
    public bool IsNullDevice { get; init; }

    private static UnixFileStatus? Stat(int dirfd, string path, int flags)
    {
        var buffer = new byte[UnixNative.StatxSize];
        if (UnixNative.Statx(dirfd, path, flags, UnixNative.StatxBasicStats, buffer) != 0) return null;
        var span = buffer.AsSpan();
        var mode = BinaryPrimitives.ReadUInt16LittleEndian(span[28..]);
        var kind = (mode & 0xF000) switch
        {
            0x8000 => UnixFileKind.Regular,
            0x4000 => UnixFileKind.Directory,
            0x2000 => UnixFileKind.CharacterDevice,
            0x6000 => UnixFileKind.BlockDevice,
            0x1000 => UnixFileKind.Fifo,
            0xC000 => UnixFileKind.Socket,
            0xA000 => UnixFileKind.SymbolicLink,
            _ => UnixFileKind.Other,
        };
        var rdevMajor = BinaryPrimitives.ReadUInt32LittleEndian(span[128..]);
        var rdevMinor = BinaryPrimitives.ReadUInt32LittleEndian(span[132..]);
        var device = ((ulong)BinaryPrimitives.ReadUInt32LittleEndian(span[136..]) << 32) | BinaryPrimitives.ReadUInt32LittleEndian(span[140..]);
        return new UnixFileStatus(
            kind,
            device,
            BinaryPrimitives.ReadUInt64LittleEndian(span[32..]),
            (UnixFileMode)(mode & 0xFFF),
            BinaryPrimitives.ReadUInt32LittleEndian(span[20..]),
            BinaryPrimitives.ReadUInt32LittleEndian(span[24..]))
        {
            IsNullDevice = kind == UnixFileKind.CharacterDevice && rdevMajor == 1 && rdevMinor == 3,
        };
    }
}
