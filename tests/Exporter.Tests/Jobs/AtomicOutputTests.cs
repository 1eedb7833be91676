using Exporter.Jobs;
using Exporter.Tests.Support;

namespace Exporter.Tests.Jobs;

public class AtomicOutputTests
{
    [Fact]
    public void Writes_under_a_hidden_temporary_name_until_commit_moves_it_into_place()
    {
        using var dir = new TempDir();
        using (var output = AtomicOutput.Open(dir.File("out.xml")))
        {
            output.Stream.Write("abc"u8);
            output.Stream.Flush();
            var temporary = Assert.Single(dir.Files());
            Assert.Equal($".out.xml.{Environment.ProcessId}.tmp", temporary);
            output.Commit();
        }

        Assert.Equal(["out.xml"], dir.Files());
        Assert.Equal("abc", File.ReadAllText(dir.File("out.xml")));
    }

    [Fact]
    public void Disposed_without_commit_it_leaves_nothing_and_keeps_an_older_file()
    {
        using var dir = new TempDir();
        File.WriteAllText(dir.File("out.xml"), "old");
        using (var output = AtomicOutput.Open(dir.File("out.xml")))
        {
            output.Stream.Write(new byte[200_000]);
        }

        Assert.Equal(["out.xml"], dir.Files());
        Assert.Equal("old", File.ReadAllText(dir.File("out.xml")));
    }

    [Fact]
    public void Discard_deletes_the_open_temporary_and_a_later_commit_refuses()
    {
        using var dir = new TempDir();
        using var output = AtomicOutput.Open(dir.File("out.xml"));
        output.Stream.Write(new byte[200_000]);

        Assert.True(output.Discard());
        Assert.Empty(dir.Files());
        Assert.False(output.Discard());
        Assert.Throws<OperationCanceledException>(output.Commit);
        output.Dispose();
        Assert.Empty(dir.Files());
    }

    [Fact]
    public void Discard_after_commit_or_dispose_does_nothing()
    {
        using var dir = new TempDir();
        var committed = AtomicOutput.Open(dir.File("a.xml"));
        committed.Commit();
        var disposed = AtomicOutput.Open(dir.File("b.xml"));
        disposed.Dispose();

        Assert.False(committed.Discard());
        Assert.False(disposed.Discard());
        committed.Dispose();
        Assert.Equal(["a.xml"], dir.Files());
    }
}
