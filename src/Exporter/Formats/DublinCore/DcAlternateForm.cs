namespace Exporter.Formats.DublinCore;

/// <summary>
/// An original-script form (MARC 880 alternate graphic representation) of a title, name, publisher or subject, written
/// beside the romanized one (docs/mappings/dublin-core.md, "Original scripts").
/// </summary>
/// <param name="Element">The DC element it belongs to: <c>title</c>, <c>creator</c>, <c>contributor</c>, <c>publisher</c>, <c>subject</c> or <c>type</c> (genre).</param>
/// <param name="Value">The text in its own script, NFC, without trailing ISBD punctuation.</param>
/// <param name="Language">The BCP 47 tag written as <c>xml:lang</c> ("ar-Arab", "und-Cyrl"), or null when neither language nor script is known.</param>
internal readonly record struct DcAlternateForm(string Element, string Value, string? Language);
