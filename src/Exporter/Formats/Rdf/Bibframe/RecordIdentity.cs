using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Exporter.Diagnostics;
using Exporter.Formats.Marc.Model;

namespace Exporter.Formats.Rdf.Bibframe;

/// <summary>
/// Where a record's nodes live: <c>{base URI}bibframe/{id}</c>, the id being the 001 (percent-encoded where it is
/// not an IRI segment character), or for a record without 001 <c>h</c> + 16 hex digits of a SHA-256 of its content,
/// with a warning. A record whose 001 an earlier record of the run had gets <c>{001}-{suffix}</c>, the suffix the
/// pipeline gives it (<see cref="Pipeline.RecordIdRepeat"/>: a hash of its bytes; the pipeline warns); a record
/// without 001 whose hash an earlier record of the run had gets <c>{hash}-{n}</c>, n its place among the records with
/// that hash (the pipeline's too). Stable: the same input gives the same IRIs in every run.
/// </summary>
internal sealed record RecordIdentity(string Base, string? ControlNumber)
{
    public static RecordIdentity Of(MarcRecord record, Uri baseUri, IDiagnostics diagnostics, string? repeatSuffix = null)
    {
        var controlNumber = record.ControlValue("001")?.Trim();
        string id;
        if (string.IsNullOrEmpty(controlNumber))
        {
            controlNumber = null;
            var hash = ContentHash(record);
            id = repeatSuffix is null ? hash : hash + "-" + repeatSuffix;
            diagnostics.Report(new Diagnostic(BibframeDiagnosticCodes.NoControlNumber, Severity.Warning,
                $"record has no 001: its BIBFRAME IRIs are minted from a hash of its content ({hash})") { Field = "001" });
        }
        else
        {
            id = repeatSuffix is null ? Segment(controlNumber) : Segment(controlNumber + "-" + repeatSuffix);
        }

        var root = baseUri.AbsoluteUri;
        if (!root.EndsWith('/')) root += "/";
        return new RecordIdentity(root + "bibframe/" + id, controlNumber);
    }

    /// <summary>The id the record's IRIs are minted from, without a suffix and unreported: the 001, else the content hash.</summary>
    public static string IdOf(MarcRecord record) =>
        record.ControlValue("001")?.Trim() is { Length: > 0 } controlNumber ? controlNumber : ContentHash(record);

    /// <summary><c>h</c> + 16 hex digits of a SHA-256 of the record's content.</summary>
    private static string ContentHash(MarcRecord record) =>
        "h" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(record.ToString())).AsSpan(0, 8));

    /// <summary>The value with every character that is not unreserved in an IRI path segment percent-encoded (UTF-8).</summary>
    public static string Segment(string value)
    {
        var sb = new StringBuilder(value.Length);
        foreach (var b in Encoding.UTF8.GetBytes(value))
        {
            var c = (char)b;
            if (char.IsAsciiLetterOrDigit(c) || c is '-' or '.' or '_' or '~') sb.Append(c);
            else sb.Append('%').Append(b.ToString("X2", CultureInfo.InvariantCulture));
        }

        return sb.ToString();
    }
}
