namespace Exporter.Tools.BibframeAgreement;

/// <summary>The classes of facts compared, in the order of issue #15 and of the published table.</summary>
public static class FactClass
{
    public const string WorkTypes = "Work types";
    public const string InstanceTypes = "Instance types";
    public const string InstanceTitle = "Instance main title and subtitle";
    public const string Contributions = "contributions (agent label, role, primary)";
    public const string Subjects = "subject labels";
    public const string GenreForms = "genre/form labels";
    public const string Languages = "language IRIs";
    public const string Classification = "classification";
    public const string Identifiers = "identifiers (type, value)";
    public const string ProvisionActivity = "provision activity (type, date)";
    public const string ProvisionPlaces = "provision places";
    public const string Extent = "extent";
    public const string Edition = "edition";

    public static readonly string[] All =
    [
        WorkTypes, InstanceTypes, InstanceTitle, Contributions, Subjects, GenreForms, Languages, Classification, Identifiers,
        ProvisionActivity, ProvisionPlaces, Extent, Edition,
    ];
}
