using System.Collections.Immutable;
using System.Text;
using Exporter.Diagnostics;
using Exporter.Formats.Marc.Model;
using Exporter.Formats.Marc.Xml;

namespace Exporter.Formats.Marc;

/// <summary>
/// The only changes a MARC record gets on its way to MARC output: structural repairs without which the output would be
/// invalid, each reported as a Warning on its record with the field. Every MARC output: leader/10-11 "22" and 20-23
/// "4500" (MARC0305), indicators outside [0-9a-z ] blank (MARC0306). MARCXML in addition, so that every record
/// validates against MARC21slim.xsd: leader characters the schema refuses (00-04 and 12-16 '0', 06 'a', others blank;
/// MARC0305), subfield codes it refuses '?' (MARC0307), data fields without subfields left out (MARC0308), control
/// fields moved before the data fields (MARC0309), fields whose tag it refuses left out (MARC0310). Characters XML 1.0
/// forbids are replaced by the MARCXML writer (MARC0304). A record that needs nothing comes back as the same instance.
/// </summary>
internal static class MarcOutputRepair
{
    private const string StructuralEntryMap = "4500";

    /// <summary>The record as MARC output may carry it; <paramref name="xmlSchema"/> adds the MARCXML schema's rules.</summary>
    public static MarcRecord Repair(MarcRecord record, bool xmlSchema, long index, IDiagnostics diagnostics)
    {
        ArgumentNullException.ThrowIfNull(record);
        var id = record.ControlValue("001");
        var leader = RepairLeader(record.Leader, xmlSchema, index, id, diagnostics);
        var all = record.AllFields;
        ImmutableArray<MarcField>.Builder? fields = null;
        var sawData = false;
        var moved = false;
        for (var i = 0; i < all.Length; i++)
        {
            var field = all[i];
            var repaired = RepairField(field, xmlSchema, index, id, diagnostics);
            if (xmlSchema && repaired is ControlField && sawData) moved = true;
            sawData |= repaired is DataField;
            if (fields is null && !ReferenceEquals(repaired, field))
            {
                fields = ImmutableArray.CreateBuilder<MarcField>(all.Length);
                for (var j = 0; j < i; j++) fields.Add(all[j]);
            }

            if (repaired is not null) fields?.Add(repaired);
        }

        var result = fields?.ToImmutable() ?? all;
        if (moved)
        {
            result = [.. result.Where(f => f is ControlField), .. result.Where(f => f is not ControlField)];
            Report(diagnostics, MarcDiagnosticCodes.XmlControlFieldMoved, "control fields after data fields moved before them (MARCXML's schema order)", index, id, null);
        }

        return ReferenceEquals(leader, record.Leader) && result == all ? record : new MarcRecord(leader, result);
    }

    private static Leader RepairLeader(Leader leader, bool xmlSchema, long index, string? id, IDiagnostics diagnostics)
    {
        var value = leader.Value;
        Span<char> chars = stackalloc char[24];
        value.AsSpan().CopyTo(chars);
        chars[10] = '2';
        chars[11] = '2';
        StructuralEntryMap.AsSpan().CopyTo(chars[20..]);
        if (xmlSchema)
        {
            for (var i = 0; i < 20; i++)
            {
                if (!MarcXmlSchema.FitsLeaderPosition(i, chars[i])) chars[i] = i is < 5 or (>= 12 and < 17) ? '0' : i == 6 ? 'a' : ' ';
            }
        }

        if (value.AsSpan().SequenceEqual(chars)) return leader;
        var positions = new StringBuilder();
        for (var i = 0; i < 24; i++)
        {
            if (value[i] != chars[i]) positions.Append(positions.Length == 0 ? "" : ",").Append(i.ToString("00", System.Globalization.CultureInfo.InvariantCulture));
        }

        var repaired = new string(chars);
        Report(diagnostics, MarcDiagnosticCodes.LeaderRepaired,
            $"leader '{Printable(value)}' cannot be written as it is (positions {positions}); written '{repaired}'", index, id, "LDR");
        return new Leader(repaired);
    }

