using Exporter.Diagnostics;
using Exporter.Jobs;

namespace Exporter.Tests.Jobs;

public class JobEndTests
{
    [Fact]
    public void A_body_that_returns_says_how_it_ended()
    {
        var stop = new Diagnostic("MARC0012", Severity.Error, "bad record") { RecordIndex = 3 };
        Assert.Equal(new JobEnd(JobOutcome.Stopped, stop), JobEnd.Catching(() => new JobEnd(JobOutcome.Stopped, stop)));
        Assert.Equal(JobOutcome.Completed, JobEnd.Catching(() => new JobEnd(JobOutcome.Completed)).Outcome);
    }

    [Fact]
    public void A_cancellation_is_an_interruption_kept_to_be_rethrown()
    {
        var end = JobEnd.Catching(() => throw new OperationCanceledException("Ctrl-C"));
        Assert.Equal(JobOutcome.Interrupted, end.Outcome);
        Assert.Null(end.StoppedBy);
        Assert.Equal("Ctrl-C", Assert.Throws<OperationCanceledException>(() => end.Failure!.Throw()).Message);
    }

    [Theory]
    [InlineData(typeof(IOException))]
    [InlineData(typeof(UnauthorizedAccessException))]
    public void An_io_or_access_error_is_a_failure_kept_to_be_rethrown(Type error)
    {
        var end = JobEnd.Catching(() => throw (Exception)Activator.CreateInstance(error, "disk full")!);
        Assert.Equal(JobOutcome.Failed, end.Outcome);
        Assert.IsType(error, end.Failure!.SourceException);
    }

    [Fact]
    public void Any_other_exception_is_no_end_of_a_run_and_goes_up()
    {
        Assert.Throws<InvalidOperationException>(() => JobEnd.Catching(() => throw new InvalidOperationException("bug")));
        Assert.Throws<ExporterException>(() => JobEnd.Catching(() => throw new ExporterException(new Diagnostic("CLI0009", Severity.Error, "no input"))));
    }
}
