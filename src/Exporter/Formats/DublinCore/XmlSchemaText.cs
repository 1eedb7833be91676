namespace Exporter.Formats.DublinCore;

/// <summary>XML Schema lexical helpers: whitespace collapsing and the xs:language pattern.</summary>
internal static class XmlSchemaText
{
    /// <summary>XML Schema's <c>whiteSpace="collapse"</c>: trims and folds runs of space/tab/CR/LF to one space.</summary>
    public static string Collapse(string value)
    {
        var span = value.AsSpan().Trim(" \t\r\n");
        var needsFold = false;
        for (var i = 0; i < span.Length; i++)
        {
            var c = span[i];
            if (c is '\t' or '\r' or '\n' || (c == ' ' && i + 1 < span.Length && span[i + 1] is ' ' or '\t' or '\r' or '\n'))
            {
                needsFold = true;
                break;
            }
        }

        if (!needsFold) return span.Length == value.Length ? value : span.ToString();
        var chars = new char[span.Length];
        var n = 0;
        var inSpace = false;
        foreach (var c in span)
        {
            if (c is ' ' or '\t' or '\r' or '\n')
            {
                if (!inSpace) chars[n++] = ' ';
                inSpace = true;
            }
            else
            {
                chars[n++] = c;
                inSpace = false;
            }
        }

        return new string(chars, 0, n);
    }

    /// <summary>xs:language: <c>[a-zA-Z]{1,8}(-[a-zA-Z0-9]{1,8})*</c>.</summary>
    public static bool IsLanguage(string value)
    {
        if (value.Length == 0) return false;
        var part = 0;
        var first = true;
        foreach (var c in value)
        {
            if (c == '-')
            {
                if (part == 0) return false;
                part = 0;
                first = false;
                continue;
            }

            var ok = first ? char.IsAsciiLetter(c) : char.IsAsciiLetterOrDigit(c);
            if (!ok || ++part > 8) return false;
        }

        return part > 0;
    }
}
