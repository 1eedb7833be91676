using System.Collections.Immutable;

namespace Exporter.Model;

/// <summary>Structural equality for the hub (records compare ImmutableArray by reference otherwise).</summary>
internal static class RecordEquality
{
    public static bool AreEqual(CatalogRecord a, CatalogRecord b) =>
        a.Title == b.Title && a.Subtitle == b.Subtitle && a.StatementOfResponsibility == b.StatementOfResponsibility
        && Seq(a.Contributors, b.Contributors)
        && a.Publisher == b.Publisher && a.Place == b.Place && a.YearPublished == b.YearPublished
        && a.DateOfPublication == b.DateOfPublication && Seq(a.TranslatedFrom, b.TranslatedFrom)
        && a.FirstPublished == b.FirstPublished && a.Edition == b.Edition && Equals(a.Extent, b.Extent)
        && a.ResourceType == b.ResourceType && Seq(a.Identifiers, b.Identifiers) && Seq(a.Languages, b.Languages)
        && a.LanguageNote == b.LanguageNote && Seq(a.Series, b.Series) && a.Description == b.Description && a.Abstract == b.Abstract
        && Seq(a.Reviews, b.Reviews) && Seq(a.Contents, b.Contents) && Seq(a.Subjects, b.Subjects)
        && Seq(a.Notes, b.Notes) && a.LastModified == b.LastModified && Seq(a.Rights, b.Rights)
        && Seq(a.SourceFields, b.SourceFields);

    public static bool Seq<T>(ImmutableArray<T> a, ImmutableArray<T> b)
    {
        if (a.IsDefaultOrEmpty || b.IsDefaultOrEmpty) return a.IsDefaultOrEmpty && b.IsDefaultOrEmpty;
        if (a.Length != b.Length) return false;
        var cmp = EqualityComparer<T>.Default;
        for (var i = 0; i < a.Length; i++)
        {
            if (!cmp.Equals(a[i], b[i])) return false;
        }

        return true;
    }

    public static int SeqHash<T>(ImmutableArray<T> a)
    {
        var h = new HashCode();
        if (!a.IsDefault)
        {
            foreach (var x in a) h.Add(x);
        }

        return h.ToHashCode();
    }
}
