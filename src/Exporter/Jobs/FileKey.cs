namespace Exporter.Jobs;

/// <summary>What makes two paths the same file: device and inode for an existing file; the folder's device and inode
/// and the name for a file not created yet; the full path where neither can be had.</summary>
internal readonly record struct FileKey(ulong Device, ulong Inode, string? Name);
