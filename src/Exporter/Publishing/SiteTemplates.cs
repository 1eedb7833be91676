using System.Globalization;
using System.Text.RegularExpressions;
using Exporter.Diagnostics;
using Fluid;
using Fluid.Values;

namespace Exporter.Publishing;

/// <summary>
/// The site's three Liquid templates (Fluid), parsed once per run: <c>record.liquid</c> for record pages,
/// <c>index.liquid</c> for the home page, <c>browse.liquid</c> for browse pages. The defaults are embedded in the
/// library; <c>--template DIR</c> gives a folder with a library's own (a file it lacks keeps the default). Parsed
/// templates are immutable, so one set serves every worker; each render has its own <see cref="TemplateContext"/>,
/// and every value goes through <see cref="PageTextEncoder"/>.
/// </summary>
internal sealed partial class SiteTemplates
{
    /// <summary>The record page template's file name.</summary>
    public const string RecordFile = "record.liquid";

    /// <summary>The home page template's file name.</summary>
    public const string IndexFile = "index.liquid";

    /// <summary>The browse page template's file name.</summary>
    public const string BrowseFile = "browse.liquid";

    /// <summary>The code of a template that cannot be read or parsed (a usage error: nothing is read or written).</summary>
    public const string TemplateError = "CLI0069";

    private static readonly FluidParser Parser = new();
    private static readonly Lazy<SiteTemplates> Defaults = new(() => new SiteTemplates(null));

    private SiteTemplates(string? folder)
    {
        Record = Load(folder, RecordFile);
        Index = Load(folder, IndexFile);
        Browse = Load(folder, BrowseFile);
    }

    /// <summary>The embedded default templates.</summary>
    public static SiteTemplates Default => Defaults.Value;

    /// <summary>The record page template.</summary>
    public IFluidTemplate Record { get; }

    /// <summary>The home page template.</summary>
    public IFluidTemplate Index { get; }

    /// <summary>The browse page template.</summary>
    public IFluidTemplate Browse { get; }

    /// <summary>The templates of <paramref name="folder"/> (null: the defaults). A folder that does not exist, or a
    /// template that cannot be read or parsed, throws <see cref="ExporterException"/> (<see cref="TemplateError"/>;
    /// the diagnostic's Source, Line and Column are the file and where its parse failed).</summary>
    public static SiteTemplates Open(string? folder)
    {
        if (folder is null) return Default;
        if (!Directory.Exists(folder)) throw Error($"--template {folder}: no such folder", null);
        if (!new[] { RecordFile, IndexFile, BrowseFile }.Any(f => File.Exists(Path.Combine(folder, f))))
            throw Error($"--template {folder}: the folder has none of {RecordFile}, {IndexFile}, {BrowseFile}", null);
        return new SiteTemplates(folder);
    }

    /// <summary>Renders a page from its model (top-level names and values) and returns its text.</summary>
    public static string Render(IFluidTemplate template, params ReadOnlySpan<(string Name, FluidValue Value)> model)
    {
        var context = new TemplateContext(TemplateOptions.Default, StringComparer.Ordinal);
        foreach (var (name, value) in model) context.SetValue(name, value);
        return template.Render(context, PageTextEncoder.Instance);
    }

    private static IFluidTemplate Load(string? folder, string file)
    {
        string text;
        string shown;
        if (folder is not null && File.Exists(Path.Combine(folder, file)))
        {
            shown = Path.Combine(folder, file);
            try
            {
                text = File.ReadAllText(shown);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                throw Error($"--template: cannot read {shown}: {ex.Message}", shown);
            }
        }
        else
        {
            shown = "(default) " + file;
            text = Embedded(file);
        }

        if (Parser.TryParse(text, out var template, out var error)) return template;
        var at = Position().Match(error);
        var message = (at.Success ? error[..at.Index] : error.Split('\n')[0]).Trim();
        var line = at.Success ? int.Parse(at.Groups[1].Value, CultureInfo.InvariantCulture) : (int?)null;
        var column = at.Success ? int.Parse(at.Groups[2].Value, CultureInfo.InvariantCulture) : (int?)null;
        throw new ExporterException(new Diagnostic(TemplateError, Severity.Error, "--template: " + message)
        { Source = shown, Line = line, Column = column });
    }

    private static string Embedded(string file)
    {
        using var stream = typeof(SiteTemplates).Assembly.GetManifestResourceStream("Exporter.Publishing.Templates." + file)
            ?? throw new InvalidOperationException("the default template " + file + " is not embedded");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private static ExporterException Error(string message, string? source) =>
        new(new Diagnostic(TemplateError, Severity.Error, message) { Source = source });

    [GeneratedRegex(@" at \((\d+):(\d+)\)")]
    private static partial Regex Position();
}
