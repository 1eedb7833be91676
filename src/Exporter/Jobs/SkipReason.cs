namespace Exporter.Jobs;

/// <summary>Why an entry inside a directory input was not read.</summary>
public enum SkipReason
{
    /// <summary>A file whose extension no readable format claims (no --from).</summary>
    UnknownFormat,

    /// <summary>With --from: a file whose extension is not that format's and whose content does not look like it.</summary>
    NotOfGivenFormat,

    /// <summary>A file or folder whose name starts with a dot.</summary>
    Hidden,

    /// <summary>A symbolic link to a folder: not followed, so that a link loop cannot repeat the tree.</summary>
    FolderLink,
}
