using System.Buffers;
using System.Text;
using Exporter.Diagnostics;
using Exporter.Formats.BookFeed;

namespace Exporter.Jobs;

/// <summary>
/// <c>exporter libraryfeed</c>: Google's Library feed, written once for a library system (not per record), beside the
/// book feed (<c>convert --to bookfeed</c>) whose lenders it describes (docs/mappings/bookfeed.md, "The Library
/// feed"). The options are checked before the output is opened, and the output is written as convert writes its own:
/// under a temporary name, renamed into place when complete.
/// </summary>
public static class LibraryFeedJob
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>
    /// The branches listed in the tab-separated table at <paramref name="path"/> (UTF-8; the header names the columns:
    /// <c>@id</c>, <c>name</c>, <c>streetAddress</c>, <c>addressLocality</c>, <c>addressRegion</c>, <c>postalCode</c>,
    /// <c>addressCountry</c>). Throws <see cref="ExporterException"/>: CLI0166 for a table the feed cannot take (the line
    /// and the column named), CLI0167 for a file that cannot be read.
    /// </summary>
    public static IReadOnlyList<LibraryBranch> ReadBranches(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        try
        {
            using var reader = new StreamReader(path, StrictUtf8, detectEncodingFromByteOrderMarks: false);
            return LibraryBranchTable.Read(reader, path);
        }
        catch (DecoderFallbackException)
        {
            throw new ExporterException(new Diagnostic(BookFeedDiagnosticCodes.InvalidBranches, Severity.Error, $"branches table {path} is not UTF-8 text"));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new ExporterException(new Diagnostic(BookFeedDiagnosticCodes.UnreadableBranches, Severity.Error, $"cannot read the branches table {path}: {ex.Message}"));
        }
    }

    /// <summary>
    /// Writes the Library feed of <paramref name="options"/> to <paramref name="output"/> ("-" for standard output).
    /// Throws <see cref="ExporterException"/> (CLI0160, CLI0161, CLI0165, CLI0166) before opening the output when the
    /// options lack what the feed requires.
    /// </summary>
    public static void Write(LibraryFeedOptions options, string output)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(output);
        var feed = new ArrayBufferWriter<byte>();
        LibraryFeedJson.Write(options, feed);
        using var file = AtomicOutput.Open(output);
        file.Stream.Write(feed.WrittenSpan);
        file.Commit();
    }
}
