using Exporter.Diagnostics;

namespace Exporter.Pipeline;

/// <summary>
/// An option of one or more formats, declared by the format (<see cref="IRecordFormat.Options"/>) so that a front end
/// offers it without knowing the format: its name, help, the values it takes, whether it applies to reading or
/// writing, and how a value sets the format's typed option record in <see cref="ReadOptions.Formats"/> or
/// <see cref="WriteOptions.Formats"/>. Formats that share an option (the MARC options of marc21, marcxml and mrk)
/// return the same instance, which the registry and the CLI offer and apply once.
/// </summary>
/// <example>
/// <code>
/// public static readonly FormatOption Punctuation = FormatOption
///     .Choice("--punctuation", "MARC punctuation of written records: minimal (default) or isbd", "CLI0016", "minimal", "isbd")
///     .Writing&lt;MarcWriteOptions&gt;((o, v) => o with { Punctuation = v == "isbd" ? MarcPunctuation.Isbd : MarcPunctuation.Minimal });
/// </code>
/// </example>
public sealed record FormatOption
{
    private Func<string, bool> _accepts = _ => true;
    private Func<FormatOptionBag, string, FormatOptionBag>? _read;
    private Func<FormatOptionBag, string, FormatOptionBag>? _write;

    private FormatOption(string name, string description, FormatOptionKind kind, string invalidValueCode)
    {
        if (!name.StartsWith("--", StringComparison.Ordinal) || name.Length < 3) throw new ArgumentException($"an option name starts with \"--\": '{name}'", nameof(name));
        Name = name;
        Description = description;
        Kind = kind;
        InvalidValueCode = invalidValueCode;
    }

    /// <summary>The option as written on the command line, with its dashes ("--marc-encoding").</summary>
    public string Name { get; }

    /// <summary>One line for help.</summary>
    public string Description { get; }

    /// <summary>What kind of value it takes.</summary>
    public FormatOptionKind Kind { get; }

    /// <summary>The accepted values of a <see cref="FormatOptionKind.Choice"/>, in the order messages list them.</summary>
    public IReadOnlyList<string> Values { get; private init; } = [];

    /// <summary>The value's name in help ("CODE"), for <see cref="FormatOptionKind.Text"/>.</summary>
    public string? HelpName { get; private init; }

    /// <summary>What a <see cref="FormatOptionKind.Text"/> value must be, for the message refusing another
    /// ("a MARC organization code (1-16 letters, ...)").</summary>
    public string? Expected { get; private init; }

    /// <summary>Stable code of the error refusing a value (a usage error in the CLI).</summary>
    public string InvalidValueCode { get; }

    /// <summary>True when the option changes how input is read (the CLI offers it to convert and validate).</summary>
    public bool AppliesToReading => _read is not null;

    /// <summary>True when the option changes how output is written (the CLI offers it to convert).</summary>
    public bool AppliesToWriting => _write is not null;

    /// <summary>An option taking one of <paramref name="values"/> (compared case-sensitively).</summary>
    public static FormatOption Choice(string name, string description, string invalidValueCode, params IReadOnlyList<string> values)
    {
        if (values.Count == 0) throw new ArgumentException("a choice needs values", nameof(values));
        return new FormatOption(name, description, FormatOptionKind.Choice, invalidValueCode) { Values = [.. values] };
    }

    /// <summary>An option taking text that <paramref name="accepts"/> accepts; <paramref name="expected"/> says what
    /// that is in the message refusing another value.</summary>
    public static FormatOption Text(string name, string helpName, string description, string invalidValueCode, string expected, Func<string, bool> accepts) =>
        new(name, description, FormatOptionKind.Text, invalidValueCode) { HelpName = helpName, Expected = expected, _accepts = accepts };

    /// <summary>An on/off switch; <paramref name="invalidValueCode"/> refuses a value other than true or false.</summary>
    public static FormatOption Flag(string name, string description, string invalidValueCode) =>
        new(name, description, FormatOptionKind.Flag, invalidValueCode) { Values = ["true", "false"] };

    /// <summary>This option, also applied to reading: <paramref name="set"/> puts an accepted value into the
    /// <typeparamref name="T"/> record of <see cref="ReadOptions.Formats"/>.</summary>
    public FormatOption Reading<T>(Func<T, string, T> set)
        where T : class, new() => this with { _read = (bag, value) => bag.With(set(bag.Get<T>(), value)) };

    /// <summary>This option, also applied to writing: <paramref name="set"/> puts an accepted value into the
    /// <typeparamref name="T"/> record of <see cref="WriteOptions.Formats"/>.</summary>
    public FormatOption Writing<T>(Func<T, string, T> set)
        where T : class, new() => this with { _write = (bag, value) => bag.With(set(bag.Get<T>(), value)) };

    /// <summary>Why <paramref name="value"/> is refused ("--punctuation must be minimal or isbd, not 'aacr'"), or
    /// null when it is accepted.</summary>
    public string? Problem(string value) => Kind switch
    {
        FormatOptionKind.Text => _accepts(value) ? null : $"{Name} must be {Expected}, not '{value}'",
        _ => Values.Contains(value, StringComparer.Ordinal) ? null : $"{Name} must be {Alternatives(Values)}, not '{value}'",
    };

    /// <summary>The options with <paramref name="value"/> applied; unchanged when the option does not apply to
    /// reading. Throws <see cref="ExporterException"/> (<see cref="InvalidValueCode"/>) for a refused value.</summary>
    public ReadOptions ApplyTo(ReadOptions options, string value) =>
        _read is null ? options : options with { Formats = _read(options.Formats, Checked(value)) };

    /// <summary>The options with <paramref name="value"/> applied; unchanged when the option does not apply to
    /// writing. Throws <see cref="ExporterException"/> (<see cref="InvalidValueCode"/>) for a refused value.</summary>
    public WriteOptions ApplyTo(WriteOptions options, string value) =>
        _write is null ? options : options with { Formats = _write(options.Formats, Checked(value)) };

    /// <summary>"a", "a or b", "a, b or c".</summary>
    internal static string Alternatives(IReadOnlyList<string> values) =>
        values.Count == 1 ? values[0] : string.Join(", ", values.Take(values.Count - 1)) + " or " + values[^1];

    private string Checked(string value) =>
        Problem(value) is { } problem ? throw new ExporterException(new Diagnostic(InvalidValueCode, Severity.Error, problem)) : value;
}
