namespace Exporter.Jobs;

/// <summary>The type of a file as stat(2) tells it (S_IFMT).</summary>
internal enum UnixFileKind
{
    Other,
    Regular,
    Directory,
    CharacterDevice,
    BlockDevice,
    Fifo,
    Socket,
    SymbolicLink,
}
