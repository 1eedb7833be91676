using Exporter.Diagnostics;
using Exporter.Formats.Marc.Iso2709;
using Exporter.Formats.Marc.Model;

namespace Exporter.Tests.Fuzz;

/// <summary>Lengths and offsets declared by the input never drive allocations beyond the input itself.</summary>
public sealed class DeclaredLengthTests
{
    /// <summary>A 30-byte record: leader declaring 99999 bytes and a 99999 base address, one directory entry, a terminator.</summary>
    private static readonly byte[] HugeLeader = FuzzMutator.Ascii("99999nam  2299999 a 4500\u001e\u001e\u001e\u001e\u001e\u001d");

    [Fact]
    public void Leader_length_99999_on_a_30_byte_input_allocates_about_the_input()
    {
        Assert.Equal(30, HugeLeader.Length);
        var allocated = Allocated(() =>
        {
            var result = Assert.Single(new Iso2709Reader(new MemoryStream(HugeLeader)).ReadAll().ToList());
            Assert.True(result.IsRejected);
            Assert.Contains(result.Diagnostics, d => d.Severity == Severity.Error && d.RecordIndex == 0 && d.ByteOffset is not null);
            Assert.Equal(HugeLeader, result.RawBytes);
        });

        // the framer's fixed 64 KiB read buffer plus small change; 99,999 bytes would show
        Assert.True(allocated < 96 * 1024, $"allocated {allocated} bytes");
    }

    [Theory]
    [InlineData("9999", "99999")]
    [InlineData("0000", "00000")]
    [InlineData("abcd", "efghi")]
    public void Directory_lengths_and_offsets_beyond_the_record_are_errors(string length, string start)
    {
        var bytes = FuzzMutator.Ascii($"00048nam  2200037 a 4500245{length}{start}\u001e10\u001faTitle\u001e\u001d");
        var allocated = Allocated(() =>
        {
            var result = Assert.Single(new Iso2709Reader(new MemoryStream(bytes)).ReadAll().ToList());
            Assert.True(result.IsRejected);
            Assert.Contains(result.Diagnostics, d => d.Severity == Severity.Error && d.Code.StartsWith("MARC", StringComparison.Ordinal));
        });
        Assert.True(allocated < 96 * 1024, $"allocated {allocated} bytes");
    }

    [Fact]
    public void A_segment_without_terminator_is_cut_at_MaxRecordBytes_and_memory_stays_bounded()
    {
        var options = new Iso2709ReaderOptions { MaxRecordBytes = 4096 };
        var input = new byte[4 << 20];
        Array.Fill(input, (byte)'7');
        var allocated = Allocated(() =>
        {
            var results = new Iso2709Reader(new MemoryStream(input), options).ReadAll().ToList();
            var first = results[0];
            Assert.True(first.IsRejected);
            var d = Assert.Single(first.Diagnostics, d => d.Code == MarcDiagnosticCodes.RecordTooLarge);
            Assert.Contains("MaxRecordBytes", d.Message, StringComparison.Ordinal);
            Assert.Equal(4096, first.RawBytes!.Length);
        });
        Assert.True(allocated < 1 << 20, $"allocated {allocated} bytes for a 4 MiB input with 4 KiB records");
    }

    private static long Allocated(Action action)
    {
        var before = GC.GetAllocatedBytesForCurrentThread();
        action();
        return GC.GetAllocatedBytesForCurrentThread() - before;
    }
}
