using System.Text;
using Exporter.Formats.Marc.Model;
using static Exporter.Tests.Formats.Marc.Iso2709.RawMarc;

namespace Exporter.Tests.Formats.Marc.Iso2709;

/// <summary>
/// One broken record per structural defect, each made from <see cref="RawMarc.Simple"/> or built by hand, with the
/// diagnostic code it must raise. Strict reading rejects every one; permissive reading repairs it.
/// </summary>
internal static class Iso2709DefectCases
{
    public static readonly Dictionary<string, (Func<byte[]> Bytes, string Code)> Repairable = new()
    {
        ["record_length_wrong"] = (() => Patch(Simple(), 0, "00999"), MarcDiagnosticCodes.RecordLengthMismatch),
        ["record_length_not_numeric"] = (() => Patch(Simple(), 0, "00x99"), MarcDiagnosticCodes.RecordLengthNotNumeric),
        ["base_address_wrong"] = (() => Patch(Simple(), 12, "00050"), MarcDiagnosticCodes.BadBaseAddress),
        ["record_terminator_missing"] = (() => Simple()[..^1], MarcDiagnosticCodes.MissingRecordTerminator),
        ["directory_points_past_data"] = (() => Patch(Simple(), 24 + 12 + 7, "00900"), MarcDiagnosticCodes.DirectoryEntryMismatch),
        ["field_length_too_short"] = (() => Patch(Simple(), 24 + 12 + 3, "0005"), MarcDiagnosticCodes.DirectoryEntryMismatch),
        ["directory_entry_not_numeric"] = (() => Patch(Simple(), 24 + 3, "00x5"), MarcDiagnosticCodes.DirectoryEntryNotNumeric),
        ["directory_not_multiple_of_12"] = (DirectoryWithStrayByte, MarcDiagnosticCodes.DirectoryLength),
        ["indicator_control_byte"] = (() => Build(Utf8Leader, ("001", "x"), ("245", "1\u0007" + Sf + "aT")), MarcDiagnosticCodes.BadIndicator),
        ["indicators_missing"] = (() => Build(Utf8Leader, ("001", "x"), ("245", Sf + "aT")), MarcDiagnosticCodes.BadIndicator),
        ["subfield_code_control_byte"] = (() => Build(Utf8Leader, ("001", "x"), ("245", "10" + Sf + "\u0001T")), MarcDiagnosticCodes.BadSubfieldCode),
        ["subfield_delimiter_alone"] = (() => Build(Utf8Leader, ("001", "x"), ("245", "10" + Sf + "aT" + Sf)), MarcDiagnosticCodes.BadSubfieldCode),
        ["data_before_first_subfield"] = (() => Build(Utf8Leader, ("001", "x"), ("245", "10\\" + Sf + "aT")), MarcDiagnosticCodes.DataBeforeFirstSubfield),
        ["invalid_utf8"] = (InvalidUtf8, MarcDiagnosticCodes.InvalidUtf8),
        ["leader_not_ascii"] = (() => Simple().Select((b, i) => i == 22 ? (byte)0xC3 : b).ToArray(), MarcDiagnosticCodes.LeaderNotAscii),
        ["indicator_count_3"] = (() => Build("00000nam a3200000 a 4500", ("001", "x"), ("245", "100" + Sf + "aT")), MarcDiagnosticCodes.NonStandardCounts),
        ["tag_control_byte"] = (() => Build(Utf8Leader, ("001", "x"), ("2\u00015", "10" + Sf + "aT")), MarcDiagnosticCodes.BadTag),
    };

    public static TheoryData<string> RepairableNames() => [.. Repairable.Keys];

    private static byte[] DirectoryWithStrayByte()
    {
        // one extra '0' at the end of the directory; base address and record length account for it
        var good = Simple();
        var baseAddress = int.Parse(Encoding.ASCII.GetString(good, 12, 5), System.Globalization.CultureInfo.InvariantCulture);
        byte[] bytes = [.. good[..(baseAddress - 1)], (byte)'0', .. good[(baseAddress - 1)..]];
        return Patch(Patch(bytes, 0, (good.Length + 1).ToString("D5", System.Globalization.CultureInfo.InvariantCulture)), 12,
            (baseAddress + 1).ToString("D5", System.Globalization.CultureInfo.InvariantCulture));
    }

    private static byte[] InvalidUtf8() =>
        Build(Utf8Leader, [("001", "x"u8.ToArray()), ("245", [.. "10"u8, 0x1F, (byte)'a', (byte)'T', 0xE9, (byte)'t', (byte)'e'])]);
}
