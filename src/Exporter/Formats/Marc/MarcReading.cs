using System.Runtime.InteropServices;
using Exporter.Formats.Marc.Crosswalk;
using Exporter.Formats.Marc.Model;
using Exporter.Pipeline;

namespace Exporter.Formats.Marc;

/// <summary>What the three MARC readers share: option mapping and codec results to pipeline results.</summary>
internal static class MarcReading
{
    /// <summary>The pipeline's strictness in the codec's terms.</summary>
    public static MarcStrictness Strictness(ReadOptions options) =>
        options.Strictness == Pipeline.Strictness.Permissive ? MarcStrictness.Permissive : MarcStrictness.Strict;

    /// <summary>The Unicode normalization asked for in <see cref="MarcReadOptions"/> (none by default: pass-through).</summary>
    public static UnicodeNormalization Normalization(ReadOptions options) => options.Formats.Get<MarcReadOptions>().Normalization;

    /// <summary>The crosswalk that makes hub records of what is read (organization code from <see cref="MarcReadOptions"/>).</summary>
    public static MarcCrosswalk Crosswalk(ReadOptions options) => new(read: options.Formats.Get<MarcReadOptions>());

    /// <summary>A codec result as a pipeline result: the MarcRecord as native model, the hub built on demand.</summary>
    public static ReadResult ToReadResult(MarcReadResult result, RecordSource source, MarcCrosswalk crosswalk)
    {
        if (result.Record is null)
        {
            var raw = result.RawBytes is { } bytes ? bytes : source.Raw;
            return ReadResult.Rejected(source with { Raw = raw }, result.Diagnostics, result.RecordId);
        }

        var read = ReadResult.ReadNative(source, result.Record, crosswalk, result.Diagnostics, result.RecordId);
        return result.IsCanonicalIso2709 ? read.MarkRawCanonical() : read;
    }

    /// <summary>The bytes of <paramref name="memory"/> as an array, without copying when it is a whole array.</summary>
    public static byte[] Array(ReadOnlyMemory<byte> memory) =>
        MemoryMarshal.TryGetArray(memory, out var segment) && segment.Offset == 0 && segment.Count == segment.Array!.Length
            ? segment.Array
            : memory.ToArray();
}
