namespace Exporter.Formats.Marc.Marc8;

/// <summary>The verdict of <see cref="Marc8Detector.Detect"/>: encoding, confidence in 0..1, and why.</summary>
internal readonly record struct Marc8Detection(Marc8DetectedEncoding Encoding, double Confidence, string Reason);
