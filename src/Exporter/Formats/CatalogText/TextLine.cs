namespace Exporter.Formats.CatalogText;

/// <summary>One line of a record: its text (escape removed), whether it was escaped with a leading backslash, its number.</summary>
internal readonly record struct TextLine(string Text, bool Escaped, int Number)
{
    /// <summary>True when the line is not escaped and holds only white space (no-break spaces included).</summary>
    public bool IsBlank => !Escaped && string.IsNullOrWhiteSpace(Text);   // char.IsWhiteSpace counts U+00A0

    /// <summary>True when the line is exactly <paramref name="word"/> and not escaped.</summary>
    public bool Is(string word) => !Escaped && CatalogTextSyntax.TrimValue(Text.AsSpan()).SequenceEqual(word);

    public static TextLine From(string raw, int number) =>
        raw.StartsWith('\\') ? new TextLine(raw[1..], true, number) : new TextLine(raw.TrimEnd(' ', '\t'), false, number);
}
