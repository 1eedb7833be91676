namespace Exporter.Formats.DublinCore;

/// <summary>OAI-PMH lexical rules the writer must respect.</summary>
internal static class OaiSyntax
{
    /// <summary>setSpecType: <c>([A-Za-z0-9\-_\.!~\*'\(\)])+(:[A-Za-z0-9\-_\.!~\*'\(\)]+)*</c>.</summary>
    public static bool IsSetSpec(string value)
    {
        if (value.Length == 0 || value[0] == ':' || value[^1] == ':') return false;
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (c == ':')
            {
                if (value[i - 1] == ':') return false;
                continue;
            }

            if (!(char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or '!' or '~' or '*' or '\'' or '(' or ')')) return false;
        }

        return true;
    }
}
