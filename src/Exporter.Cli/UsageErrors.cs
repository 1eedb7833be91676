using System.CommandLine;
using System.CommandLine.Parsing;

namespace Exporter.Cli;

/// <summary>
/// What is wrong with a command line, as one line for stderr: the first parse error, or an unknown option (a word
/// starting with '-' that is neither an option of the command nor an option's value, before any "--"; without this
/// check it would be taken as an input file name).
/// </summary>
internal static class UsageErrors
{
    /// <summary>Code of an option or value the parser refused.</summary>
    public const string ParseCode = "CLI0001";

    private const string CodeSeparator = ": ";

    /// <summary>Code of an option the command does not have.</summary>
    public const string UnknownOptionCode = "CLI0018";

    /// <summary>A validator's message with its stable code, for <see cref="Describe"/> to show (the parser's own
    /// messages have none and get <see cref="ParseCode"/>).</summary>
    public static string Coded(string code, string message) => code + CodeSeparator + message;

    /// <summary>"error CLI0018: unknown option '--bogus'; see 'exporter convert --help'", or null when the line is fine.</summary>
    public static string? Describe(ParseResult parse)
    {
        var unknown = UnknownOption(parse);
        if (unknown is not null)
            return Line(UnknownOptionCode, $"unknown option '{unknown}' (an input file named so goes after -- or as ./{unknown})", parse);
        if (parse.Errors.Count == 0) return null;
        if (parse.UnmatchedTokens.Count > 0)
            return Line(ParseCode, $"unknown command or argument '{parse.UnmatchedTokens[0]}'", parse);
        var message = OneLine(parse.Errors[0].Message);
        var colon = message.IndexOf(CodeSeparator, StringComparison.Ordinal);
        return colon > 0 && IsCode(message.AsSpan(0, colon))
            ? Line(message[..colon], message[(colon + CodeSeparator.Length)..], parse)
            : Line(ParseCode, message, parse);
    }

    /// <summary>A diagnostic code: capital letters, then four digits ("CLI0011", a format option's own code).</summary>
    private static bool IsCode(ReadOnlySpan<char> text)
    {
        var letters = text.Length - 4;
        if (letters < 1) return false;
        foreach (var c in text[..letters])
        {
            if (!char.IsAsciiLetterUpper(c)) return false;
        }

        foreach (var c in text[letters..])
        {
            if (!char.IsAsciiDigit(c)) return false;
        }

        return true;
    }

    /// <summary>The hint appended to every usage error.</summary>
    public static string HelpHint(ParseResult parse) => $"see '{CommandPath(parse.CommandResult)} --help'";

    private static string Line(string code, string message, ParseResult parse) => $"error {code}: {message}; {HelpHint(parse)}";

    /// <summary>The first word that looks like an option and is not one, before "--".</summary>
    private static string? UnknownOption(ParseResult parse)
    {
        var values = new HashSet<Token>(ReferenceEqualityComparer.Instance);
        foreach (var option in parse.CommandResult.Children.OfType<OptionResult>())
        {
            foreach (var t in option.Tokens) values.Add(t);
        }

        foreach (var token in parse.Tokens)
        {
            if (token.Type == TokenType.DoubleDash) return null;
            if (token.Type == TokenType.Argument && token.Value.Length > 1 && token.Value[0] == '-' && !values.Contains(token)) return token.Value;
        }

        return null;
    }

    private static string CommandPath(CommandResult? result)
    {
        var names = new List<string>();
        for (var r = result; r is not null; r = r.Parent as CommandResult)
            names.Add(r.Parent is null ? "exporter" : r.Command.Name);
        names.Reverse();
        return string.Join(" ", names);
    }

    /// <summary>The parser's message on one line, without trailing period.</summary>
    private static string OneLine(string message) =>
        string.Join(" ", message.Split(['\r', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).TrimEnd('.');
}
