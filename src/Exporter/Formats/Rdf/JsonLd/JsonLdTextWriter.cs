using System.Text;
using Exporter.Formats.Common;

namespace Exporter.Formats.Rdf.JsonLd;

/// <summary>
/// The JSON the graph emitter writes, appended straight to a <see cref="StringBuilder"/>: node objects as elements of
/// an open array <paramref name="depth"/> containers deep (the document's <c>{"@graph": [</c>).
/// <para>
/// Guarantee: for the calls it has, the text is character for character what a Newtonsoft <c>JsonTextWriter</c> made
/// by <see cref="JsonLdGraphFormatter.CreateJsonWriter"/> (same indentation) writes after <c>WriteStartObject</c>,
/// <c>WritePropertyName("@graph")</c>, <c>WriteStartArray</c> and before anything closes them: the same delimiters,
/// line breaks and indentation (<c>"\n"</c>, two spaces a level, a space after <c>:</c>; <c>{}</c> and <c>[]</c> for
/// empty containers) and strings escaped as its default escaping does (<see cref="JsonStringValue"/>).
/// <c>JsonLdTextWriterTests</c> holds it to Newtonsoft on seeded random documents. Without Newtonsoft's per-token
/// state machine, writer object, and string per value.
/// </para>
/// </summary>
internal sealed class JsonLdTextWriter(StringBuilder text, JsonLdIndentation indentation, int depth = 2)
{
    private readonly bool _indented = indentation == JsonLdIndentation.Indented;

    /// <summary>Per open container (index = its depth): whether it has a member yet.</summary>
    private readonly List<bool> _hasMember = [.. Enumerable.Repeat(true, depth - 1), false];

    /// <summary>A property name was written and its value is next.</summary>
    private bool _afterName;

    /// <summary>Starts an object value.</summary>
    public void WriteStartObject()
    {
        BeginValue();
        text.Append('{');
        _hasMember.Add(false);
    }

    /// <summary>Ends the innermost object.</summary>
    public void WriteEndObject() => End('}');

    /// <summary>Starts an array value.</summary>
    public void WriteStartArray()
    {
        BeginValue();
        text.Append('[');
        _hasMember.Add(false);
    }

    /// <summary>Ends the innermost array.</summary>
    public void WriteEndArray() => End(']');

    /// <summary>Writes a property name of the innermost object (escaped as a string value is).</summary>
    public void WriteName(string name)
    {
        var top = _hasMember.Count - 1;
        if (_hasMember[top]) text.Append(',');
        _hasMember[top] = true;
        if (_indented) NewLine(top);
        JsonStringValue.Append(text, name);
        text.Append(':');
        _afterName = true;
    }

    /// <summary>Writes a string value.</summary>
    public void WriteString(string value)
    {
        BeginValue();
        JsonStringValue.Append(text, value);
    }

    /// <summary>Writes JSON text (a number) as a value, as it is.</summary>
    public void WriteRawValue(string json)
    {
        BeginValue();
        text.Append(json);
    }

    /// <summary>Writes <c>true</c> or <c>false</c>.</summary>
    public void WriteBoolean(bool value)
    {
        BeginValue();
        text.Append(value ? "true" : "false");
    }

    private void BeginValue()
    {
        if (_afterName)
        {
            _afterName = false;
            if (_indented) text.Append(' ');
            return;
        }

        var top = _hasMember.Count - 1;
        if (_hasMember[top]) text.Append(',');
        _hasMember[top] = true;
        if (_indented) NewLine(top);
    }

    private void End(char close)
    {
        var top = _hasMember.Count - 1;
        var hadMembers = _hasMember[top];
        _hasMember.RemoveAt(top);
        if (hadMembers && _indented) NewLine(top - 1);
        text.Append(close);
    }

    /// <summary>A line break and the indentation of a member of a container at <paramref name="level"/> (levels from 0).</summary>
    private void NewLine(int level) => text.Append('\n').Append(' ', 2 * (level + 1));
}
