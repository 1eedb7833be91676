using Exporter.Formats.Common;

namespace Exporter.Tests.Formats.Common;

public sealed class ByteArrayGrowthTests
{
    [Fact]
    public void Grow_doubles_the_array_when_that_is_room_enough_and_keeps_the_written_bytes()
    {
        var bytes = new byte[] { 1, 2, 3, 4, 5, 6, 7, 8 };
        var before = bytes;
        ByteArrayGrowth.Grow(ref bytes, 5, 4, "test");
        Assert.NotSame(before, bytes);
        Assert.Equal(16, bytes.Length);
        Assert.Equal(new byte[] { 1, 2, 3, 4, 5 }, bytes[..5]);
        Assert.All(bytes[5..], b => Assert.Equal(0, b));
    }

    [Fact]
    public void Grow_makes_just_enough_room_when_doubling_is_not_enough()
    {
        var bytes = new byte[] { 9, 9 };
        ByteArrayGrowth.Grow(ref bytes, 2, 100, "test");
        Assert.Equal(102, bytes.Length);
        Assert.Equal(new byte[] { 9, 9 }, bytes[..2]);
    }

    [Fact]
    public void Grow_refuses_past_the_largest_possible_array_and_names_what_grew()
    {
        var bytes = new byte[4];
        var ex = Assert.Throws<InvalidOperationException>(() => ByteArrayGrowth.Grow(ref bytes, 4, int.MaxValue - 2, "a record's JSON"));
        Assert.Equal("a record's JSON would be larger than the largest possible array", ex.Message);
        Assert.Equal(4, bytes.Length);
    }
}
