using System.Text;
using Exporter.Jobs;

namespace Exporter.Tests.Jobs;

public class Crc32Tests
{
    [Theory]
    [InlineData("", 0x00000000u)]
    [InlineData("a", 0xE8B7BE43u)]
    [InlineData("123456789", 0xCBF43926u)]
    [InlineData("The quick brown fox jumps over the lazy dog", 0x414FA339u)]
    public void Known_check_values(string text, uint expected) => Assert.Equal(expected, Crc32.Update(0, Encoding.ASCII.GetBytes(text)));

    [Fact]
    public void Continuing_over_pieces_equals_one_pass()
    {
        var data = Enumerable.Range(0, 1000).Select(i => (byte)(i * 37)).ToArray();
        var whole = Crc32.Update(0, data);
        for (var cut = 0; cut <= 20; cut++) Assert.Equal(whole, Crc32.Update(Crc32.Update(0, data.AsSpan(0, cut)), data.AsSpan(cut)));
    }
}
