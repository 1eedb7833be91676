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
            Assert.Matches(@"^\.out\.xml\.exporter-[0-9a-f]{16}\.tmp$", temporary);
            output.Commit();
        }

        Assert.Equal(["out.xml"], dir.Files());
        Assert.Equal("abc", File.ReadAllText(dir.File("out.xml")));
    }

    [Fact]
    public void Two_outputs_of_one_path_in_one_process_never_share_a_temporary_file()
    {
        using var dir = new TempDir();
        using var a = AtomicOutput.Open(dir.File("out.xml"));
        using var b = AtomicOutput.Open(dir.File("out.xml"));
        a.Stream.Write("a"u8);
        b.Stream.Write("b"u8);

        Assert.NotEqual(a.TemporaryPath, b.TemporaryPath);
        a.Commit();
        Assert.Equal("a", File.ReadAllText(dir.File("out.xml")));
        b.Commit();
        Assert.Equal("b", File.ReadAllText(dir.File("out.xml")));
        Assert.Equal(["out.xml"], dir.Files());
    }

    [Fact]
    public void A_stale_temporary_file_is_removed_by_the_next_open_but_a_live_one_is_not()
    {
        using var dir = new TempDir();
        var stale = dir.File(".out.xml.exporter-0123456789abcdef.tmp");
        File.WriteAllText(stale, "left by a killed run");
        File.WriteAllText(dir.File(".out.xml.exporter-notours.tmp"), "not of the pattern");
        using var live = AtomicOutput.Open(dir.File("out.xml"));
        Assert.False(File.Exists(stale));

        using var second = AtomicOutput.Open(dir.File("out.xml"));
        Assert.True(File.Exists(live.TemporaryPath), "a live run's temporary file was cleaned up");
        Assert.Contains(".out.xml.exporter-notours.tmp", dir.Files());
    }

    [Fact]
    public void Publish_then_restore_puts_the_previous_file_back_and_finish_drops_it()
    {
        using var dir = new TempDir();
        File.WriteAllText(dir.File("a.xml"), "old a");
        File.WriteAllText(dir.File("b.xml"), "old b");
        using (var a = AtomicOutput.Open(dir.File("a.xml")))
        {
            a.Stream.Write("new a"u8);
            a.Publish();
            Assert.Equal("new a", File.ReadAllText(dir.File("a.xml")));
            a.Restore();
        }

        using (var b = AtomicOutput.Open(dir.File("b.xml")))
        {
            b.Stream.Write("new b"u8);
            b.Publish();
            b.Finish();
        }

        Assert.Equal("old a", File.ReadAllText(dir.File("a.xml")));
        Assert.Equal("new b", File.ReadAllText(dir.File("b.xml")));
        Assert.Equal(["a.xml", "b.xml"], dir.Files());
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
