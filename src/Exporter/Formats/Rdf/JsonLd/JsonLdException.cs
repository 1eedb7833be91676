using System.Collections.Immutable;
using Exporter.Diagnostics;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Exporter.Formats.Rdf.JsonLd;

/// <summary>An error found while processing JSON-LD, with the JSON token it concerns (for line and column).</summary>
internal sealed class JsonLdException : Exception
{
    public JsonLdException(string code, string message, JToken? token, string? field = null)
        : base(message)
    {
        Code = code;
        Field = field;
        if (token is IJsonLineInfo info && info.HasLineInfo())
        {
            Line = info.LineNumber;
            Column = info.LinePosition;
        }
    }

    public JsonLdException(string code, string message, int line, int column, Exception inner)
        : base(message, inner)
    {
        Code = code;
        Line = line;
        Column = column;
    }

    public string Code { get; }

    /// <summary>What can be done about it, said apart from the message (see <see cref="DiagnosticHint"/>).</summary>
    public ImmutableArray<DiagnosticHint> Hints { get; init; } = [];

    public string? Field { get; }

    public int? Line { get; }

    public int? Column { get; }

    public Diagnostic ToDiagnostic(long? recordIndex) =>
        new(Code, Severity.Error, Message) { RecordIndex = recordIndex, Line = Line, Column = Column, Field = Field, Hints = Hints };
}
