using Exporter.Formats.Common.Text;
using Exporter.Tests.Support;

namespace Exporter.Tests.Formats.Marc;

/// <summary>
/// string.Normalize is a no-op when the runtime runs with InvariantGlobalization=true (no ICU). Tests of NFC
/// output skip then locally and fail under CI, so the setting cannot hide the gap.
/// </summary>
internal static class NormalizationSupport
{
    public static bool Available => UnicodeNormalizer.ToNfc("e\u0301") == "\u00E9";

    public static void Require()
    {
        if (Available) return;
        const string why = "string.Normalize is a no-op here (InvariantGlobalization=true in Directory.Build.props): NFC cannot be produced";
        if (TestEnvironment.IsCi) throw new InvalidOperationException(why);
        Skip.If(true, why);
    }
}
