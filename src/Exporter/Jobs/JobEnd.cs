using System.Runtime.ExceptionServices;
using Exporter.Diagnostics;

namespace Exporter.Jobs;

/// <summary>
/// How the conversion part of a run ended, before its outputs are settled (<see cref="JobOutputs.Complete"/>): the
/// outcome, the diagnostic a stopped run stopped at, and the exception to rethrow once the outputs are settled.
/// </summary>
internal sealed record JobEnd(JobOutcome Outcome, Diagnostic? StoppedBy = null, ExceptionDispatchInfo? Failure = null)
{
    /// <summary>
    /// Runs <paramref name="body"/>, which says how it ended; when it throws, a cancellation is
    /// <see cref="JobOutcome.Interrupted"/> and an I/O or access error <see cref="JobOutcome.Failed"/>, the exception kept
    /// in <see cref="Failure"/>. Anything else is no end of a run and goes up as it is.
    /// </summary>
    public static JobEnd Catching(Func<JobEnd> body)
    {
        try
        {
            return body();
        }
        catch (OperationCanceledException ex)
        {
            return new JobEnd(JobOutcome.Interrupted, Failure: ExceptionDispatchInfo.Capture(ex));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return new JobEnd(JobOutcome.Failed, Failure: ExceptionDispatchInfo.Capture(ex));
        }
    }
}
