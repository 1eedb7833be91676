using System.Runtime.CompilerServices;

// The progress display and the runner are internal; their unit tests live in Exporter.Tests.
[assembly: InternalsVisibleTo("Exporter.Tests")]
