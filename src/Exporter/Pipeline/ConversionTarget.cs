namespace Exporter.Pipeline;

/// <summary>One output of a conversion: a format's encoder and the stream it writes to.</summary>
public sealed record ConversionTarget(string FormatName, IRecordEncoder Encoder, Stream Output);
