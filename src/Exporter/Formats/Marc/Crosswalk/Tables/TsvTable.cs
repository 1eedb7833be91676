using System.Reflection;
using System.Text;

namespace Exporter.Formats.Marc.Crosswalk.Tables;

/// <summary>
/// The rows of a tab-separated table embedded in the assembly (Tables/*.tsv): lines starting with '#' are comments,
/// the first other line names the columns, empty lines are skipped.
/// </summary>
internal static class TsvTable
{
    public static List<string[]> Rows(string fileName)
    {
        var name = typeof(TsvTable).Namespace + "." + fileName;
        using var stream = typeof(TsvTable).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException("embedded table missing: " + name);
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return Parse(reader.ReadToEnd());
    }

    public static List<string[]> Parse(string text)
    {
        var rows = new List<string[]>();
        var header = true;
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.TrimEnd('\r');
            if (line.Length == 0 || line.StartsWith('#')) continue;
            if (header)
            {
                header = false;
                continue;
            }

            rows.Add(line.Split('\t'));
        }

        return rows;
    }
}
