namespace Exporter.Formats.Marc.Xml;

/// <summary>
/// The character rules of MARC21slim.xsd (leader, tags, indicators, subfield codes), so that writers can tell what the
/// schema refuses before they write it. Each test is the schema's own pattern, position by position.
/// </summary>
internal static class MarcXmlSchema
{
    /// <summary>
    /// True when <paramref name="c"/> fits leader position <paramref name="position"/> of the schema's
    /// <c>leaderDataType</c> alone (20-23 must in addition be "4500" or four blanks together: <see cref="IsLeader"/>).
    /// </summary>
    public static bool FitsLeaderPosition(int position, char c) => position switch
    {
        < 5 or (>= 12 and < 17) => c == ' ' || char.IsAsciiDigit(c),
        6 => char.IsAsciiLetterOrDigit(c),
        10 or 11 => c is '2' or ' ',
        >= 20 => c is '4' or '5' or '0' or ' ',
        _ => c == ' ' || char.IsAsciiLetterOrDigit(c),
    };

    /// <summary>True when the schema accepts <paramref name="leader"/>.</summary>
    public static bool IsLeader(ReadOnlySpan<char> leader)
    {
        if (leader.Length != 24) return false;
        for (var i = 0; i < 20; i++)
        {
            if (!FitsLeaderPosition(i, leader[i])) return false;
        }

        return leader[20..] is "4500" or "    ";
    }

    /// <summary>True when the schema accepts <paramref name="tag"/> on a <c>controlfield</c> (<c>00[1-9A-Za-z]</c>).</summary>
    public static bool IsControlTag(ReadOnlySpan<char> tag) =>
        tag.Length == 3 && tag[0] == '0' && tag[1] == '0' && tag[2] != '0' && char.IsAsciiLetterOrDigit(tag[2]);

    /// <summary>
    /// True when the schema accepts <paramref name="tag"/> on a <c>datafield</c>: three digits or letters of one case,
    /// not starting with "00".
    /// </summary>
    public static bool IsDataTag(ReadOnlySpan<char> tag)
    {
        if (tag.Length != 3 || (tag[0] == '0' && tag[1] == '0')) return false;
        var upper = true;
        var lower = true;
        foreach (var c in tag)
        {
            upper &= char.IsAsciiDigit(c) || char.IsAsciiLetterUpper(c);
            lower &= char.IsAsciiDigit(c) || char.IsAsciiLetterLower(c);
        }

        return upper || lower;
    }

    /// <summary>True when the schema accepts <paramref name="c"/> as an indicator (<c>[0-9a-z ]</c>).</summary>
    public static bool IsIndicator(char c) => c == ' ' || char.IsAsciiDigit(c) || char.IsAsciiLetterLower(c);

    /// <summary>True when the schema accepts <paramref name="c"/> as a subfield code: ASCII letters, digits and punctuation but '@' and '|'.</summary>
    public static bool IsSubfieldCode(char c) => c is > ' ' and < '\u007F' and not '@' and not '|';
}
