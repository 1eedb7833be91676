namespace Exporter.Jobs;

/// <summary>An I/O error writing an output, naming the output as the user gave it (never a temporary file).</summary>
public sealed class OutputException : IOException
{
    /// <summary>Creates the error.</summary>
    public OutputException(string output, string message, Exception inner)
        : base(message, inner)
    {
        Output = output;
        HResult = inner.HResult;
    }

    /// <summary>The output's path, or "-" for standard output.</summary>
    public string Output { get; }
}
