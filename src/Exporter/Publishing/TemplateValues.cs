using Fluid.Values;

namespace Exporter.Publishing;

/// <summary>Builds a page template's model as Fluid values directly (objects as dictionaries, lists as arrays): no
/// reflection over .NET types, so the model is exactly what the README documents and the tool stays trimmable.</summary>
internal static class TemplateValues
{
    /// <summary>A string the page encoder escapes; nil for null.</summary>
    public static FluidValue Text(string? text) => text is null ? NilValue.Instance : StringValue.Create(text);

    /// <summary>Markup already safe where the template puts it: written as it is, never escaped.</summary>
    public static FluidValue Markup(string markup) => StringValue.Create(markup, false);

    /// <summary>A number.</summary>
    public static FluidValue Number(long value) => NumberValue.Create(value);

    /// <summary>An object with the given properties (a null value is nil).</summary>
    public static FluidValue Object(params ReadOnlySpan<(string Name, FluidValue? Value)> properties)
    {
        var map = new Dictionary<string, FluidValue>(properties.Length, StringComparer.Ordinal);
        foreach (var (name, value) in properties) map[name] = value ?? NilValue.Instance;
        return DictionaryValue.Create(new FluidValueDictionaryFluidIndexable(map));
    }

    /// <summary>A list of items, each made into a value.</summary>
    public static FluidValue List<T>(IEnumerable<T> items, Func<T, FluidValue> value) => ArrayValue.Create([.. items.Select(value)]);

    /// <summary>A list of strings.</summary>
    public static FluidValue Texts(IEnumerable<string> items) => List(items, Text);
}
