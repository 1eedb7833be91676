using System.Collections.ObjectModel;
using Exporter.Diagnostics;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Exporter.Formats.Rdf.JsonLd;

/// <summary>
/// A processed JSON-LD active context (vocabulary mapping, base IRI, default language, term definitions), plus the
/// JSON it came from so a writer can embed it. Immutable once built; processing a local context makes a copy.
/// </summary>
internal sealed class JsonLdContext
{
    private static readonly JsonLdContext EmptyContext = new(new Dictionary<string, JsonLdTermDefinition?>(StringComparer.Ordinal));

    private readonly Dictionary<string, JsonLdTermDefinition?> _terms;

    internal JsonLdContext(Dictionary<string, JsonLdTermDefinition?> terms) => _terms = terms;

    /// <summary>The context the project ships (<c>schemas/context.jsonld</c>): schema.org vocabulary, typed terms.</summary>
    public static JsonLdContext Exporter { get; } = Parse(BuiltInContexts.ExporterContextDocument);

    /// <summary>The offline stand-in for the schema.org context URLs (see docs/formats/jsonld.md).</summary>
    public static JsonLdContext SchemaOrg { get; } = Parse(BuiltInContexts.SchemaOrgContextDocument);

    /// <summary>The empty initial context.</summary>
    public static JsonLdContext Empty => EmptyContext;

    /// <summary>The vocabulary mapping (<c>@vocab</c>), or null.</summary>
    public string? Vocab { get; internal set; }

    /// <summary>The base IRI (<c>@base</c>), or null.</summary>
    public string? Base { get; internal set; }

    /// <summary>The default language (<c>@language</c>, lower case), or null.</summary>
    public string? DefaultLanguage { get; internal set; }

    /// <summary>The term definitions; a null value is a term explicitly mapped to null.</summary>
    public IReadOnlyDictionary<string, JsonLdTermDefinition?> Terms => new ReadOnlyDictionary<string, JsonLdTermDefinition?>(_terms);

    /// <summary>The <c>@context</c> value this context was parsed from (for embedding), or null.</summary>
    internal JToken? Source { get; private set; }

    internal Dictionary<string, JsonLdTermDefinition?> MutableTerms => _terms;

    /// <summary>
    /// Processes a context: either a context document (<c>{"@context": ...}</c>) or the context value itself.
    /// Remote contexts other than the built-in schema.org ones are refused (never fetched).
    /// </summary>
    /// <exception cref="RecordFormatException">The JSON or the context is invalid.</exception>
    public static JsonLdContext Parse(string json)
    {
        JToken token;
        try
        {
            token = JToken.Parse(json, new JsonLoadSettings { LineInfoHandling = LineInfoHandling.Load, DuplicatePropertyNameHandling = DuplicatePropertyNameHandling.Error });
        }
        catch (JsonReaderException ex)
        {
            throw new RecordFormatException(new Diagnostic(JsonLdDiagnosticCodes.InvalidJson, Severity.Error, ex.Message) { Line = ex.LineNumber, Column = ex.LinePosition }, ex);
        }

        var value = token is JObject o && o.TryGetValue("@context", StringComparison.Ordinal, out var inner) ? inner : token;
        try
        {
            var processor = new JsonLdContextProcessor(JsonLdReaderOptions.Default);
            var context = processor.Process(EmptyContext, value, []);
            context.Source = value;
            return context;
        }
        catch (JsonLdException ex)
        {
            throw new RecordFormatException(ex.ToDiagnostic(null), ex);
        }
    }

    /// <summary>The context as a JSON-LD context document (<c>{"@context": ...}</c>), indented, LF, final newline.</summary>
    public string ToDocumentJson()
    {
        var doc = new JObject { ["@context"] = Source?.DeepClone() ?? new JObject() };
        using var sw = new StringWriter(System.Globalization.CultureInfo.InvariantCulture) { NewLine = "\n" };
        using (var w = new JsonTextWriter(sw) { Formatting = Formatting.Indented, Indentation = 2, CloseOutput = false })
        {
            doc.WriteTo(w);
        }

        sw.Write('\n');
        return sw.ToString();
    }

    /// <summary>The definition of a term, or null when the term is undefined or mapped to null.</summary>
    public JsonLdTermDefinition? GetTerm(string term) => _terms.TryGetValue(term, out var d) ? d : null;

    internal bool HasTerm(string term) => _terms.ContainsKey(term);

    internal JsonLdContext Clone() =>
        new(new Dictionary<string, JsonLdTermDefinition?>(_terms, StringComparer.Ordinal)) { Vocab = Vocab, Base = Base, DefaultLanguage = DefaultLanguage };
}
