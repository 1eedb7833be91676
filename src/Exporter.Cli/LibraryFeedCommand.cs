using System.CommandLine;
using Exporter.Diagnostics;
using Exporter.Formats.BookFeed;
using Exporter.Jobs;
using Exporter.Pipeline;

namespace Exporter.Cli;

/// <summary><c>exporter libraryfeed</c>: argument parsing and exit codes only; the work is <see cref="LibraryFeedJob"/>.</summary>
internal static class LibraryFeedCommand
{
    /// <summary>The help's closing sections.</summary>
    public const string Epilogue = """
        Examples:
          exporter libraryfeed --library-name "Example Library" --library-url https://library.example.net/ --library-type public --branches branches.tsv -o library.feed.jsonld
          exporter convert catalog.mrc --to bookfeed -o books.feed.jsonld --library-name "Example Library" --library-url https://library.example.net/

        Google asks lenders for two feeds: the book feed (convert --to bookfeed), whose BorrowActions name the
        library system by its --library-url, and this Library feed, which describes that system and its branches.
        Give both the same --library-name and --library-url. SOURCE_DATE_EPOCH fixes the feed's dateModified.

        The branches table is UTF-8, tab-separated, one branch per line after a header naming the columns:
          @id  name  streetAddress  addressLocality  addressRegion  postalCode  addressCountry
        @id (an absolute http(s) URL) and name are required; the address columns as apply (at least one value per
        branch; addressCountry an ISO 3166-1 alpha-2 code such as US).

        Exit codes:
          0    the feed was written
          2    usage error: a missing or bad option, a branches table that cannot be read or is not valid (nothing written)
          3    the output could not be written (no partial file left)
        """;

    public static Command Create()
    {
        var name = new Option<string?>("--library-name") { Description = "name of the library system (as given to convert --to bookfeed)", HelpName = "NAME", Required = true };
        var url = new Option<string?>("--library-url") { Description = "home page of the library system, an absolute http(s) URL: its @id, the book feed's lender @id", HelpName = "URL", Required = true };
        var type = new Option<string?>("--library-type") { Description = "the library type: " + string.Join(", ", LibraryTypes.All), HelpName = "TYPE", Required = true };
        type.CompletionSources.Add([.. LibraryTypes.All]);
        var branches = new Option<string?>("--branches") { Description = "tab-separated table of the system's branches (Library members) and their addresses", HelpName = "FILE", Required = true }
            .NonEmpty("a file name");
        var output = new Option<string?>("--output", "-o") { Description = "output file (- for standard output)", HelpName = "FILE", Required = true }
            .NonEmpty("a file name, or - for standard output");
        var command = new Command("libraryfeed", "write Google's Library feed (the library system and its branches) that goes with the bookfeed output");
        foreach (var o in new Option[] { name, url, type, branches, output }) command.Options.Add(o);
        command.SetAction(r => Run(() =>
        {
            var table = LibraryFeedJob.ReadBranches(r.GetValue(branches)!);
            var file = r.GetValue(output)!;
            LibraryFeedJob.Write(new LibraryFeedOptions
            {
                LibraryName = r.GetValue(name),
                LibraryUrl = r.GetValue(url),
                LibraryType = r.GetValue(type),
                Branches = table,
                Clock = CommonWriteOptions.Clock(),
            }, file);
            return $"wrote the library feed: 1 library system, {table.Count} branch(es)" + (file == "-" ? "" : " to " + file);
        }, UsageErrors.HelpHint(r)));
        return command;
    }

    private static int Run(Func<string> write, string helpHint)
    {
        try
        {
            Console.Error.WriteLine(write());
            return ExitCodes.Ok;
        }
        catch (ExporterException ex)
        {
            return CliErrorExit.Report(ex, ErrorPolicy.Fail, helpHint);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"error IO0001: {ex.Message}; no output written");
            return ExitCodes.Failed;
        }
    }
}
