using Exporter.Diagnostics;
using Exporter.Formats.Marc.Iso2709;
using Exporter.Formats.Marc.Model;
using Exporter.Formats.Marc.Mrk;
using Exporter.Formats.Marc.Xml;
using Exporter.Tests.Support;

namespace Exporter.Tests.Formats.Marc;

/// <summary>Seeded random damage to real records: readers never throw, every result is a record or a rejection with an error.</summary>
public class MarcFuzzTests
{
    private static readonly byte[] Special = [0x1D, 0x1E, 0x1F, 0x00, 0x1B, 0xC3, 0xFF, (byte)'a', (byte)'0', (byte)' '];

    internal static byte[] Damage(byte[] source, Random rng)
    {
        var bytes = new List<byte>(source);
        var edits = rng.Next(1, 6);
        for (var e = 0; e < edits && bytes.Count > 0; e++)
        {
            var at = rng.Next(bytes.Count);
            switch (rng.Next(4))
            {
                case 0: bytes[at] = Special[rng.Next(Special.Length)]; break;
                case 1: bytes.RemoveAt(at); break;
                case 2: bytes.Insert(at, Special[rng.Next(Special.Length)]); break;
                default: bytes.RemoveRange(at, bytes.Count - at); break;
            }
        }

        return [.. bytes];
    }

    [Fact]
    public void Damaged_iso2709_never_throws_and_every_result_is_accounted_for()
    {
        var source = File.ReadAllBytes(TestEnvironment.Fixture("Marc", "chabon.mrc"));
        var rng = new Random(2709);
        foreach (var strictness in new[] { MarcStrictness.Strict, MarcStrictness.Permissive })
        {
            var options = new Iso2709ReaderOptions { Strictness = strictness, Encoding = Iso2709Encoding.Utf8 };
            for (var i = 0; i < 3_000; i++)
            {
                var bytes = Damage(source, rng);
                foreach (var r in new Iso2709Reader(new MemoryStream(bytes), options).ReadAll())
                {
                    Assert.True(r.IsRejected == r.Diagnostics.Any(d => d.Severity == Severity.Error), $"case {i}: {string.Join("; ", r.Diagnostics)}");
                    if (r.IsRejected) Assert.NotNull(r.RawBytes);
                }
            }
        }
    }

    [Fact]
    public void Damaged_mrk_never_throws()
    {
        var record = new Iso2709Reader(File.OpenRead(TestEnvironment.Fixture("Marc", "chabon.mrc"))).ReadAll().First().Record!;
        var text = System.Text.Encoding.UTF8.GetBytes(MrkWriter.Format(record));
        var rng = new Random(4711);
        for (var i = 0; i < 2_000; i++)
        {
            var damaged = Damage(text, rng);
            foreach (var options in new[] { MrkReaderOptions.Default, new MrkReaderOptions { Strictness = MarcStrictness.Permissive } })
            {
                using var reader = new MrkReader(new MemoryStream(damaged), options);
                foreach (var r in reader.ReadAll())
                {
                    Assert.True(r.IsRejected == r.Diagnostics.Any(d => d.Severity == Severity.Error), $"case {i}");
                }
            }
        }
    }

    [Fact]
    public void Damaged_marcxml_never_throws()
    {
        var xml = File.ReadAllBytes(TestEnvironment.Fixture("Marc", "chabon.xml"));
        var rng = new Random(1999);
        for (var i = 0; i < 2_000; i++)
        {
            var damaged = Damage(xml, rng);
            foreach (var options in new[] { MarcXmlReaderOptions.Default, new MarcXmlReaderOptions { Strictness = MarcStrictness.Permissive } })
            {
                using var reader = new MarcXmlReader(new MemoryStream(damaged), options);
                foreach (var r in reader.ReadAll())
                {
                    Assert.True(r.IsRejected == r.Diagnostics.Any(d => d.Severity == Severity.Error), $"case {i}: {string.Join("; ", r.Diagnostics)}");
                }
            }
        }
    }
}
