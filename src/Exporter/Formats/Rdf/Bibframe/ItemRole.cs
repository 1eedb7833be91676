namespace Exporter.Formats.Rdf.Bibframe;

/// <summary>What a subfield of a holdings or item field says about a <c>bf:Item</c> (see <see cref="ItemFieldProfile"/>).</summary>
internal enum ItemRole
{
    /// <summary>The holding institution as a MARC organization code: <c>bf:heldBy</c> an id.loc.gov organization.</summary>
    HeldByCode,

    /// <summary>The holding library or branch by an ILS's own name or code: <c>bf:heldBy</c> a <c>bf:Agent</c> with its label.</summary>
    HeldByName,

    /// <summary>Sublocation or shelving location: <c>bf:sublocation</c> a <c>bf:Sublocation</c> with its label.</summary>
    Sublocation,

    /// <summary>A part of the call number, joined in field order: <c>bf:shelfMark</c> a <c>bf:ShelfMark</c> with its label.</summary>
    ShelfMark,

    /// <summary>The barcode: <c>bf:identifiedBy</c> a <c>bf:Barcode</c> with its <c>rdf:value</c>.</summary>
    Barcode,

    /// <summary>Enumeration, chronology or materials specified: <c>bf:enumerationAndChronology</c> a <c>bf:Enumeration</c>.</summary>
    Enumeration,

    /// <summary>Use or access restriction: <c>bf:usageAndAccessPolicy</c> a <c>bf:AccessPolicy</c>.</summary>
    AccessPolicy,

    /// <summary>A public note: <c>bf:note</c> a <c>bf:Note</c>.</summary>
    PublicNote,

    /// <summary>A staff (nonpublic) note: <c>bf:note</c> a <c>bf:Note</c>, written only with --include-local.</summary>
    StaffNote,
}
