using System.Globalization;

namespace Exporter.Formats.Marc.Model;

/// <summary>
/// The 24-character MARC leader with named positions. Immutable: the <c>With*</c> methods return a changed copy.
/// Lengths (00-04) and base address (12-16) are informative only: writers compute them.
/// </summary>
public sealed record Leader
{
    /// <summary>A neutral leader for records built from scratch: lengths zero, UTF-8, 22/4500.</summary>
    public static readonly Leader Default = new("00000nam a2200000   4500");

    /// <summary>The leader used when an input has none (MARCXML may omit it): type/level blank, UTF-8.</summary>
    public static readonly Leader Blank = new("00000    a2200000   4500");

    /// <summary>Creates a leader from exactly 24 characters, each below U+0080.</summary>
    public Leader(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (value.Length != 24) throw new ArgumentException($"a leader has 24 characters, got {value.Length}", nameof(value));
        foreach (var c in value)
        {
            if (c >= 0x80) throw new ArgumentException($"a leader is ASCII, got U+{(int)c:X4}", nameof(value));
        }

        Value = value;
    }

    /// <summary>The 24 characters.</summary>
    public string Value { get; }

    /// <summary>The character at a 0-based position.</summary>
    public char this[int position] => Value[position];

    /// <summary>00-04 record length as written, or null when not numeric.</summary>
    public int? RecordLength => Number(0, 5);

    /// <summary>05 record status (n, c, d, a, p).</summary>
    public char RecordStatus => Value[5];

    /// <summary>06 type of record (a language material, c notated music, ...).</summary>
    public char TypeOfRecord => Value[6];

    /// <summary>07 bibliographic level (m monograph, s serial, ...).</summary>
    public char BibliographicLevel => Value[7];

    /// <summary>08 type of control.</summary>
    public char TypeOfControl => Value[8];

    /// <summary>09 character coding scheme: ' ' MARC-8, 'a' UCS/Unicode (UTF-8).</summary>
    public char CharacterCodingScheme => Value[9];

    /// <summary>10 indicator count (normally '2').</summary>
    public char IndicatorCount => Value[10];

    /// <summary>11 subfield code count (normally '2').</summary>
    public char SubfieldCodeCount => Value[11];

    /// <summary>12-16 base address of data as written, or null when not numeric.</summary>
    public int? BaseAddress => Number(12, 5);

    /// <summary>17 encoding level.</summary>
    public char EncodingLevel => Value[17];

    /// <summary>18 descriptive cataloging form (a AACR2, i ISBD, c ISBD punctuation omitted, ...).</summary>
    public char DescriptiveCatalogingForm => Value[18];

    /// <summary>19 multipart resource record level.</summary>
    public char MultipartResourceRecordLevel => Value[19];

    /// <summary>20-23 entry map (normally "4500").</summary>
    public string EntryMap => Value[20..];

    /// <summary>True when leader/09 says UTF-8.</summary>
    public bool IsUnicode => Value[9] == 'a';

    /// <summary>A copy with one position changed.</summary>
    public Leader With(int position, char value)
    {
        if ((uint)position >= 24) throw new ArgumentOutOfRangeException(nameof(position));
        if (Value[position] == value) return this;
        return new Leader(string.Create(24, (Value, position, value), static (span, s) =>
        {
            s.Value.AsSpan().CopyTo(span);
            span[s.position] = s.value;
        }));
    }

    /// <summary>A copy with 05 changed.</summary>
    public Leader WithRecordStatus(char value) => With(5, value);

    /// <summary>A copy with 06 changed.</summary>
    public Leader WithTypeOfRecord(char value) => With(6, value);

    /// <summary>A copy with 07 changed.</summary>
    public Leader WithBibliographicLevel(char value) => With(7, value);

    /// <summary>A copy with 09 changed.</summary>
    public Leader WithCharacterCodingScheme(char value) => With(9, value);

    /// <summary>A copy with 17 changed.</summary>
    public Leader WithEncodingLevel(char value) => With(17, value);

    /// <summary>A copy with 18 changed.</summary>
    public Leader WithDescriptiveCatalogingForm(char value) => With(18, value);

    /// <summary>A copy with 00-04 and 12-16 set (what a writer does); values must fit 5 digits.</summary>
    public Leader WithLengths(int recordLength, int baseAddress)
    {
        if ((uint)recordLength > 99_999) throw new ArgumentOutOfRangeException(nameof(recordLength));
        if ((uint)baseAddress > 99_999) throw new ArgumentOutOfRangeException(nameof(baseAddress));
        return new Leader(string.Concat(
            recordLength.ToString("D5", CultureInfo.InvariantCulture), Value.AsSpan(5, 7),
            baseAddress.ToString("D5", CultureInfo.InvariantCulture), Value.AsSpan(17)));
    }

    /// <summary>The 24 characters.</summary>
    public override string ToString() => Value;

    private int? Number(int start, int length)
    {
        var n = 0;
        for (var i = start; i < start + length; i++)
        {
            var c = Value[i];
            if (!char.IsAsciiDigit(c)) return null;
            n = (n * 10) + (c - '0');
        }

        return n;
    }
}
