namespace Exporter.Pipeline;

/// <summary>Stable diagnostic codes of the pipeline itself (not of one format).</summary>
public static class PipelineDiagnosticCodes
{
    /// <summary>A record could not be read (no diagnostic from the reader).</summary>
    public const string RecordUnreadable = "PIPE0001";

    /// <summary>A record was rejected (no error diagnostic from the reader or encoder).</summary>
    public const string RecordRejected = "PIPE0002";

    /// <summary>An internal error while reading or writing one record.</summary>
    public const string Internal = "PIPE0003";

    /// <summary>An input holds no record at all (warning; an empty input still gives valid, empty outputs).</summary>
    public const string NoRecords = "PIPE0004";

    /// <summary>
    /// Reading an input stopped before its end (a syntax error where the format gives no place to resume, input that
    /// is not the format): the run is not complete, whatever the error policy; the unread rest is kept with the rejects.
    /// </summary>
    public const string InputStopped = "PIPE0005";

    /// <summary>
    /// A record has the id of an earlier record of the run (a repeated 001) and a target mints IRIs from ids: its IRIs
    /// get a stable suffix (<see cref="RecordIdRepeat"/>) so that the two records' never collide (warning). Also a record
    /// without id whose IRIs an encoder mints from its content, when an earlier record got the same (the suffix <c>-2</c>, <c>-3</c>...).
    /// </summary>
    public const string RepeatedRecordId = "PIPE0006";
}