    /// <summary>The field repaired, the same instance when it needs nothing, or null when MARCXML cannot carry it.</summary>
    private static MarcField? RepairField(MarcField field, bool xmlSchema, long index, string? id, IDiagnostics diagnostics)
    {
        if (field is ControlField control)
        {
            if (!xmlSchema || MarcXmlSchema.IsControlTag(control.Tag)) return field;
            Report(diagnostics, MarcDiagnosticCodes.XmlFieldTagDropped,
                $"control field tag '{Printable(control.Tag)}' is not allowed by MARCXML's schema; field left out: '{Printable(control.Value)}'", index, id, control.Tag);
            return null;
        }

        if (field is not DataField data) return field;
        if (xmlSchema && !MarcXmlSchema.IsDataTag(data.Tag))
        {
            Report(diagnostics, MarcDiagnosticCodes.XmlFieldTagDropped,
                $"data field tag '{Printable(data.Tag)}' is not allowed by MARCXML's schema; field left out: '{Printable(data.ToString())}'", index, id, data.Tag);
            return null;
        }

        if (xmlSchema && data.Subfields.IsEmpty)
        {
            Report(diagnostics, MarcDiagnosticCodes.XmlEmptyDataFieldDropped, "data field without subfields; left out (MARCXML's schema requires a subfield)", index, id, data.Tag);
            return null;
        }

        var result = data;
        if (!MarcXmlSchema.IsIndicator(data.Indicator1) || !MarcXmlSchema.IsIndicator(data.Indicator2))
        {
            var (i1, i2) = (Indicator(data.Indicator1), Indicator(data.Indicator2));
            Report(diagnostics, MarcDiagnosticCodes.IndicatorRepaired,
                $"indicators '{Printable(data.Indicator1.ToString())}{Printable(data.Indicator2.ToString())}' are not [0-9a-z ]; written '{i1}{i2}'", index, id, data.Tag);
            result = result with { Indicator1 = i1, Indicator2 = i2 };
        }

        if (xmlSchema) result = RepairCodes(result, index, id, diagnostics);
        return result;
    }

    private static DataField RepairCodes(DataField data, long index, string? id, IDiagnostics diagnostics)
    {
        var subfields = data.Subfields;
        ImmutableArray<Subfield>.Builder? repaired = null;
        for (var i = 0; i < subfields.Length; i++)
        {
            var s = subfields[i];
            if (!MarcXmlSchema.IsSubfieldCode(s.Code))
            {
                if (repaired is null)
                {
                    repaired = ImmutableArray.CreateBuilder<Subfield>(subfields.Length);
                    for (var j = 0; j < i; j++) repaired.Add(subfields[j]);
                }

                Report(diagnostics, MarcDiagnosticCodes.XmlSubfieldCodeRepaired,
                    $"subfield code U+{(int)s.Code:X4} is not allowed by MARCXML's schema; written '?'", index, id, data.Tag, Printable(s.Code.ToString()));
                s = s with { Code = '?' };
            }

            repaired?.Add(s);
        }

        return repaired is null ? data : data with { Subfields = repaired.MoveToImmutable() };
    }

    private static char Indicator(char c) => MarcXmlSchema.IsIndicator(c) ? c : ' ';

    /// <summary>The text with control characters shown as U+FFFD, for messages.</summary>
    private static string Printable(string s) =>
        s.AsSpan().IndexOfAnyInRange('\0', '\u001F') < 0 ? s : string.Create(s.Length, s, (span, v) =>
        {
            for (var i = 0; i < v.Length; i++) span[i] = v[i] < ' ' ? '\uFFFD' : v[i];
        });

    private static void Report(IDiagnostics diagnostics, string code, string message, long index, string? id, string? field, string? subfield = null) =>
        diagnostics.Report(new Diagnostic(code, Severity.Warning, message) { RecordIndex = index, RecordId = id, Field = field, Subfield = subfield });
}
